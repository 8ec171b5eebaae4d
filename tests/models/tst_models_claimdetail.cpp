#include "models/claimdetailmodels.h"
#include "models/claimsummarymodel.h"
#include "models/roles.h"
#include "testclaims.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using bb::fhir::Claim;
using bb::fhir::ClaimType;
using namespace bb::models;

namespace {

Claim firstOfType(ClaimType type, bool withLines = false)
{
    const QList<Claim> claims = fixtureClaims();
    for (auto it = claims.crbegin(); it != claims.crend(); ++it) {
        if (it->type == type && (!withLines || it->items.size() > 1))
            return *it;
    }
    return {};
}

// Every model is attached to a tester before its first claim, then switched and cleared.
template<typename Model>
void exercise(Model &model, const QList<Claim> &claims)
{
    for (const Claim &c : claims)
        model.setClaim(c);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

} // namespace

class TestModelsClaimDetail : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        BB_REQUIRE_FIXTURES(fixtureFiles());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void summary()
    {
        ClaimSummaryModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Claim inpatient = firstOfType(ClaimType::Inpatient);
        model.setClaim(inpatient);
        const auto value = [&](const QString &key, int role = Qt::DisplayRole) {
            const int row = model.rowForKey(key);
            return row < 0 ? u"<missing>"_s
                           : model.index(row, KeyValueModel::Value).data(role).toString();
        };
        QCOMPARE(value(u"claim_type"_s, ExportRole), u"inpatient"_s);
        QCOMPARE(value(u"claim_id"_s), inpatient.id);
        QCOMPARE(
            value(u"service_start"_s, ExportRole), inpatient.serviceStart().toString(Qt::ISODate));
        // Every claim-level amount the claim has, under its export key, exact.
        int amounts = 0;
        for (auto m : {bb::fhir::AmountMeaning::Billed, bb::fhir::AmountMeaning::MedicarePaid,
                 bb::fhir::AmountMeaning::Deductible, bb::fhir::AmountMeaning::Coinsurance}) {
            const auto amount = inpatient.amounts.get(m);
            if (!amount)
                continue;
            ++amounts;
            QCOMPARE(value(bb::fhir::amountMeaningKey(m), ExportRole), amount->toPlainString());
            QCOMPARE(
                model.index(model.rowForKey(bb::fhir::amountMeaningKey(m)), 0).data().toString(),
                bb::fhir::amountMeaningLabel(m));
        }
        QVERIFY(amounts >= 2);
        const auto owe = inpatient.amounts.patientResponsibility();
        QCOMPARE(value(u"you_may_owe"_s, ExportRole), owe ? owe->toPlainString() : u"<missing>"_s);

        const Claim pde = firstOfType(ClaimType::Pde);
        model.setClaim(pde);
        QCOMPARE(value(u"days_supply"_s, SortRole).toInt(), *pde.fill->daysSupply);
        QCOMPARE(value(u"drg"_s), u"<missing>"_s); // empty fields are left out
        exercise(model, fixtureClaims());
    }

    void lineItems()
    {
        LineItemsModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Claim carrier = firstOfType(ClaimType::Carrier, true);
        QVERIFY(carrier.items.size() > 1);
        model.setClaim(carrier);
        QCOMPARE(model.rowCount(), carrier.items.size());
        qint64 billed = 0;
        for (int r = 0; r < model.rowCount(); ++r) {
            const bb::fhir::LineItem &item = carrier.items.at(r);
            QCOMPARE(model.index(r, LineItemsModel::Service).data(ExportRole).toString(),
                item.service.code);
            QVERIFY(model.index(r, LineItemsModel::Service)
                        .data()
                        .toString()
                        .startsWith(item.service.code));
            QCOMPARE(model.index(r, LineItemsModel::Date).data(ExportRole).toString(),
                item.serviced.start.toString(Qt::ISODate));
            const QVariant cents = model.index(r, LineItemsModel::Billed).data(CentsRole);
            QCOMPARE(cents.isValid(), item.amounts.billed.has_value());
            billed += cents.toLongLong();
            QCOMPARE(model.index(r, LineItemsModel::Paid).data(ExportRole).toString(),
                item.amounts.medicarePaid ? item.amounts.medicarePaid->toPlainString() : QString());
        }
        // The lines add up to the claim's billed amount when the claim has no total of its own.
        QVERIFY(billed > 0);
        QCOMPARE(
            model.headerData(LineItemsModel::Allowed, Qt::Horizontal, ColumnKeyRole).toString(),
            u"allowed"_s);
        exercise(model, fixtureClaims());
    }

