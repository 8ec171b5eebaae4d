#include "core/commandline.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace Qt::StringLiterals;

// Runs the real executable, as a user or a script would.
class TestCommandLine : public QObject
{
    Q_OBJECT

    static QProcess *run(const QStringList &args)
    {
        auto *p = new QProcess;
        p->setProgram(QString::fromUtf8(BB_VIEWER_EXE));
        p->setArguments(args);
        p->start();
        return p;
    }

    // As on a server or over ssh: no display of any kind and no platform chosen.
    static QProcess *runWithoutDisplay(const QStringList &args)
    {
        auto *p = new QProcess;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &name :
            {u"QT_QPA_PLATFORM"_s, u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"QT_QPA_PLATFORMTHEME"_s})
            env.remove(name);
        p->setProcessEnvironment(env);
        p->setProgram(QString::fromUtf8(BB_VIEWER_EXE));
        p->setArguments(args);
        p->start();
        return p;
    }

private Q_SLOTS:
    void version()
    {
        QScopedPointer<QProcess> p(run({u"--version"_s}));
        QVERIFY(p->waitForFinished(30000));
        QCOMPARE(p->exitCode(), 0);
        const QString out = QString::fromUtf8(p->readAllStandardOutput()).trimmed();
        QCOMPARE(out, u"bbviewer " BBVIEWER_VERSION_STRING ""_s);
    }

    void help()
    {
        QScopedPointer<QProcess> p(run({u"--help"_s}));
        QVERIFY(p->waitForFinished(30000));
        QCOMPARE(p->exitCode(), 0);
        const QString out = QString::fromUtf8(p->readAllStandardOutput());
        QVERIFY2(out.contains(u"--lang <language>"_s), qPrintable(out));
        QVERIFY(out.contains(u"--version"_s));
        QVERIFY(out.contains(u"Medicare"_s));
    }

    void helpInSpanish()
    {
        QScopedPointer<QProcess> p(run({u"--lang"_s, u"es"_s, u"--help"_s}));
        QVERIFY(p->waitForFinished(30000));
        QCOMPARE(p->exitCode(), 0);
        const QString out = QString::fromUtf8(p->readAllStandardOutput());
        QVERIFY2(out.contains(u"reclamaciones de Medicare"_s), qPrintable(out));
    }

    void versionWithoutDisplay()
    {
        QScopedPointer<QProcess> p(runWithoutDisplay({u"--version"_s}));
        QVERIFY(p->waitForFinished(30000));
        QCOMPARE(p->exitStatus(), QProcess::NormalExit);
        QCOMPARE(p->exitCode(), 0);
        QCOMPARE(QString::fromUtf8(p->readAllStandardOutput()).trimmed(),
            u"bbviewer " BBVIEWER_VERSION_STRING ""_s);
    }

    void helpWithoutDisplay_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        QTest::newRow("help") << QStringList {u"--help"_s} << u"--lang <language>"_s;
        QTest::newRow("-h") << QStringList {u"-h"_s} << u"--version"_s;
        QTest::newRow("spanish") << QStringList {u"--lang=es"_s, u"--help"_s}
                                 << u"reclamaciones de Medicare"_s;
        QTest::newRow("export") << QStringList {u"export"_s, u"--help"_s} << u"--what"_s;
    }

    void helpWithoutDisplay()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        QScopedPointer<QProcess> p(runWithoutDisplay(args));
        QVERIFY(p->waitForFinished(30000));
        QCOMPARE(p->exitStatus(), QProcess::NormalExit);
        QCOMPARE(p->exitCode(), 0);
        const QString out = QString::fromUtf8(p->readAllStandardOutput());
        QVERIFY2(out.contains(expected), qPrintable(out));
    }

    void unknownOptionFailsWithoutDisplay()
    {
        QScopedPointer<QProcess> p(runWithoutDisplay({u"--no-such-option"_s}));
        QVERIFY(p->waitForFinished(30000));
        QCOMPARE(p->exitStatus(), QProcess::NormalExit);
        QCOMPARE(p->exitCode(), 1);
        QVERIFY(p->readAllStandardError().contains("no-such-option"));
    }

    // Which command lines main() answers before any GUI application exists.
    void answersOnTerminal_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<bool>("terminal");
        QTest::newRow("window") << QStringList {u"bbviewer"_s} << false;
        QTest::newRow("language") << QStringList {u"bbviewer"_s, u"--lang"_s, u"es"_s} << false;
        QTest::newRow("version") << QStringList {u"bbviewer"_s, u"--version"_s} << true;
        QTest::newRow("-v") << QStringList {u"bbviewer"_s, u"-v"_s} << true;
        QTest::newRow("help-all") << QStringList {u"bbviewer"_s, u"--help-all"_s} << true;
        QTest::newRow("bad option") << QStringList {u"bbviewer"_s, u"--bogus"_s} << true;
        QTest::newRow("missing value") << QStringList {u"bbviewer"_s, u"--lang"_s} << true;
    }

    void answersOnTerminal()
    {
        QFETCH(QStringList, args);
        QFETCH(bool, terminal);
        QCOMPARE(bb::answersOnTerminal(args), terminal);
    }

    void answerOnTerminalPrintsTheVersion()
    {
        QString out;
        QString err;
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        QCoreApplication::setApplicationName(u"bbviewer"_s);
        QCoreApplication::setApplicationVersion(u"" BBVIEWER_VERSION_STRING ""_s);
        QCOMPARE(bb::answerOnTerminal({u"bbviewer"_s, u"--version"_s}, outStream, errStream), 0);
        QCOMPARE(out, u"bbviewer " BBVIEWER_VERSION_STRING "\n"_s);
        QVERIFY(err.isEmpty());
        QCOMPARE(bb::answerOnTerminal({u"bbviewer"_s, u"--bogus"_s}, outStream, errStream), 1);
        QVERIFY2(err.startsWith(u"bbviewer: "_s) && err.contains(u"bogus"_s), qPrintable(err));
    }

    void demoNeedsADemoPerson()
    {
        QScopedPointer<QProcess> p(run({u"--demo"_s, u"someone"_s}));
        QVERIFY(p->waitForFinished(30000));
        QCOMPARE(p->exitCode(), 1);
        const QByteArray err = p->readAllStandardError();
        QVERIFY2(err.contains("BBUser00000") && err.contains("someone"), err.constData());
    }

    void helpListsDemo()
    {
        QScopedPointer<QProcess> p(run({u"--help"_s}));
        QVERIFY(p->waitForFinished(30000));
        QVERIFY(p->readAllStandardOutput().contains("--demo <name>"));
    }

    // The same report as --format pdf, as an accessible web page, from the built-in demo.
    void exportsAnAccessibleWebPage()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(u"claims.html"_s);
        QScopedPointer<QProcess> p(
            run({u"export"_s, u"--env"_s, u"local"_s, u"--demo-user"_s, u"BBUser00000"_s,
                u"--what"_s, u"claims"_s, u"--format"_s, u"html"_s, u"--output"_s, out}));
        QVERIFY(p->waitForFinished(60000));
        QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(file.readAll());
        QVERIFY(html.contains(u"<html lang=\"en\">"_s));
        QVERIFY(html.contains(u"<h1>Claims</h1>"_s));
        QVERIFY(html.contains(u"<th scope=\"col\""_s));
        QVERIFY(html.count(u"<th scope=\"row\""_s) > 100);
        QVERIFY(!html.contains(u"<script"_s));
    }

    void unknownOptionFails()
    {
        QScopedPointer<QProcess> p(run({u"--no-such-option"_s}));
        QVERIFY(p->waitForFinished(30000));
        QVERIFY(p->exitCode() != 0);
        QVERIFY(p->readAllStandardError().contains("no-such-option"));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
