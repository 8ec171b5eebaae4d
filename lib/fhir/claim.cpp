#include "fhir/claim.h"

namespace bb::fhir {

std::optional<Money> AmountSummary::get(AmountMeaning meaning) const
{
    switch (meaning) {
    case AmountMeaning::Billed:
        return billed;
    case AmountMeaning::Allowed:
        return allowed;
    case AmountMeaning::MedicarePaid:
        return medicarePaid;
    case AmountMeaning::PaidToProvider:
        return paidToProvider;
    case AmountMeaning::PaidToPatient:
        return paidToPatient;
    case AmountMeaning::Deductible:
        return deductible;
    case AmountMeaning::Coinsurance:
        return coinsurance;
    case AmountMeaning::PatientPaid:
        return patientPaid;
    case AmountMeaning::PriorPayerPaid:
        return priorPayerPaid;
    case AmountMeaning::NonCovered:
        return nonCovered;
    case AmountMeaning::DrugCost:
        return drugCost;
    case AmountMeaning::Other:
        break;
    }
    return std::nullopt;
}

bool AmountSummary::add(AmountMeaning meaning, Money amount)
{
    switch (meaning) {
    case AmountMeaning::Billed:
        return accumulate(billed, amount);
    case AmountMeaning::Allowed:
        return accumulate(allowed, amount);
    case AmountMeaning::MedicarePaid:
        return accumulate(medicarePaid, amount);
    case AmountMeaning::PaidToProvider:
        return accumulate(paidToProvider, amount);
    case AmountMeaning::PaidToPatient:
        return accumulate(paidToPatient, amount);
    case AmountMeaning::Deductible:
        return accumulate(deductible, amount);
    case AmountMeaning::Coinsurance:
        return accumulate(coinsurance, amount);
    case AmountMeaning::PatientPaid:
        return accumulate(patientPaid, amount);
    case AmountMeaning::PriorPayerPaid:
        return accumulate(priorPayerPaid, amount);
    case AmountMeaning::NonCovered:
        return accumulate(nonCovered, amount);
    case AmountMeaning::DrugCost:
        return accumulate(drugCost, amount);
    case AmountMeaning::Other:
        break;
    }
    return true;
}

std::optional<Money> AmountSummary::patientResponsibility() const
{
    if (drugCost)
        return patientPaid; // prescriptions: what you paid at the pharmacy
    std::optional<Money> owe;
    if (!accumulate(owe, deductible) || !accumulate(owe, coinsurance))
        return std::nullopt;
    return owe;
}

bool AmountSummary::sumsFit() const
{
    std::optional<Money> owe = deductible;
    return accumulate(owe, coinsurance);
}

QString Diagnosis::codeSystemName() const
{
    if (system.contains(QLatin1String("icd-10")))
        return QStringLiteral("ICD-10");
    if (system.contains(QLatin1String("icd-9")))
        return QStringLiteral("ICD-9");
    return {};
}

QDate Claim::serviceStart() const
{
    return billablePeriod.start.isValid() ? billablePeriod.start : billablePeriod.end;
}

QDate Claim::serviceEnd() const
{
    return billablePeriod.end.isValid() ? billablePeriod.end : billablePeriod.start;
}

const Diagnosis *Claim::principalDiagnosis() const
{
    const Diagnosis *first = nullptr;
    for (const Diagnosis &d : diagnoses) {
        if (d.isPrincipal())
            return &d;
        if (!first || d.sequence < first->sequence)
            first = &d;
    }
    return first;
}

QString Claim::providerDisplayName() const
{
    if (!providerName.isEmpty())
        return providerName;
    if (!facilityName.isEmpty())
        return facilityName;
    for (const CareTeamMember &m : careTeam) {
        if (!m.name.isEmpty())
            return m.name;
    }
    if (!providerId.isEmpty())
        return providerId;
    for (const CareTeamMember &m : careTeam) {
        if (m.role == QLatin1String("performing") || m.role == QLatin1String("attending"))
            return m.id;
    }
    return {};
}

} // namespace bb::fhir
