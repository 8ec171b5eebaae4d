#include "store/atomicwrite.h"

#include "store/sodium.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace bb::store {

namespace {

QString systemError(const char *what, int code)
{
    return QString::fromLatin1(what) + u": "_s + QString::fromLocal8Bit(std::strerror(code));
}

bool fail(QString *error, const char *what, int code)
{
    if (error)
        *error = systemError(what, code);
    return false;
}

QString randomSuffix()
{
    unsigned char bytes[6];
    ensureSodium();
    randombytes_buf(bytes, sizeof bytes);
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(bytes), sizeof bytes).toHex());
}

bool writeAll(int fd, QByteArrayView bytes)
{
    const char *data = bytes.data();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, data, std::size_t(std::min<qsizetype>(left, 1 << 30)));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        data += n;
        left -= n;
    }
    return true;
}

bool syncDirectory(const QString &dir)
{
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

} // namespace

QString temporaryFilePattern(const QString &path)
{
    return QFileInfo(path).fileName() + u".tmp-*"_s;
}

bool writeFileAtomically(
    const QString &path, QByteArrayView bytes, QString *error, const AtomicWriteOptions &options)
{
    const QFileInfo target(path);
    const QString temporary = path + u".tmp-"_s + randomSuffix();
    const QByteArray temporaryName = QFile::encodeName(temporary);
    // O_EXCL: never write through a file or link someone else put there.
    const int fd = ::open(temporaryName.constData(),
        O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, S_IRUSR | S_IWUSR);
    if (fd < 0)
        return fail(error, "create", errno);
    // The umask may only take bits away; fchmod makes the mode exactly 0600 before any data.
    if (::fchmod(fd, S_IRUSR | S_IWUSR) != 0 || !writeAll(fd, bytes) || ::fsync(fd) != 0) {
        const int code = errno;
        ::close(fd);
        ::unlink(temporaryName.constData());
        return fail(error, "write", code);
    }
    if (::close(fd) != 0) {
        const int code = errno;
        ::unlink(temporaryName.constData());
        return fail(error, "close", code);
    }
    if (options.beforeRename)
        options.beforeRename(temporary);
    if (::rename(temporaryName.constData(), QFile::encodeName(path).constData()) != 0) {
        const int code = errno;
        ::unlink(temporaryName.constData());
        return fail(error, "rename", code);
    }
    // The new name is only durable once the directory entry is: a failure here leaves a
    // complete file in place, so it is not reported as a failed write.
    syncDirectory(target.absolutePath());
    return true;
}

bool ensurePrivateDirectory(const QString &dir, QString *error)
{
    if (!QDir().mkpath(dir)) {
        if (error)
            *error = u"cannot create the directory"_s;
        return false;
    }
    if (::chmod(QFile::encodeName(dir).constData(), S_IRWXU) != 0)
        return fail(error, "chmod", errno);
    return true;
}

} // namespace bb::store
