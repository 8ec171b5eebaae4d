#include "fhir/parser.h"
#include "fixtures.h"
#include "samples.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace bb::fhir;

class TestFhirRobustness : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void malformedJsonNamesOriginAndOffset()
    {
        // (Plain literals: moc mis-reads unbalanced brackets inside raw strings.)
        const QByteArray bad = "{\"resourceType\": \"Bundle\", \"entry\": [ {\"resource\": ";
        const Document doc = parseDocument(bad, u"page3.json"_s);
        QCOMPARE(doc.errors.size(), 1);
        const ParseError &e = doc.errors.first();
        QCOMPARE(e.origin, u"page3.json"_s);
        QVERIFY(e.offset > 0);
        QVERIFY(e.toString().startsWith(u"page3.json:"_s));
        QVERIFY(doc.claims.isEmpty());
    }

    void truncatedRealPage()
    {
        QByteArray page = readFixture(u"sandbox-captured/sdk_sandbox_eob_search_page1.json"_s);
        page.truncate(page.size() / 2);
        const Document doc = parseDocument(page, u"page1"_s);
        QCOMPARE(doc.errors.size(), 1);
        // What arrived intact before the cut is kept; the error says the page is incomplete.
        QVERIFY(doc.claims.size() < 10);
    }

    void notJsonAtAll()
    {
        QCOMPARE(parseDocument("").errors.size(), 1);
        QCOMPARE(parseDocument("<html><body>502 Bad Gateway</body></html>").errors.size(), 1);
        QCOMPARE(parseDocument("[1, 2, 3]").errors.size(), 1);
        QCOMPARE(parseDocument("42").errors.size(), 1);
        QCOMPARE(parseDocument(R"({"a": 1} trailing)").errors.size(), 1);
    }

    void wrongResourceType()
    {
        const Document doc = parseDocument(R"({"resourceType": "Observation", "id": "x"})", u"f"_s);
        QCOMPARE(doc.errors.size(), 1);
        QVERIFY(doc.errors.first().message.contains(u"Observation"_s));
        const Document none = parseDocument(R"({"id": "x"})");
        QCOMPARE(none.errors.size(), 1);
    }

    void oneBadEntryLosesNothingElse()
    {
        const QByteArray json = mixedBundleSample();
        const Document doc = parseDocument(json, u"mixed"_s);
        QCOMPARE(doc.claims.size(), 2);
        QCOMPARE(doc.errors.size(), 2);
        QCOMPARE(doc.errors.at(0).resource, u"entry 2"_s);
        QCOMPARE(doc.errors.at(1).resource, u"entry 3"_s);
        QCOMPARE(*doc.total, qint64(4));
        QCOMPARE(doc.claims.at(0).id, u"carrier--1"_s);
        QCOMPARE(doc.claims.at(1).type, ClaimType::Pde);
    }

    void unknownTypesAndOddShapesAreKept()
    {
        const QByteArray json = oddShapesSample();
        const Document doc = parseDocument(json);
        QVERIFY(doc.ok());
        QCOMPARE(doc.claims.size(), 1);
        const Claim &c = doc.claims.first();
        QCOMPARE(c.type, ClaimType::Unknown);
        QCOMPARE(c.typeCode, u"NEWTYPE"_s);
        QVERIFY(c.billablePeriod.isEmpty());
        QVERIFY(c.diagnoses.isEmpty());
        QCOMPARE(c.items.size(), 1);
        QCOMPARE(c.items.first().adjudications.size(), 1);
        const Adjudication &a = c.items.first().adjudications.first();
        QCOMPARE(a.meaning, AmountMeaning::Other);
        QCOMPARE(a.label, u"Brand new category"_s);
        QCOMPARE(a.amount->cents(), qint64(1234));
        QVERIFY(!c.payment);
    }

    void resourceTypeNotFirst()
    {
        const Document doc = parseDocument(
            R"({"id":"pde--5","status":"active","resourceType":"ExplanationOfBenefit"})");
        QVERIFY(doc.ok());
        QCOMPARE(doc.claims.size(), 1);
        QCOMPARE(doc.claims.first().type, ClaimType::Pde);
    }

    void deepNestingNeverCrashes()
    {
        QByteArray deep = R"({"resourceType":"Patient","id":"1","x":)";
        deep += QByteArray(5000, '[');
        deep += QByteArray(5000, ']');
        deep += '}';
        // An unread field is skipped without descending into it; a read one hits the depth limit.
        const Document skipped = parseDocument(deep);
        QVERIFY(skipped.ok());
        QCOMPARE(skipped.patients.size(), 1);
        QByteArray deepRead = R"({"resourceType":"Patient","id":"1","name":)";
        deepRead += QByteArray(5000, '[');
        deepRead += QByteArray(5000, ']');
        deepRead += '}';
        const Document read = parseDocument(deepRead);
        QVERIFY(read.errors.size() <= 1);
    }

    void invalidUtf8()
    {
        QByteArray json = "{\"resourceType\":\"Patient\",\"id\":\"1\",\"gender\":\"\xff\xfe\"}";
        const Document doc = parseDocument(json);
        QCOMPARE(doc.errors.size(), 1);
    }
};

QTEST_APPLESS_MAIN(TestFhirRobustness)
#include "tst_fhir_robustness.moc"
