#include "fhir/parser.h"
#include "fhir/rawresources.h"
#include "testdata.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace bb;

// Splitting a document into resources that keep their exact bytes (the JSON export).
class TestFhirRaw : public QObject
{
    Q_OBJECT

    static void compareRaw(
        const QList<fhir::RawResource> &actual, const QList<fhir::RawResource> &expected)
    {
        QCOMPARE(actual.size(), expected.size());
        for (qsizetype i = 0; i < actual.size(); ++i) {
            const fhir::RawResource &a = actual.at(i);
            const fhir::RawResource &e = expected.at(i);
            QCOMPARE(a.resourceType, e.resourceType);
            QCOMPARE(a.id, e.id);
            QCOMPARE(a.lastUpdated, e.lastUpdated);
            QCOMPARE(a.fullUrl, e.fullUrl);
            QCOMPARE(a.json, e.json);
        }
    }

private Q_SLOTS:
    void bundleEntriesKeepTheirBytes_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("sandbox page") << u"sandbox-captured/sdk_sandbox_eob_search_page0.json"_s;
        QTest::newRow("all claim types") << u"bfd-v2-normalized/eobByPatientIdAll.json"_s;
        QTest::newRow("coverage") << u"bfd-v2-normalized/coverageSearchByPatientId.json"_s;
        QTest::newRow("patient search") << u"bfd-v2-normalized/patientSearchById.json"_s;
        QTest::newRow("openapi example") << u"bb2-openapi-examples/v2_eob_search_bundle.json"_s;
    }

    void bundleEntriesKeepTheirBytes()
    {
        QFETCH(QString, file);
        BB_READ_FIXTURE(input, file);
        QVERIFY(!input.isEmpty());
        const fhir::RawDocument raw = fhir::splitResources(input, file);
        QVERIFY2(raw.ok(), qPrintable(raw.errors.value(0).toString()));
        QCOMPARE(raw.resourceType, u"Bundle"_s);

        // The same resources as the typed reader, in the same order.
        const fhir::Document typed = fhir::parseDocument(input, file);
        QStringList typedIds;
        for (const auto &p : typed.patients)
            typedIds << u"Patient/"_s + p.id;
        for (const auto &c : typed.coverages)
            typedIds << u"Coverage/"_s + c.id;
        for (const auto &c : typed.claims)
            typedIds << u"ExplanationOfBenefit/"_s + c.id;
        QStringList rawIds;
        for (const auto &r : raw.resources)
            rawIds << r.resourceType + u'/' + r.id;
        QCOMPARE(QStringList(rawIds).join(u','), QStringList(typedIds).join(u','));

        qsizetype from = 0;
        for (const fhir::RawResource &r : raw.resources) {
            // Exactly a slice of the input, starting at '{' and ending at its '}'...
            QVERIFY(r.json.startsWith('{'));
            QVERIFY(r.json.endsWith('}'));
            const qsizetype at = input.indexOf(r.json, from);
            QVERIFY2(at >= 0, qPrintable(r.id));
            from = at + r.json.size();
            // ...that is one whole JSON object naming itself.
            QJsonParseError error;
            const QJsonObject object = QJsonDocument::fromJson(r.json, &error).object();
            QCOMPARE(error.error, QJsonParseError::NoError);
            QCOMPARE(object.value("id"_L1).toString(), r.id);
            QCOMPARE(object.value("resourceType"_L1).toString(), r.resourceType);
            const QString updated =
                object.value("meta"_L1).toObject().value("lastUpdated"_L1).toString();
            QCOMPARE(r.lastUpdated.isValid(), !updated.isEmpty());
        }
        // The typed reader's lastUpdated is the one de-duplication compares.
        for (int i = 0; i < typed.claims.size(); ++i) {
            const auto it = std::find_if(raw.resources.begin(), raw.resources.end(),
                [&](const fhir::RawResource &r) { return r.id == typed.claims.at(i).id; });
            QVERIFY(it != raw.resources.end());
            QCOMPARE(it->lastUpdated, typed.claims.at(i).lastUpdated);
        }
    }

    // The typed reader keeps the same bytes in the same walk (ReadOptions::keepRaw): what the
    // sync and the command line use instead of reading each page a second time.
    void readerKeepsTheSameBytes_data() { bundleEntriesKeepTheirBytes_data(); }

    void readerKeepsTheSameBytes()
    {
        QFETCH(QString, file);
        BB_READ_FIXTURE(input, file);
        const fhir::RawDocument split = fhir::splitResources(input, file);
        const fhir::Document read = fhir::parseDocument(input, file, {true});
        QVERIFY(read.ok());
        compareRaw(read.raw, split.resources);
        // Only when asked.
        QVERIFY(fhir::parseDocument(input, file).raw.isEmpty());
    }

    void readerKeepsTheSameBytes_shapes_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("fullUrl after the resource")
            << R"({"resourceType":"Bundle","entry":[{"resource":{"resourceType":"Patient","id":"1"},"fullUrl":"urn:x:1"}]})"_ba;
        QTest::newRow("nested bundle with its own self link")
            << R"({"resourceType":"Bundle","link":[{"relation":"self","url":"https://a/v2/fhir/Patient/"}],"entry":[{"fullUrl":"urn:outer","resource":{"resourceType":"Bundle","link":[{"relation":"self","url":"https://b/v2/fhir/Coverage/"}],"entry":[{"resource":{"resourceType":"Coverage","id":"c1"}}]}},{"resource":{"resourceType":"Patient","id":"p1"}}]})"_ba;
        QTest::newRow("sorted keys, type last")
            << R"({"entry":[{"resource":{"id":"eob1","meta":{"lastUpdated":"2024-01-02T03:04:05Z"},"resourceType":"ExplanationOfBenefit"}}],"resourceType":"Bundle"})"_ba;
        QTest::newRow("single resource, spaces around")
            << "  {\"resourceType\": \"Coverage\", \"id\": \"part-a--1\"}  \n"_ba;
        QTest::newRow("skipped entries")
            << R"({"resourceType":"Bundle","entry":[{"resource":{"resourceType":"Patient"}},{"resource":{"resourceType":"Basic","id":"x"}},{"resource":{"resourceType":"Patient","id":"2"}}]})"_ba;
    }

    void readerKeepsTheSameBytes_shapes()
    {
        QFETCH(QByteArray, input);
        const fhir::RawDocument split = fhir::splitResources(input, u"t.json"_s);
        const fhir::Document read = fhir::parseDocument(input, u"t.json"_s, {true});
        QVERIFY(!split.resources.isEmpty());
        compareRaw(read.raw, split.resources);
        QCOMPARE(read.errors.size(), split.errors.size());
    }

    void fullUrlFromTheSelfLink()
    {
        BB_READ_FIXTURE(input, u"bfd-v2-normalized/eobByPatientIdAll.json"_s);
        const fhir::RawDocument raw = fhir::splitResources(input);
        QVERIFY(!raw.resources.isEmpty());
        for (const fhir::RawResource &r : raw.resources) {
            QCOMPARE(r.fullUrl,
                u"https://sandbox.bluebutton.cms.gov/v2/fhir/ExplanationOfBenefit/"_s + r.id);
        }
        QCOMPARE(fhir::serverBaseOf(QUrl(u"https://h/v2/fhir/Coverage?beneficiary=1"_s)),
            u"https://h/v2/fhir/"_s);
        QCOMPARE(fhir::serverBaseOf(QUrl(u"http://127.0.0.1:9/v2/fhir/Patient/"_s)),
            u"http://127.0.0.1:9/v2/fhir/"_s);
        QVERIFY(fhir::serverBaseOf(QUrl(u"https://h/v2/fhir/metadata"_s)).isEmpty());
        QVERIFY(fhir::serverBaseOf(QUrl(u"file:///tmp/Patient"_s)).isEmpty());
    }

    void entryFullUrlWinsAndKeyOrderIsFree()
    {
        // fullUrl after the resource, resourceType after the id: both are allowed in JSON.
        const QByteArray input =
            R"({"entry":[{"resource":{"id":"p1","meta":{"lastUpdated":)"
            R"("2024-01-02T03:04:05Z"},"resourceType":"Patient"},)"
            R"( "fullUrl":"urn:x:1"}],"resourceType":"Bundle",)"
            R"("link":[{"relation":"self","url":"https://h/v2/fhir/Patient"}]})";
        const fhir::RawDocument raw = fhir::splitResources(input);
        QVERIFY(raw.ok());
        QCOMPARE(raw.resources.size(), 1);
        QCOMPARE(raw.resources.first().fullUrl, u"urn:x:1"_s);
        QCOMPARE(raw.resources.first().json,
            R"({"id":"p1","meta":{"lastUpdated":"2024-01-02T03:04:05Z"},"resourceType":"Patient"})"_ba);
        QCOMPARE(raw.resources.first().lastUpdated,
            QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5), Qt::UTC));
    }

    void singleResourceIsItself()
    {
        BB_READ_FIXTURE(input, u"bfd-v2-normalized/eobReadPde.json"_s);
        const fhir::RawDocument raw = fhir::splitResources(input);
        QVERIFY(raw.ok());
        QCOMPARE(raw.resourceType, u"ExplanationOfBenefit"_s);
        QCOMPARE(raw.resources.size(), 1);
        QCOMPARE(raw.resources.first().json, input.trimmed());
        QVERIFY(raw.resources.first().fullUrl.isEmpty());
    }

    void newerCopyReplaces()
    {
        fhir::RawResource older, newer;
        older.lastUpdated = QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC);
        newer.lastUpdated = older.lastUpdated.addSecs(1);
        QVERIFY(fhir::replacesCopy(newer, older));
        QVERIFY(!fhir::replacesCopy(older, newer));
        QVERIFY(!fhir::replacesCopy(older, older)); // a tie keeps the first
    }

    // Same refusals as the typed reader, with the origin and the offset. Each row is `input`, or
    // the first `keep` bytes (all when negative) of the data file `file`, read in the test
    // function: a data function that fails leaves Qt Test 6.4 running the test without rows.
    void errorsMatchTheTypedReader_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("keep");
        QTest::newRow("cut off") << QByteArray() << u"bfd-v2-normalized/patientRead.json"_s << 300;
        QTest::newRow("empty") << QByteArray() << QString() << -1;
        QTest::newRow("array") << "[1,2]"_ba << QString() << -1;
        QTest::newRow("no resourceType") << R"({"id":"x"})"_ba << QString() << -1;
        QTest::newRow("unsupported") << QByteArray() << u"bfd-v2-normalized/metadata.json"_s << -1;
        QTest::newRow("entry without resource")
            << R"({"resourceType":"Bundle","entry":[{}]})"_ba << QString() << -1;
        QTest::newRow("claim without id")
            << R"({"resourceType":"Bundle","entry":[{"resource":{"resourceType":"ExplanationOfBenefit"}}]})"_ba
            << QString() << -1;
        QTest::newRow("trailing garbage")
            << R"({"resourceType":"Patient","id":"1"} x)"_ba << QString() << -1;
        QTest::newRow("bad utf-8")
            << "{\"resourceType\":\"Patient\",\"id\":\"\xff\"}"_ba << QString() << -1;
    }

    void errorsMatchTheTypedReader()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, file);
        QFETCH(int, keep);
        if (!file.isEmpty()) {
            BB_READ_FIXTURE(bytes, file);
            input = keep < 0 ? bytes : bytes.left(keep);
        }
        const QString origin = u"/saved/page.json"_s;
        const fhir::RawDocument raw = fhir::splitResources(input, origin);
        const fhir::Document typed = fhir::parseDocument(input, origin);
        QVERIFY(!raw.ok());
        QCOMPARE(raw.errors.size(), typed.errors.size());
        QCOMPARE(raw.errors.first().toString(), typed.errors.first().toString());
        QVERIFY(raw.errors.first().toString().startsWith(origin));
    }
};

QTEST_GUILESS_MAIN(TestFhirRaw)
#include "tst_fhir_raw.moc"
