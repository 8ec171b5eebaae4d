#include "fhir/parser.h"
#include "samples.h"
#include "testdata.h"

#include <QJsonDocument>
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
        BB_READ_FIXTURE(page, u"sandbox-captured/sdk_sandbox_eob_search_page1.json"_s);
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

    // Saved or re-serialised pages may have their keys sorted, which puts "entry" before the
    // bundle's resourceType and most of a claim before its own: nothing read may differ.
    void keyOrderDoesNotMatter()
    {
        BB_READ_FIXTURE(recorded, u"sandbox-captured/sdk_sandbox_eob_search_page1.json"_s);
        const QByteArray sorted = QJsonDocument::fromJson(recorded).toJson(QJsonDocument::Compact);
        QVERIFY(sorted.indexOf("\"entry\"") < sorted.indexOf("\"resourceType\":\"Bundle\""));
        const Document a = parseDocument(recorded);
        const Document b = parseDocument(sorted);
        QVERIFY(a.ok());
        QVERIFY(b.ok());
        QCOMPARE(b.resourceType, u"Bundle"_s);
        QCOMPARE(b.total, a.total);
        QCOMPARE(b.links.next, a.links.next);
        QCOMPARE(b.claims.size(), a.claims.size());
        QVERIFY(!a.claims.isEmpty());
        for (qsizetype i = 0; i < a.claims.size(); ++i) {
            const Claim &x = a.claims.at(i), &y = b.claims.at(i);
            QCOMPARE(y.id, x.id);
            QCOMPARE(y.type, x.type);
            QCOMPARE(y.providerDisplayName(), x.providerDisplayName());
            QCOMPARE(y.amounts.billed, x.amounts.billed);
            QCOMPARE(y.amounts.medicarePaid, x.amounts.medicarePaid);
            QCOMPARE(y.amounts.patientResponsibility(), x.amounts.patientResponsibility());
            QCOMPARE(y.items.size(), x.items.size());
            for (qsizetype j = 0; j < x.items.size(); ++j) {
                const QList<Adjudication> &p = x.items.at(j).adjudications;
                const QList<Adjudication> &q = y.items.at(j).adjudications;
                QCOMPARE(q.size(), p.size());
                for (qsizetype k = 0; k < p.size(); ++k) {
                    QCOMPARE(q.at(k).category, p.at(k).category);
                    QCOMPARE(q.at(k).variable, p.at(k).variable);
                    QCOMPARE(q.at(k).label, p.at(k).label);
                    QCOMPARE(q.at(k).meaning, p.at(k).meaning);
                    QCOMPARE(q.at(k).amount, p.at(k).amount);
                }
            }
        }
    }

    void sortedBundleOfOtherResources()
    {
        const QByteArray bundle =
            R"({"entry":[{"resource":{"id":"-1","name":[{"family":"Doe"}],"resourceType":"Patient"}},{"resource":{"id":"pde--7","resourceType":"ExplanationOfBenefit"}},{"resource":{"id":"part-a--1","resourceType":"Coverage"}}],"resourceType":"Bundle","total":3,"type":"searchset"})";
        const Document doc = parseDocument(bundle);
        QVERIFY(doc.ok());
        QCOMPARE(doc.resourceType, u"Bundle"_s);
        QCOMPARE(doc.bundleType, u"searchset"_s);
        QCOMPARE(doc.patients.size(), 1);
        QCOMPARE(doc.patients.first().names.first().family, u"Doe"_s);
        QCOMPARE(doc.claims.size(), 1);
        QCOMPARE(doc.claims.first().type, ClaimType::Pde);
        QCOMPARE(doc.coverages.size(), 1);
        // Not a bundle after all: what was read while guessing is dropped.
        const QByteArray patient =
            R"({"entry":[{"resource":{"id":"x","resourceType":"ExplanationOfBenefit"}}],"id":"-2","resourceType":"Patient"})";
        const Document other = parseDocument(patient);
        QVERIFY(other.ok());
        QCOMPARE(other.resourceType, u"Patient"_s);
        QVERIFY(other.claims.isEmpty());
        QCOMPARE(other.patients.size(), 1);
    }

    // The same texts written with and without escapes read alike, including where the reader
    // remembers a category concept by its bytes.
    void escapesReadLikePlainText()
    {
        const QByteArray plain =
            R"({"category":{"coding":[{"code":"benefit","display":"Benefit"},{"system":"https://bluebutton.cms.gov/resources/codesystem/adjudication","code":"https://bluebutton.cms.gov/resources/variables/line_nch_pmt_amt","display":"Line NCH Payment Amount"}]},"amount":{"value":12.5}})";
        const QByteArray escaped =
            R"({"category":{"coding":[{"code":"ben\u0065fit","display":"Benefit"},{"system":"https:\/\/bluebutton.cms.gov\/resources\/codesystem\/adjudication","code":"https:\/\/bluebutton.cms.gov\/resources\/variables\/line_nch_pmt_amt","display":"Line NCH Payment \u0041mount"}]},"amount":{"value":7}})";
        // (Plain literals for the unbalanced parts: moc mis-reads them inside raw strings.)
        QByteArray json =
            "{\"resourceType\":\"ExplanationOfBenefit\",\"id\":\"carrier--9\",\"item\":[";
        json += "{\"sequence\":1,\"adjudication\":[" + plain + ',' + escaped + "]},";
        json += "{\"sequence\":2,\"adjudication\":[" + escaped + ',' + plain + "]}]}";
        const Document doc = parseDocument(json);
        QVERIFY(doc.ok());
        QCOMPARE(doc.claims.size(), 1);
        const Claim &c = doc.claims.first();
        QCOMPARE(c.items.size(), 2);
        for (const LineItem &item : c.items) {
            QCOMPARE(item.adjudications.size(), 2);
            for (const Adjudication &a : item.adjudications) {
                QCOMPARE(a.category, u"benefit"_s);
                QCOMPARE(a.variable, u"line_nch_pmt_amt"_s);
                QCOMPARE(a.label, u"Line NCH Payment Amount"_s);
                QCOMPARE(a.meaning, AmountMeaning::MedicarePaid);
            }
            // The same variable counts once per line.
            QCOMPARE(item.amounts.medicarePaid, item.adjudications.first().amount);
        }
        QCOMPARE(c.items.at(0).adjudications.at(1).amount->cents(), qint64(700));
        QCOMPARE(c.items.at(1).adjudications.at(1).amount->cents(), qint64(1250));
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
