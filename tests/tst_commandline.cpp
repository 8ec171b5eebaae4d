#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

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
