#include "core/privatefile.h"

#include "core/logging.h"

#include <QFile>
#include <QSaveFile>

namespace bb {

namespace {

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

} // namespace

bool openOwnerOnly(QSaveFile &file)
{
    if (!file.open(QIODevice::WriteOnly))
        return false;
    // On a file system without Unix modes (a FAT memory stick) this cannot succeed, and there
    // is nothing to narrow: the export goes on.
    if (!file.setPermissions(kOwnerOnly))
        qCWarning(lcCore) << "Could not make" << file.fileName() << "private to its owner";
    return true;
}

bool restrictToOwner(const QString &path)
{
    if (QFile::setPermissions(path, kOwnerOnly))
        return true;
    qCWarning(lcCore) << "Could not make" << path << "private to its owner";
    return false;
}

} // namespace bb
