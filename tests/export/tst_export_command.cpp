#include "pdftools.h"
#include "testdata.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

// `bbviewer export` as a script runs it: no display, exit codes, files.
class TestExportCommand : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    struct Result
    {
        int exitCode = -1;
        QByteArray out, err;
    };

    static Result run(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"DISPLAY"_s);
        env.remove(u"QT_QPA_PLATFORM"_s); // must not need a platform plugin at all
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(BB_VIEWER_EXE), QStringList {u"export"_s} + args);
        Result r;
        if (!p.waitForFinished(60000))
            return r;
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

    static QString fixtures(const QString &rel) { return bb::testdata::path(rel); }

private Q_SLOTS:
    void initTestCase()
    {
        BB_REQUIRE_FIXTURES(bb::testdata::sandboxPageFiles());
        BB_REQUIRE_FIXTURES(u"SOURCES.md"_s, u"constructed/fhir_error_404_not_found.json"_s,
            u"bfd-v2-normalized/eobReadPde.json"_s, u"bfd-v2-normalized/eobReadInpatient.json"_s,
            u"bfd-v2-normalized/eobByPatientIdAll.json"_s, u"bfd-v2-normalized/patientRead.json"_s,
            u"bfd-v2-normalized/coverageSearchByPatientId.json"_s);
    }

    void folderOfPagesToCsv()
    {
        const QString out = m_dir.filePath(u"claims.csv"_s);
        const Result r = run({u"--input"_s, fixtures(u"sandbox-captured"_s), u"--what"_s,
            u"claims"_s, u"--format"_s, u"csv"_s, u"--output"_s, out});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        // 52 distinct claims + header + the empty string after the last CRLF.
        QCOMPARE(lines.size(), 54);
        QVERIFY(lines.first().startsWith(
            "claim_id,claim_type,service_start,service_end,payment_amount"));
    }

    void duplicatesAcrossInputsCollapse()
    {
        const QString page = fixtures(u"sandbox-captured/sdk_sandbox_eob_search_page5.json"_s);
        const Result r = run({u"--input"_s, page, u"--input"_s, page, u"--output"_s, u"-"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.count("\r\n"), 3); // header + the page's 2 claims, once each
    }

    void singleResourceAndBom()
    {
        const QString out = m_dir.filePath(u"pde.csv"_s);
        const Result r = run({u"--input"_s, fixtures(u"bfd-v2-normalized/eobReadPde.json"_s),
            u"--output"_s, out, u"--bom"_s});
        QCOMPARE(r.exitCode, 0);
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray data = f.readAll();
        QVERIFY(data.startsWith("\xEF\xBB\xBF"
                                "claim_id,"));
        QVERIFY(data.contains("pde-89,pde,2015-05-12,2015-05-12,"));
        QVERIFY(data.contains("Fake Diluent - WATER"));
    }

    void badInputLeavesNoFile_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("missing") << u"/no/such/file.json"_s;
        QTest::newRow("not fhir") << fixtures(u"constructed/fhir_error_404_not_found.json"_s);
        QTest::newRow("not json") << fixtures(u"SOURCES.md"_s);
    }

    void badInputLeavesNoFile()
    {
        QFETCH(QString, input);
        const QString out = m_dir.filePath(u"never.csv"_s);
        const Result r = run({u"--input"_s, input, u"--output"_s, out});
        QVERIFY(r.exitCode != 0);
        QCOMPARE(r.err.trimmed().count('\n'), 0); // one line
        QVERIFY(!r.err.trimmed().isEmpty());
        QVERIFY(!QFile::exists(out));
    }

    void unwritableTargetLeavesNothing()
    {
        const Result r = run({u"--input"_s, fixtures(u"bfd-v2-normalized/eobReadPde.json"_s),
            u"--output"_s, u"/proc/forbidden/x.csv"_s});
        QVERIFY(r.exitCode != 0);
        QVERIFY(!r.err.isEmpty());
    }

    void everyViewAndFormatWithoutADisplay_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QByteArray>("starts");
        for (const char *what : {"claims", "claim-lines", "drugs", "coverage", "patient"}) {
            QTest::addRow("%s csv", what) << QString::fromLatin1(what) << u"csv"_s << QByteArray();
            QTest::addRow("%s json", what)
                << QString::fromLatin1(what) << u"json"_s
                << R"({"resourceType":"Bundle","type":"collection","entry":[)"_ba;
            QTest::addRow("%s pdf", what) << QString::fromLatin1(what) << u"pdf"_s << "%PDF-"_ba;
        }
    }

    void everyViewAndFormatWithoutADisplay()
    {
        QFETCH(QString, what);
        QFETCH(QString, format);
        QFETCH(QByteArray, starts);
        const Result r = run({u"--input"_s, fixtures(u"bfd-v2-normalized/eobByPatientIdAll.json"_s),
            u"--input"_s, fixtures(u"bfd-v2-normalized/patientRead.json"_s), u"--input"_s,
            fixtures(u"bfd-v2-normalized/coverageSearchByPatientId.json"_s), u"--what"_s, what,
            u"--format"_s, format, u"--output"_s, u"-"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.err.isEmpty());
        QVERIFY(r.out.count('\n') >= 2);
        QVERIFY(r.out.startsWith(starts));
    }

    void pdfReportsReadBack_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QStringList>("expected");
        const QString claims = fixtures(u"sandbox-captured"_s);
        QTest::newRow("claims") << QStringList {u"--input"_s, claims}
                                << QStringList {u"Claims"_s, u"Showing All claims"_s,
                                       u"52 claims"_s, u"Total"_s, u"Page 1 of"_s};
        QTest::newRow("claims of one type") << QStringList {u"--input"_s, claims, u"--type"_s,
            u"carrier"_s} << QStringList {u"Showing Types: Doctor/supplier"_s, u"Page 1 of"_s};
        QTest::newRow("statements")
            << QStringList {u"--input"_s, fixtures(u"bfd-v2-normalized/eobReadInpatient.json"_s),
                   u"--what"_s, u"claim-lines"_s}
            << QStringList {u"Claim statements"_s, u"Diagnoses"_s, u"This is not a bill."_s};
        // From the built-in sandbox: the Patient is fetched too, for the report's header.
        QTest::newRow("demo server")
            << QStringList {u"--env"_s, u"local"_s, u"--demo-user"_s, u"BBUser00000"_s}
            << QStringList {
                   u"Patient"_s, u"Medicare number ••••-•••-"_s, u"130 claims"_s, u"Page 1 of"_s};
        QTest::newRow("patient") << QStringList {u"--input"_s,
            fixtures(u"bfd-v2-normalized/patientRead.json"_s), u"--what"_s, u"patient"_s}
                                 << QStringList {u"Patient"_s, u"Medicare number"_s};
    }

    // PDFs from the command line, without a display: the same reports as the app's File menu,
    // read back with poppler; nothing is left at the path when the input is bad.
    void pdfReportsReadBack()
    {
        QFETCH(QStringList, args);
        QFETCH(QStringList, expected);
        const QString out =
            m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()) + u".pdf"_s);
        const Result r = run(args << u"--format"_s << u"pdf"_s << u"--output"_s << out);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.err.isEmpty());
        const QString text = pdftools::text(out).simplified();
        for (const QString &needle : expected)
            QVERIFY2(text.contains(needle), qPrintable(needle + u" in "_s + text.left(300)));
        QVERIFY(!pdftools::embedded(out).contains(u"no"_s));

        const QString bad = m_dir.filePath(u"bad.pdf"_s);
        const Result failed = run({u"--input"_s, fixtures(u"constructed"_s), u"--format"_s,
            u"pdf"_s, u"--output"_s, bad});
        QVERIFY(failed.exitCode != 0);
        QVERIFY(!QFile::exists(bad));
    }

    // Exports are health data: the file is readable by its owner only (0600) under the
    // usual umask, also when it replaces an older export that everyone could read.
    void outputFilesAreOwnerOnly_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<bool>("replace");
        for (const QString &format : {u"csv"_s, u"json"_s, u"pdf"_s}) {
            QTest::addRow("%s new", qPrintable(format)) << format << false;
            QTest::addRow("%s replacing 0644", qPrintable(format)) << format << true;
        }
    }

    void outputFilesAreOwnerOnly()
    {
        QFETCH(QString, format);
        QFETCH(bool, replace);
        constexpr QFile::Permissions ownerOnly = QFile::ReadOwner | QFile::WriteOwner;
        constexpr QFile::Permissions everyMode = ownerOnly | QFile::ExeOwner | QFile::ReadGroup
            | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther
            | QFile::ExeOther;
        ::umask(022); // the bbviewer process inherits it
        const QString out = m_dir.filePath(u"private-"_s
            + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-') + u'.' + format);
        if (replace) {
            QFile earlier(out);
            QVERIFY(earlier.open(QIODevice::WriteOnly));
            earlier.write("earlier export");
            earlier.close();
            QVERIFY(earlier.setPermissions(ownerOnly | QFile::ReadGroup | QFile::ReadOther));
        }
        const Result r = run({u"--input"_s, fixtures(u"bfd-v2-normalized/patientRead.json"_s),
            u"--what"_s, u"patient"_s, u"--format"_s, format, u"--output"_s, out});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(QFileInfo(out).size() > qint64(sizeof("earlier export")));
        QCOMPARE(QFile::permissions(out) & everyMode, ownerOnly);
    }

    void usageErrors()
    {
        QVERIFY(run({}).exitCode != 0);
        QVERIFY(run({u"--input"_s, u"x"_s, u"--output"_s, u"y"_s, u"--format"_s, u"xml"_s}).exitCode
            != 0);
        const Result help = run({u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("--input"));
    }
};

QTEST_GUILESS_MAIN(TestExportCommand)
#include "tst_export_command.moc"
