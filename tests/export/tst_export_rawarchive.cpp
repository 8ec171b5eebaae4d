#include "export/collectionbundle.h"
#include "export/rawarchive.h"
#include "fhir/parser.h"
#include "testdata.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace bb;

namespace {

QByteArray fixture(const QString &name)
{
    return testdata::readOrFail(name);
}

QList<QByteArray> sandboxPages()
{
    QList<QByteArray> pages;
    for (const QString &page : testdata::sandboxPageFiles())
        pages << fixture(page);
    return pages;
}

} // namespace

// The JSON of a sync as received, kept compressed for the Raw FHIR tab and the FHIR export.
// What the app's sync does with each page: one reading into typed resources and their JSON
// as received, then the raw ones compressed.
exporting::RawArchive archiveOf(const QList<QByteArray> &pages)
{
    exporting::RawArchive archive;
    for (const QByteArray &page : pages)
        archive.merge(
            exporting::RawArchive::fromResources(fhir::parseDocument(page, {}, {true}).raw));
    return archive;
}

class TestRawArchive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        BB_REQUIRE_FIXTURES(testdata::sandboxPageFiles());
        BB_REQUIRE_FIXTURES(u"bfd-v2-normalized/eobReadCarrier.json"_s,
            u"bfd-v2-normalized/coverageSearchByPatientId.json"_s,
            u"bfd-v2-normalized/patientRead.json"_s);
    }

    void keepsEveryResourceByteForByte()
    {
        const QList<QByteArray> pages = sandboxPages();
        qsizetype rawBytes = 0;
        QHash<QString, QByteArray> expected;
        for (const QByteArray &page : pages) {
            QVERIFY(!page.isEmpty());
            for (const fhir::RawResource &r : fhir::splitResources(page).resources) {
                rawBytes += r.json.size();
                expected.insert(r.id, r.json); // the sandbox run repeats no claim
            }
        }
        const exporting::RawArchive archive = archiveOf(pages);
        QCOMPARE(archive.size(), 52);
        QCOMPARE(expected.size(), 52);
        for (auto it = expected.cbegin(); it != expected.cend(); ++it)
            QCOMPARE(archive.json(u"ExplanationOfBenefit"_s, it.key()), it.value());
        QVERIFY(archive.json(u"ExplanationOfBenefit"_s, u"no-such-claim"_s).isEmpty());
        QVERIFY(archive.json(u"Patient"_s, expected.cbegin().key()).isEmpty());
        // Kept compressed: a fraction of the JSON it holds.
        QVERIFY2(archive.compressedBytes() * 4 < rawBytes,
            qPrintable(u"%1 of %2"_s.arg(archive.compressedBytes()).arg(rawBytes)));
    }

    void orderDeduplicationAndMerge()
    {
        exporting::RawArchive archive =
            archiveOf({fixture(u"bfd-v2-normalized/eobReadCarrier.json"_s)});
        const exporting::RawArchive people =
            archiveOf({fixture(u"bfd-v2-normalized/coverageSearchByPatientId.json"_s),
                fixture(u"bfd-v2-normalized/patientRead.json"_s)});
        archive.merge(people);
        const QList<fhir::RawResource> all = archive.resources();
        QCOMPARE(all.size(), archive.size());
        QVERIFY(all.size() >= 3);
        // Patient, then Coverage, then claims, whatever the arrival order.
        QCOMPARE(all.first().resourceType, u"Patient"_s);
        QCOMPARE(all.last().resourceType, u"ExplanationOfBenefit"_s);
        QCOMPARE(all.at(1).resourceType, u"Coverage"_s);

        // The same claim again with an older or equal lastUpdated changes nothing; a newer
        // copy replaces it in place.
        const QByteArray carrier = fixture(u"bfd-v2-normalized/eobReadCarrier.json"_s);
        const fhir::RawResource original = fhir::splitResources(carrier).resources.first();
        archive.merge(archiveOf({carrier}));
        QCOMPARE(archive.size(), all.size());
        QByteArray newer = carrier;
        const QByteArray stamp = original.lastUpdated.toUTC().toString(Qt::ISODate).toLatin1();
        QVERIFY(!stamp.isEmpty());
        const qsizetype at = newer.indexOf(stamp.left(10));
        QVERIFY(at >= 0);
        newer.replace(at, 4, "2099");
        archive.merge(archiveOf({newer}));
        QCOMPARE(archive.size(), all.size());
        QCOMPARE(archive.json(u"ExplanationOfBenefit"_s, original.id),
            fhir::splitResources(newer).resources.first().json);

        // What File > Export All Data as FHIR JSON writes parses back to the same resources.
        const fhir::Document document =
            fhir::parseDocument(exporting::collectionBundle(archive.resources()), u"bundle"_s);
        QVERIFY(document.errors.isEmpty());
        QCOMPARE(document.patients.size(), 1);
        QCOMPARE(document.claims.size(), 1);

        archive.clear();
        QVERIFY(archive.isEmpty());
        QCOMPARE(archive.compressedBytes(), 0);
    }
};

QTEST_GUILESS_MAIN(TestRawArchive)
#include "tst_export_rawarchive.moc"
