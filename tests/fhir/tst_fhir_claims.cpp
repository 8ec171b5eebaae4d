#include "fhir/parser.h"
#include "testdata.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace bb::fhir;

namespace {

Claim onlyClaim(const QString &file)
{
    const Document doc = parseDocument(bb::testdata::readOrFail(file), file);
    if (!doc.ok() || doc.claims.size() != 1)
        qWarning() << file << doc.claims.size()
                   << (doc.errors.isEmpty() ? QString() : doc.errors.first().toString());
    return doc.claims.value(0);
}

qint64 cents(const std::optional<Money> &m)
{
    return m ? m->cents() : -999999;
}

} // namespace

class TestFhirClaims : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyClaimType_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("type");
        QTest::addColumn<QDate>("start");
        QTest::addColumn<QDate>("end");
        QTest::addColumn<qint64>("paymentCents");
        QTest::addColumn<QString>("principal");
        QTest::addColumn<QString>("firstService");
        const QString dir = u"bfd-v2-normalized/"_s;
        QTest::newRow("carrier") << dir + u"eobReadCarrier.json"_s << u"carrier-9991831999"_s
                                 << int(ClaimType::Carrier) << QDate(1999, 10, 27)
                                 << QDate(1999, 10, 27) << qint64(19999) << u"A02"_s << u"92999"_s;
        QTest::newRow("dme") << dir + u"eobReadDme.json"_s << u"dme-2188888888"_s
                             << int(ClaimType::Dme) << QDate(2014, 2, 3) << QDate(2014, 2, 3)
                             << qint64(77775) << u"B04"_s << u"345"_s;
        QTest::newRow("hha") << dir + u"eobReadHha.json"_s << u"hha-2925555555"_s
                             << int(ClaimType::Hha) << QDate(2015, 6, 23) << QDate(2015, 6, 23)
                             << qint64(18800) << u"53081"_s << u"2GGGG"_s;
        QTest::newRow("hospice") << dir + u"eobReadHospice.json"_s << u"hospice-9992223422"_s
                                 << int(ClaimType::Hospice) << QDate(2014, 1, 1)
                                 << QDate(2014, 1, 30) << qint64(13032) << u"72761"_s << u"A5C"_s;
        QTest::newRow("inpatient")
            << dir + u"eobReadInpatient.json"_s << u"inpatient-333333222222"_s
            << int(ClaimType::Inpatient) << QDate(2016, 1, 15) << QDate(2016, 1, 27)
            << qint64(769948) << u"A40"_s << u"M55"_s;
        QTest::newRow("outpatient")
            << dir + u"eobReadOutpatient.json"_s << u"outpatient-1234567890"_s
            << int(ClaimType::Outpatient) << QDate(2011, 1, 24) << QDate(2011, 1, 24)
            << qint64(69311) << u"A40"_s << u"M99"_s;
        QTest::newRow("pde") << dir + u"eobReadPde.json"_s << u"pde-89"_s << int(ClaimType::Pde)
                             << QDate(2015, 5, 12) << QDate(2015, 5, 12) << qint64(-1) << QString()
                             << u"000000000"_s;
        QTest::newRow("snf") << dir + u"eobReadSnf.json"_s << u"snf-777777777"_s
                             << int(ClaimType::Snf) << QDate(2013, 12, 1) << QDate(2013, 12, 18)
                             << qint64(333333) << u"3736"_s << u"MMM"_s;
    }

    void everyClaimType()
    {
        QFETCH(QString, file);
        QFETCH(QString, id);
        QFETCH(int, type);
        QFETCH(QDate, start);
        QFETCH(QDate, end);
        QFETCH(qint64, paymentCents);
        QFETCH(QString, principal);
        QFETCH(QString, firstService);

        BB_READ_FIXTURE(json, file);
        const Document doc = parseDocument(json, file);
        QVERIFY2(doc.ok(), qPrintable(doc.errors.value(0).toString()));
        QCOMPARE(doc.resourceType, u"ExplanationOfBenefit"_s);
        QCOMPARE(doc.claims.size(), 1);
        const Claim &c = doc.claims.first();
        QCOMPARE(c.id, id);
        QCOMPARE(int(c.type), type);
        QCOMPARE(c.billablePeriod.start, start);
        QCOMPARE(c.billablePeriod.end, end);
        QCOMPARE(c.status, u"active"_s);
        if (paymentCents >= 0)
            QCOMPARE(cents(c.payment), paymentCents);
        else
            QVERIFY(!c.payment);
        if (principal.isEmpty()) {
            QVERIFY(c.diagnoses.isEmpty());
        } else {
            QVERIFY(c.principalDiagnosis());
            QCOMPARE(c.principalDiagnosis()->code, principal);
        }
        QVERIFY(!c.items.isEmpty());
        QCOMPARE(c.items.first().service.code, firstService);
        QVERIFY(c.lastUpdated.isValid());
    }

    void carrierDetails()
    {
        const Claim c = onlyClaim(u"bfd-v2-normalized/eobReadCarrier.json"_s);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(c.claimNumber, u"9991831999"_s);
        QCOMPARE(c.providerId, u"1234567890"_s);
        // Diagnoses keep their order; the principal is marked.
        QCOMPARE(c.diagnoses.size() >= 4, true);
        QCOMPARE(c.diagnoses.at(0).code, u"A02"_s);
        QVERIFY(c.diagnoses.at(0).isPrincipal());
        QCOMPARE(c.diagnoses.at(1).code, u"A06"_s);
        QCOMPARE(c.diagnoses.at(1).type, u"secondary"_s);
        QCOMPARE(c.diagnoses.at(0).codeSystemName(), u"ICD-10"_s);
        const LineItem &line = c.items.first();
        QCOMPARE(line.modifiers, QStringList {u"LT"_s});
        QCOMPARE(line.serviced.start, QDate(1999, 10, 27));
        QCOMPARE(line.placeOfService.code, u"11"_s);
        QCOMPARE(line.ndc.display, u"Fake Diluent - WATER"_s);
        QCOMPARE(*line.quantity, 1.0);
        QCOMPARE(cents(line.amounts.medicarePaid), qint64(3750));
        QVERIFY(line.amounts.billed);
        QVERIFY(line.amounts.allowed);
        // Denial reasons are kept even though they carry no amount.
        bool sawDenial = false;
        for (const Adjudication &a : line.adjudications)
            sawDenial |= a.category == u"denialreason"_s && !a.reason.isEmpty();
        QVERIFY(sawDenial);
        QCOMPARE(cents(c.amounts.medicarePaid), qint64(19999));
        QCOMPARE(c.careTeam.size(), 4);
        QCOMPARE(c.careTeam.at(2).role, u"performing"_s);
        QCOMPARE(c.careTeam.at(2).id, u"1923124"_s);
    }

    void institutionalDetails()
    {
        const Claim c = onlyClaim(u"bfd-v2-normalized/eobReadInpatient.json"_s);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(cents(c.amounts.billed), qint64(8499937)); // total clm_tot_chrg_amt
        QVERIFY(!c.providerName.isEmpty()); // from the contained Organization
        QVERIFY(c.admission.start.isValid());
        QVERIFY(!c.drg.code.isEmpty());
        QVERIFY(c.receivedDate.isValid());
        QVERIFY(!c.procedures.isEmpty());
        QVERIFY(c.procedures.first().date.isValid());
        QVERIFY(c.amounts.deductible); // from benefitBalance: nch_bene_ip_ddctbl_amt
        const Diagnosis &admitting = c.diagnoses.first();
        QCOMPARE(admitting.type, u"admitting"_s);
        QCOMPARE(c.principalDiagnosis()->code, u"A40"_s);
        QCOMPARE(c.items.first().revenue.code, u"6767"_s);
        QCOMPARE(c.items.first().locationState, u"IA"_s);
    }

    void prescriptionDetails()
    {
        const Claim c = onlyClaim(u"bfd-v2-normalized/eobReadPde.json"_s);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(c.fill);
        const PrescriptionFill &f = *c.fill;
        QCOMPARE(f.drug.code, u"000000000"_s);
        QCOMPARE(f.drug.display, u"Fake Diluent - WATER"_s);
        QCOMPARE(*f.quantity, 60.0);
        QCOMPARE(*f.daysSupply, 30);
        QCOMPARE(*f.fillNumber, 3);
        QCOMPARE(f.pharmacyId, u"1023011079"_s);
        QCOMPARE(f.pharmacyName, u"ADVANTAGE HOME HEALTH CARE, INC."_s);
        QCOMPARE(f.pharmacyType, u"Community/retail pharmacy"_s);
        QCOMPARE(f.prescriberId, u"1750384806"_s);
        QCOMPARE(f.prescriberName, u"DR. ROBERT BISBEE MD"_s);
        QCOMPARE(cents(c.amounts.drugCost), qint64(55000));
        QCOMPARE(cents(c.amounts.medicarePaid), qint64(12699));
        QCOMPARE(cents(c.amounts.patientPaid), qint64(23585));
        QCOMPARE(cents(c.amounts.patientResponsibility()), qint64(23585));
        QCOMPARE(c.paymentDate, QDate(2015, 5, 27));
    }

    void moneyMatchesIndependentSum()
    {
        // Outpatient lines: Medicare paid per line is rev_cntr_pmt_amt_amt; sum it by hand.
        BB_READ_FIXTURE(json, u"sandbox-captured/sdk_sandbox_eob_search_page0.json"_s);
        const Document doc = parseDocument(json);
        QVERIFY(doc.ok());
        for (const Claim &c : doc.claims) {
            Money billed;
            bool any = false;
            for (const LineItem &l : c.items) {
                for (const Adjudication &a : l.adjudications) {
                    if (a.variable == u"line_sbmtd_chrg_amt"_s
                        || a.variable == u"rev_cntr_tot_chrg_amt"_s) {
                        billed += *a.amount;
                        any = true;
                    }
                }
            }
            if (c.type == ClaimType::Carrier && any)
                QCOMPARE(cents(c.amounts.billed), billed.cents());
        }
    }

    void sandboxPagingRunHas52DistinctClaims()
    {
        QSet<QString> ids;
        qint64 total = -1;
        int pagesWithNext = 0;
        for (int page = 0; page < 6; ++page) {
            const QString file = u"sandbox-captured/sdk_sandbox_eob_search_page%1.json"_s.arg(page);
            BB_READ_FIXTURE(json, file);
            const Document doc = parseDocument(json, file);
            QVERIFY2(doc.ok(), qPrintable(doc.errors.value(0).toString()));
            QCOMPARE(doc.resourceType, u"Bundle"_s);
            QVERIFY(doc.total);
            total = *doc.total;
            QVERIFY(doc.links.first.isValid());
            QVERIFY(doc.links.self.isValid());
            if (doc.links.next.isValid())
                ++pagesWithNext;
            QCOMPARE(doc.links.previous.isValid(), page > 0);
            for (const Claim &c : doc.claims) {
                QVERIFY(c.type == ClaimType::Carrier || c.type == ClaimType::Outpatient);
                QVERIFY(c.id.startsWith(claimTypeKey(c.type) + u"--"_s));
                ids.insert(c.id);
            }
        }
        QCOMPARE(total, qint64(52));
        QCOMPARE(ids.size(), 52);
        QCOMPARE(pagesWithNext, 5);
    }

    void everyEobFixtureParses()
    {
        const QStringList files = {u"bfd-v2-normalized/eobByPatientIdAll.json"_s,
            u"bfd-v2-normalized/eobByPatientIdPaged.json"_s,
            u"bfd-v2-normalized/eobReadByPatientWithSamhsa.json"_s,
            u"bfd-v2-normalized/eobReadCarrierWithMultipleLines.json"_s,
            u"bb2-openapi-examples/v2_eob_search_bundle.json"_s,
            u"bb2-openapi-examples/v2_eob_read_outpatient.json"_s};
        for (const QString &file : files) {
            BB_READ_FIXTURE(json, file);
            const Document doc = parseDocument(json, file);
            QVERIFY2(doc.ok(), qPrintable(file + u": "_s + doc.errors.value(0).toString()));
            QVERIFY2(!doc.claims.isEmpty(), qPrintable(file));
            for (const Claim &c : doc.claims)
                QVERIFY2(c.type != ClaimType::Unknown, qPrintable(c.id));
        }
        BB_READ_FIXTURE(first, files.first());
        const Document all = parseDocument(first);
        QSet<int> types;
        for (const Claim &c : all.claims)
            types.insert(int(c.type));
        QCOMPARE(types.size(), 8);
    }

    void multipleLines()
    {
        const Claim c = onlyClaim(u"bfd-v2-normalized/eobReadCarrierWithMultipleLines.json"_s);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(c.items.size(), 7);
        Money linePaid;
        for (const LineItem &l : c.items)
            linePaid += l.amounts.medicarePaid.value_or(Money());
        QVERIFY(linePaid.cents() > 0);
        for (int i = 0; i < c.items.size(); ++i)
            QCOMPARE(c.items.at(i).sequence, i + 1);
    }
};

QTEST_APPLESS_MAIN(TestFhirClaims)
#include "tst_fhir_claims.moc"
