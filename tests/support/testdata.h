#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTest>

#include <optional>
#include <utility>

// The recorded Blue Button responses the tests read (tests/data, see its SOURCES.md). A missing
// or unreadable file fails the test that wanted it with a message naming the file; it must never
// reach the code under test as empty bytes, where it would show up as a crash or a puzzling
// assertion far away.
namespace bb::testdata {

// The folder: $BB_TEST_DATA_DIR when set (to check how the tests behave without their data),
// else the one configured at build time (tests/data of the source tree by default).
QString dir();
// Where `relative` (e.g. "sandbox-captured/sdk_sandbox_eob_search_page0.json") is; whether it
// exists is not checked, so command-line tests can pass it on.
QString path(const QString &relative);
// The bytes of a data file, or nullopt with `*error` naming the file that could not be read.
std::optional<QByteArray> read(const QString &relative, QString *error = nullptr);
// For helpers that are not test functions, which QFAIL cannot leave: the bytes, or an empty
// array after recording a failure of the running test that names the file. Callers stop when
// QTest::currentTestFailed() says so.
QByteArray readOrFail(const QString &relative);
// Empty when every data file or folder in `relatives` exists, else a message naming the ones
// that do not.
QString missing(const QStringList &relatives);
// The six pages of the recorded sandbox search (sandbox-captured/), in order.
QStringList sandboxPageFiles();

} // namespace bb::testdata

// In a test function (not a `_data` one: Qt Test 6.4 then runs the test without rows and aborts):
// declares `var` holding the bytes of the data file `relative`, or fails with the file's path.
#define BB_READ_FIXTURE(var, relative)                                                             \
    QByteArray var;                                                                                \
    do {                                                                                           \
        QString bbReadError_;                                                                      \
        std::optional<QByteArray> bbRead_ = ::bb::testdata::read((relative), &bbReadError_);       \
        if (!bbRead_)                                                                              \
            QFAIL(qPrintable(bbReadError_));                                                       \
        var = std::move(*bbRead_);                                                                 \
    } while (false)

// In a test function (typically initTestCase): fails unless every listed data file or folder
// exists. For tests that hand paths, not bytes, to the code under test.
#define BB_REQUIRE_FIXTURES(...)                                                                   \
    do {                                                                                           \
        const QString bbMissing_ = ::bb::testdata::missing(QStringList {__VA_ARGS__});             \
        if (!bbMissing_.isEmpty())                                                                 \
            QFAIL(qPrintable(bbMissing_));                                                         \
    } while (false)
