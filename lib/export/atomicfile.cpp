#include "export/atomicfile.h"

#include "core/privatefile.h"

#include <QSaveFile>

namespace bb::exporting {

bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!openOwnerOnly(file)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    if (file.write(bytes) != bytes.size()) {
        if (error)
            *error = file.errorString();
        file.cancelWriting();
        return false;
    }
    // commit() removes the temporary file itself when the rename fails.
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

QByteArray utf8ByteOrderMark()
{
    return QByteArray("\xEF\xBB\xBF");
}

} // namespace bb::exporting
