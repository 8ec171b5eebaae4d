#include "fhir/readers_p.h"

#include <QVarLengthArray>

#include <algorithm>

namespace bb::fhir::detail {

namespace {

constexpr AmountMeaning summarised[] = {AmountMeaning::Billed, AmountMeaning::Allowed,
    AmountMeaning::MedicarePaid, AmountMeaning::PaidToProvider, AmountMeaning::PaidToPatient,
    AmountMeaning::Deductible, AmountMeaning::Coinsurance, AmountMeaning::PatientPaid,
    AmountMeaning::PriorPayerPaid, AmountMeaning::NonCovered, AmountMeaning::DrugCost};

// Sums a line's adjudications by meaning (classified as they were read). BFD sometimes
// repeats one CMS variable under two categories (a DME line carries line_bene_pmt_amt as both
// paid-to-patient and paid-to-provider); counting it twice would invent money, so each
// variable counts once. Returns false when the line's sums do not fit.
bool summariseLine(LineItem &item)
{
    QVarLengthArray<QStringView, 32> seen; // a line has a dozen or so: no allocation
    for (const Adjudication &a : std::as_const(item.adjudications)) {
        if (!a.amount || a.meaning == AmountMeaning::Other)
            continue;
        if (!a.variable.isEmpty()) {
            if (seen.contains(a.variable))
                continue;
            seen.append(a.variable);
        }
        if (!item.amounts.add(a.meaning, *a.amount))
            return false;
    }
    return item.amounts.sumsFit();
}

// Returns false when a sum does not fit in the amounts' range: the claim cannot be shown
// truthfully then, and a wrapped sum would turn a huge charge into a refund.
bool summariseClaim(Claim &c)
{
    AmountSummary fromTotals, fromLines, fromBalances;
    for (const Adjudication &t : std::as_const(c.totals)) {
        if (t.amount && t.meaning != AmountMeaning::Other && !fromTotals.add(t.meaning, *t.amount))
            return false;
    }
    for (LineItem &item : c.items) {
        if (!summariseLine(item))
            return false;
        for (AmountMeaning m : summarised) {
            if (const auto amount = item.amounts.get(m); amount && !fromLines.add(m, *amount))
                return false;
        }
    }
    for (const BenefitBalance &b : std::as_const(c.benefitBalances)) {
        if (!b.money)
            continue;
        if (const auto meaning = classifyBenefitBalance(b.variable);
            meaning && !fromBalances.add(*meaning, *b.money))
            return false;
    }
    // Claim totals are the server's own sums; lines come next; claim-level balances fill in
    // what neither carries (an inpatient stay's deductible, for instance).
    for (AmountMeaning m : summarised) {
        std::optional<Money> v = fromTotals.get(m);
        if (!v)
            v = fromLines.get(m);
        if (!v)
            v = fromBalances.get(m);
        if (v && !c.amounts.add(m, *v))
            return false;
    }
    // The claim payment is Medicare's payment for the whole claim.
    if (c.payment)
        c.amounts.medicarePaid = c.payment;
    // A prescription is "billed" at its total cost.
    if (c.type == ClaimType::Pde && !c.amounts.billed)
        c.amounts.billed = c.amounts.drugCost;
    return c.amounts.sumsFit();
}

void deriveStay(Claim &c)
{
    for (const SupportingInfo &s : std::as_const(c.supportingInfo)) {
        if (s.category == QLatin1String("admissionperiod"))
            c.admission = s.timing;
        else if (s.category == QLatin1String("clm_drg_cd"))
            c.drg = Coding {QString(), s.code, s.codeDisplay};
        else if (s.category == QLatin1String("clmrecvddate"))
            c.receivedDate = s.timing.start;
    }
}

void deriveFill(Claim &c)
{
    if (c.type != ClaimType::Pde)
        return;
    PrescriptionFill &fill = c.fill ? *c.fill : c.fill.emplace();
    if (!c.items.isEmpty()) {
        const LineItem &line = c.items.constFirst();
        fill.drug = line.service;
        fill.quantity = line.quantity;
    }
    for (const SupportingInfo &s : std::as_const(c.supportingInfo)) {
        if (s.category == QLatin1String("dayssupply") && s.quantity)
            fill.daysSupply = int(*s.quantity);
        else if (s.category == QLatin1String("refillnum") && s.quantity)
            fill.fillNumber = int(*s.quantity);
    }
    fill.pharmacyId = c.facilityId.isEmpty() ? c.providerId : c.facilityId;
    fill.pharmacyName = c.facilityName;
    for (const CareTeamMember &m : std::as_const(c.careTeam)) {
        if (m.role == QLatin1String("prescribing")) {
            fill.prescriberId = m.id;
            fill.prescriberName = m.name;
            break;
        }
    }
}

} // namespace

bool finishClaim(Claim &claim)
{
    std::stable_sort(claim.diagnoses.begin(), claim.diagnoses.end(),
        [](const Diagnosis &a, const Diagnosis &b) { return a.sequence < b.sequence; });
    if (!summariseClaim(claim))
        return false;
    deriveStay(claim);
    deriveFill(claim);
    return true;
}

} // namespace bb::fhir::detail
