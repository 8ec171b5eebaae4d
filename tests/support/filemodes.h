#pragma once

#include <QFile>
#include <QString>

// Exports are health data: 0600 under the usual umask, also when an older, wider file is
// replaced. What the export tests check that with.
namespace bb::filemodes {

inline constexpr QFile::Permissions kOwnerOnly = QFile::ReadOwner | QFile::WriteOwner;

// The file's owner, group and other bits (Qt also reports the "user" bits; left out here).
inline QFile::Permissions exportMode(const QString &path)
{
    return QFile::permissions(path)
        & (QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
            | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther
            | QFile::ExeOther);
}

// An earlier export left readable by everyone (0644).
inline bool makeWorldReadable(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write("earlier export") < 0)
        return false;
    f.close();
    return f.setPermissions(kOwnerOnly | QFile::ReadGroup | QFile::ReadOther);
}

} // namespace bb::filemodes
