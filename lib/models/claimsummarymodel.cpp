#include "models/claimsummarymodel.h"

#include "models/claimrow.h"

using namespace Qt::StringLiterals;

namespace bb::models {

ClaimSummaryModel::ClaimSummaryModel(QObject *parent)
    : KeyValueModel(parent)
{
}

void ClaimSummaryModel::clear()
{
    setEntries({});
}

void ClaimSummaryModel::setClaim(const fhir::Claim &c)
{
    QList<Entry> rows;
    const auto add = [&](const QString &key, const QString &label, const Cell &value) {
        if (!value.display.isEmpty())
            rows.append({key, label, value});
    };
    Cell type = Cell::text(claimTypeText(c));
    type.exportValue = c.type == fhir::ClaimType::Unknown ? c.typeCode : fhir::claimTypeKey(c.type);
    if (c.type == fhir::ClaimType::Unknown)
        type.raw = c.typeCode;
    add(u"claim_type"_s, tr("Type"), type);
    add(u"service_start"_s, tr("Service from"), Cell::date(c.serviceStart()));
    add(u"service_end"_s, tr("Service to"), Cell::date(c.serviceEnd()));
    add(u"provider"_s, tr("Provider or pharmacy"), Cell::text(c.providerDisplayName()));
    add(u"provider_id"_s, tr("Provider NPI"), Cell::text(c.providerId));
    if (c.facilityName != c.providerDisplayName())
        add(u"facility"_s, tr("Facility"), Cell::text(c.facilityName));
    add(u"diagnosis_or_drug"_s, tr("Diagnosis or drug"), Cell::text(claimDetailText(c)));
    if (c.fill) {
        add(u"prescriber"_s, tr("Prescriber"),
            Cell::text(
                c.fill->prescriberName.isEmpty() ? c.fill->prescriberId : c.fill->prescriberName));
        add(u"quantity"_s, tr("Quantity"), Cell::number(c.fill->quantity));
        add(u"days_supply"_s, tr("Days' supply"),
            Cell::integer(
                c.fill->daysSupply ? std::optional<qint64>(*c.fill->daysSupply) : std::nullopt));
        add(u"fill_number"_s, tr("Fill number"),
            Cell::integer(
                c.fill->fillNumber ? std::optional<qint64>(*c.fill->fillNumber) : std::nullopt));
    }
    add(u"admission_start"_s, tr("Admitted"), Cell::date(c.admission.start));
    add(u"admission_end"_s, tr("Discharged"), Cell::date(c.admission.end));
    {
        Cell drg = Cell::text(codeWithDisplay(c.drg.code, c.drg.display));
        drg.exportValue = c.drg.code;
        add(u"drg"_s, tr("Diagnosis-related group"), drg);
    }
    add(u"received"_s, tr("Claim received"), Cell::date(c.receivedDate));
    add(u"payment_date"_s, tr("Paid on"), Cell::date(c.paymentDate));

    // Money in the order a Medicare Summary Notice reads.
    using fhir::AmountMeaning;
    for (AmountMeaning m : {AmountMeaning::Billed, AmountMeaning::Allowed, AmountMeaning::DrugCost,
             AmountMeaning::MedicarePaid, AmountMeaning::PaidToProvider,
             AmountMeaning::PaidToPatient, AmountMeaning::PriorPayerPaid, AmountMeaning::NonCovered,
             AmountMeaning::Deductible, AmountMeaning::Coinsurance, AmountMeaning::PatientPaid}) {
        if (const auto amount = c.amounts.get(m))
            rows.append(
                {fhir::amountMeaningKey(m), fhir::amountMeaningLabel(m), Cell::money(amount)});
    }
    if (const auto owe = c.amounts.patientResponsibility())
        rows.append({u"you_may_owe"_s, tr("You may owe"), Cell::money(owe)});
    for (const fhir::Adjudication &a : c.totals) {
        if (a.meaning != AmountMeaning::Other || !a.amount)
            continue;
        Cell value = Cell::money(a.amount);
        value.raw = a.variable.isEmpty() ? a.category : a.variable;
        rows.append({u"other:"_s + value.raw, a.label.isEmpty() ? value.raw : a.label, value});
    }
    add(u"status"_s, tr("Claim status"), Cell::text(c.status));
    add(u"claim_number"_s, tr("Claim number"), Cell::text(c.claimNumber));
    add(u"claim_id"_s, tr("Claim ID"), Cell::text(c.id));
    setEntries(rows);
}

} // namespace bb::models
