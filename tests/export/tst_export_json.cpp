#include "export/collectionbundle.h"
#include "export/inputfiles.h"
#include "fhir/parser.h"
#include "fhir/rawresources.h"
#include "testdata.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace bb;

// The FHIR JSON export: a collection Bundle whose entries are the resources as received.
class TestExportJson : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static QString fixture(const QString &relative) { return testdata::path(relative); }

    static QByteArray read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return {};
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        BB_REQUIRE_FIXTURES(testdata::sandboxPageFiles());
        BB_REQUIRE_FIXTURES(u"bfd-v2-normalized/patientRead.json"_s,
            u"bfd-v2-normalized/coverageSearchByPatientId.json"_s,
            u"bfd-v2-normalized/eobReadPde.json"_s);
    }

    void bundleReadsBackWithTheSameBytes()
    {
        const exporting::LoadedInput in = exporting::loadInputs(
            {fixture(u"sandbox-captured"_s), fixture(u"bfd-v2-normalized/patientRead.json"_s),
                fixture(u"bfd-v2-normalized/coverageSearchByPatientId.json"_s)},
            true);
        QVERIFY2(in.error.isEmpty(), qPrintable(in.error));
        QCOMPARE(in.raw.size(), 52 + 1 + 4);

        const QByteArray bundle = exporting::collectionBundle(in.raw);
        // Our own reader takes it...
        const fhir::Document doc = fhir::parseDocument(bundle, u"export.json"_s);
        QVERIFY2(doc.ok(), qPrintable(doc.errors.value(0).toString()));
        QCOMPARE(doc.resourceType, u"Bundle"_s);
        QCOMPARE(doc.bundleType, u"collection"_s);
        QCOMPARE(doc.claims.size(), 52);
        QCOMPARE(doc.patients.size(), 1);
        QCOMPARE(doc.coverages.size(), 4);
        QVERIFY(!doc.total); // FHIR bdl-1: total only on search and history bundles

        // ...and every entry is, byte for byte, what the input held.
        const fhir::RawDocument again = fhir::splitResources(bundle);
        QVERIFY(again.ok());
        QCOMPARE(again.resources.size(), in.raw.size());
        for (qsizetype i = 0; i < in.raw.size(); ++i) {
            QCOMPARE(again.resources.at(i).json, in.raw.at(i).json);
            QCOMPARE(again.resources.at(i).fullUrl, in.raw.at(i).fullUrl);
        }
        // fullUrl from the pages' self links: the server they came from.
        QVERIFY(in.raw.first().fullUrl.startsWith(
            "https://sandbox.bluebutton.cms.gov/v2/fhir/ExplanationOfBenefit/"_L1));
        // A strict JSON reader agrees, and finds no empty arrays.
        QJsonParseError error;
        const QJsonObject root = QJsonDocument::fromJson(bundle, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(root.value("entry"_L1).toArray().size(), in.raw.size());
        QVERIFY(!root.contains("total"_L1));
    }

    void emptyBundleHasNoEntryArray()
    {
        const QByteArray bundle = exporting::collectionBundle({});
        QCOMPARE(bundle,
            R"({"resourceType":"Bundle","type":"collection"})"
            "\n"_ba);
        QVERIFY(fhir::parseDocument(bundle).ok());
    }

    void fullUrlIsEscaped()
    {
        fhir::RawResource r;
        r.resourceType = u"Patient"_s;
        r.id = u"1"_s;
        r.fullUrl = u"urn:\"odd\"\\\n"_s;
        r.json = R"({"resourceType":"Patient","id":"1"})"_ba;
        const QJsonObject root = QJsonDocument::fromJson(exporting::collectionBundle({r})).object();
        QCOMPARE(root.value("entry"_L1).toArray().first().toObject().value("fullUrl"_L1).toString(),
            r.fullUrl);
    }

    void newestCopyWinsInBothLists()
    {
        // The same claim saved twice: the later lastUpdated wins whatever the file order.
        const QByteArray page = read(fixture(u"bfd-v2-normalized/eobReadPde.json"_s));
        const fhir::Document original = fhir::parseDocument(page);
        QCOMPARE(original.claims.size(), 1);
        QVERIFY(page.contains("\"lastUpdated\""));
        QByteArray newer = page;
        // A later copy: a year on, with an extra marker value that only it has.
        const qsizetype at = newer.indexOf("\"lastUpdated\"");
        const qsizetype q1 = newer.indexOf('"', newer.indexOf(':', at));
        const qsizetype q2 = newer.indexOf('"', q1 + 1);
        newer.replace(q1 + 1, q2 - q1 - 1, "2099-01-01T00:00:00Z");
        newer.replace("\"resourceType\"", "\"implicitRules\":\"urn:newer\",\"resourceType\"");

        for (const bool newerFirst : {true, false}) {
            const QString a = write(u"a.json"_s, newerFirst ? newer : page);
            const QString b = write(u"b.json"_s, newerFirst ? page : newer);
            const exporting::LoadedInput in = exporting::loadInputs({a, b}, true);
            QVERIFY2(in.error.isEmpty(), qPrintable(in.error));
            QCOMPARE(in.claims.size(), 1);
            QCOMPARE(in.raw.size(), 1);
            QCOMPARE(in.claims.first().lastUpdated.date().year(), 2099);
            QVERIFY(in.raw.first().json.contains("urn:newer"));
        }
        // Same lastUpdated twice: the first file's copy stays.
        QByteArray twin = page;
        twin.replace("\"resourceType\"", "\"implicitRules\":\"urn:twin\",\"resourceType\"");
        const exporting::LoadedInput tie =
            exporting::loadInputs({write(u"c.json"_s, page), write(u"d.json"_s, twin)}, true);
        QCOMPARE(tie.raw.size(), 1);
        QVERIFY(!tie.raw.first().json.contains("urn:twin"));
    }

    void patientsAndCoveragesAreDeduplicatedToo()
    {
        const QString patient = fixture(u"bfd-v2-normalized/patientRead.json"_s);
        const QString coverage = fixture(u"bfd-v2-normalized/coverageSearchByPatientId.json"_s);
        const exporting::LoadedInput in =
            exporting::loadInputs({patient, patient, coverage, coverage}, true);
        QVERIFY(in.error.isEmpty());
        QCOMPARE(in.patients.size(), 1);
        QCOMPARE(in.coverages.size(), 4);
        QCOMPARE(in.raw.size(), 5);
    }

    void writtenAtomically()
    {
        const QString path = m_dir.filePath(u"out.json"_s);
        QString error;
        QVERIFY(exporting::writeCollectionBundle(path, {}, &error));
        QCOMPARE(read(path), exporting::collectionBundle({}));
        QVERIFY(!exporting::writeCollectionBundle(u"/proc/nope/out.json"_s, {}, &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestExportJson)
#include "tst_export_json.moc"
