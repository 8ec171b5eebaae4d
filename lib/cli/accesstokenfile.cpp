#include "cli/accesstokenfile.h"

#include "auth/redaction.h"

#include <QCoreApplication>
#include <QFile>

namespace bb::cli {

class AccessTokenFileText
{
    Q_DECLARE_TR_FUNCTIONS(bb::cli::AccessTokenFile)

public:
    static AccessTokenFile read(const QString &path);
};

AccessTokenFile AccessTokenFileText::read(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return {{}, tr("%1: no such file").arg(path)};
    // Group-readable counts too: the group may hold other people (a shared "users" group).
    if (file.permissions() & (QFile::ReadOther | QFile::ReadGroup))
        return {{},
            tr("%1: other users of this computer can read this access token; allow only "
               "yourself (chmod 600) and try again")
                .arg(path)};
    if (!file.open(QIODevice::ReadOnly))
        return {{}, tr("%1: cannot read (%2)").arg(path, file.errorString())};
    // A token is short; anything big is the wrong file, and is not read into memory.
    const QByteArray bytes = file.read(64 * 1024).trimmed();
    if (bytes.isEmpty())
        return {{}, tr("%1: the file is empty; it should hold just the access token").arg(path)};
    const QString token = QString::fromUtf8(bytes);
    auth::registerSecret(token);
    if (bytes.contains('\n') || bytes.contains(' ') || !file.atEnd())
        return {{}, tr("%1: the file should hold just the access token, on one line").arg(path)};
    return {token, {}};
}

AccessTokenFile readAccessTokenFile(const QString &path)
{
    return AccessTokenFileText::read(path);
}

} // namespace bb::cli
