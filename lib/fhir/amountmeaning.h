#pragma once

#include <QString>
#include <QStringView>

#include <optional>
#include <string_view>

namespace bb::fhir {

// What an adjudication amount means to a person reading a Medicare Summary Notice.
// The mapping from CMS codings is documented in docs/money.md.
enum class AmountMeaning : quint8 {
    Other, // kept and shown with the server's own label
    Billed, // what the provider charged (submitted)
    Allowed, // Medicare-approved amount
    MedicarePaid, // what Medicare (or the Part D plan) paid
    PaidToProvider, // the part of Medicare's payment that went to the provider
    PaidToPatient, // the part of Medicare's payment that went to the beneficiary
    Deductible, // patient responsibility: deductible
    Coinsurance, // patient responsibility: coinsurance
    PatientPaid, // what the patient paid (Part D patient pay, outpatient patient payment)
    PriorPayerPaid, // paid by another insurer before Medicare
    NonCovered, // charges Medicare does not cover
    DrugCost, // total cost of a prescription
};

// Classifies one adjudication/total entry from its category code (coding[0].code, e.g.
// "submitted") and the CMS variable it carries (coding[1].code, the URL or just its last
// segment, e.g. "line_nch_pmt_amt"). The variable wins where CMS puts one category on
// several different amounts.
AmountMeaning classifyAmount(QStringView categoryCode, QStringView variable);

// Classifies a claim-level benefitBalance.financial entry by its CMS variable; nullopt for
// entries that are not money a person needs (day counts, PPS capital components, ...).
std::optional<AmountMeaning> classifyBenefitBalance(QStringView variable);

// Short CMS variable name from a Blue Button variable URL:
// ".../resources/variables/line_nch_pmt_amt" -> "line_nch_pmt_amt".
QStringView variableName(QStringView urlOrName);

// Stable lower-case key ("billed", "medicare_paid", ...) for exports; empty for Other.
QString amountMeaningKey(AmountMeaning meaning);
// Translated label ("Amount billed", "Medicare paid", ...).
QString amountMeaningLabel(AmountMeaning meaning);

} // namespace bb::fhir
