#include "testdata.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace bb::testdata {

QString dir()
{
    const QString overridden = qEnvironmentVariable("BB_TEST_DATA_DIR");
    return overridden.isEmpty() ? QStringLiteral(BB_TEST_DATA_DIR) : overridden;
}

QString path(const QString &relative)
{
    return QDir(dir()).filePath(relative);
}

std::optional<QByteArray> read(const QString &relative, QString *error)
{
    const QString where = path(relative);
    QFile file(where);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error) {
            *error = u"test data file %1 cannot be read (%2); the test data folder is %3 "
                     u"(BB_TEST_DATA_DIR)"_s.arg(where, file.errorString(), dir());
        }
        return std::nullopt;
    }
    return file.readAll();
}

QByteArray readOrFail(const QString &relative)
{
    QString error;
    std::optional<QByteArray> bytes = read(relative, &error);
    if (!bytes) {
        QTest::qFail(qPrintable(error), __FILE__, __LINE__);
        return {};
    }
    return *bytes;
}

QString missing(const QStringList &relatives)
{
    QStringList absent;
    for (const QString &relative : relatives) {
        if (!QFileInfo::exists(path(relative)))
            absent << path(relative);
    }
    if (absent.isEmpty())
        return {};
    return u"test data missing: %1; the test data folder is %2 (BB_TEST_DATA_DIR)"_s.arg(
        absent.join(u", "_s), dir());
}

QStringList sandboxPageFiles()
{
    QStringList files;
    for (int page = 0; page < 6; ++page)
        files << u"sandbox-captured/sdk_sandbox_eob_search_page%1.json"_s.arg(page);
    return files;
}

} // namespace bb::testdata