    void diagnosesPrincipalMarked()
    {
        DiagnosesModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Claim inpatient = firstOfType(ClaimType::Inpatient);
        QVERIFY(!inpatient.diagnoses.isEmpty());
        model.setClaim(inpatient);
        QCOMPARE(model.rowCount(), inpatient.diagnoses.size());
        int principal = 0;
        int lastSequence = -1;
        for (int r = 0; r < model.rowCount(); ++r) {
            const int seq = model.index(r, DiagnosesModel::Sequence).data(SortRole).toInt();
            QVERIFY(seq >= lastSequence);
            lastSequence = seq;
            if (model.isPrincipal(r)) {
                ++principal;
                QCOMPARE(model.index(r, DiagnosesModel::Type).data().toString(), u"Principal"_s);
                QCOMPARE(model.index(r, DiagnosesModel::Type).data(ExportRole).toString(),
                    u"principal"_s);
            }
        }
        QCOMPARE(principal, 1);
        QCOMPARE(model.index(0, DiagnosesModel::Code).data().toString(),
            inpatient.diagnoses.first().code);

        // An unknown diagnosis type and a code without a description stay visible as received.
        Claim odd = inpatient;
        odd.diagnoses = {{1, u"Z99.XYZ"_s, u"http://example.org/codes"_s, {}, u"newkind"_s, {}}};
        model.setClaim(odd);
        QCOMPARE(model.index(0, DiagnosesModel::Type).data().toString(), u"newkind"_s);
        QCOMPARE(model.index(0, DiagnosesModel::Type).data(RawValueRole).toString(), u"newkind"_s);
        QCOMPARE(model.index(0, DiagnosesModel::Code).data(RawValueRole).toString(), u"Z99.XYZ"_s);
        QCOMPARE(model.index(0, DiagnosesModel::CodeSystem).data().toString(),
            u"http://example.org/codes"_s);
        exercise(model, fixtureClaims());
    }

    void procedures()
    {
        ProceduresModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Claim inpatient = firstOfType(ClaimType::Inpatient);
        QVERIFY(!inpatient.procedures.isEmpty());
        model.setClaim(inpatient);
        QCOMPARE(model.rowCount(), inpatient.procedures.size());
        QCOMPARE(model.index(0, ProceduresModel::Code).data().toString(),
            inpatient.procedures.first().code);
        QCOMPARE(model.index(0, ProceduresModel::Date).data(ExportRole).toString(),
            inpatient.procedures.first().date.toString(Qt::ISODate));
        exercise(model, fixtureClaims());
    }

    void careTeam()
    {
        CareTeamModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Claim carrier = firstOfType(ClaimType::Carrier);
        QVERIFY(!carrier.careTeam.isEmpty());
        model.setClaim(carrier);
        QCOMPARE(model.rowCount(), carrier.careTeam.size());
        QCOMPARE(model.index(0, CareTeamModel::Identifier).data().toString(),
            carrier.careTeam.first().id);
        QCOMPARE(model.index(0, CareTeamModel::Role).data(ExportRole).toString(),
            carrier.careTeam.first().role);
        exercise(model, fixtureClaims());
    }

    void supportingInfo()
    {
        SupportingInfoModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Claim inpatient = firstOfType(ClaimType::Inpatient);
        QVERIFY(!inpatient.supportingInfo.isEmpty());
        model.setClaim(inpatient);
        QCOMPARE(model.rowCount(), inpatient.supportingInfo.size());
        for (int r = 0; r < model.rowCount(); ++r) {
            const bb::fhir::SupportingInfo &s = inpatient.supportingInfo.at(r);
            QCOMPARE(model.index(r, SupportingInfoModel::Information).data(ExportRole).toString(),
                s.category);
            QVERIFY(!model.index(r, SupportingInfoModel::Information).data().toString().isEmpty());
            QCOMPARE(
                model.index(r, SupportingInfoModel::Start).data(SortRole).toDate(), s.timing.start);
        }
        exercise(model, fixtureClaims());
    }
};

QTEST_GUILESS_MAIN(TestModelsClaimDetail)
#include "tst_models_claimdetail.moc"
