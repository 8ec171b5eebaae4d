#include "fhir/amountmeaning.h"

#include "fhir/amountmeaning_p.h"

#include <QCoreApplication>

namespace bb::fhir {

namespace {

struct VariableRule
{
    std::string_view variable;
    AmountMeaning meaning;
};

// Variables whose category alone would mislead: BFD files several different amounts under
// one C4BB category (e.g. "submitted" holds both the charge and Medicare's payment for a
// revenue line, "coinsurance" holds Part D gross drug cost). See docs/money.md.
constexpr VariableRule variableRules[] = {
    // Institutional revenue lines
    {"rev_cntr_tot_chrg_amt", AmountMeaning::Billed},
    {"rev_cntr_rate_amt", AmountMeaning::Other},
    {"rev_cntr_pmt_amt_amt", AmountMeaning::MedicarePaid},
    {"rev_cntr_coinsrnc_wge_adjstd_c", AmountMeaning::Coinsurance},
    {"rev_cntr_rdcd_coinsrnc_amt", AmountMeaning::Other},
    {"rev_cntr_ptnt_rspnsblty_pmt", AmountMeaning::PatientPaid},
    {"rev_cntr_prvdr_pmt_amt", AmountMeaning::PaidToProvider},
    {"rev_cntr_bene_pmt_amt", AmountMeaning::PaidToPatient},
    // Carrier and DME lines
    {"line_sbmtd_chrg_amt", AmountMeaning::Billed},
    {"line_alowd_chrg_amt", AmountMeaning::Allowed},
    {"line_prmry_alowd_chrg_amt", AmountMeaning::Other},
    {"line_dme_prchs_price_amt", AmountMeaning::Other},
    {"line_nch_pmt_amt", AmountMeaning::MedicarePaid},
    {"line_prvdr_pmt_amt", AmountMeaning::PaidToProvider},
    {"line_bene_pmt_amt", AmountMeaning::PaidToPatient},
    // Part D events
    {"tot_rx_cst_amt", AmountMeaning::DrugCost},
    {"cvrd_d_plan_pd_amt", AmountMeaning::MedicarePaid},
    {"ncvrd_plan_pd_amt", AmountMeaning::Other},
    {"ptnt_pay_amt", AmountMeaning::PatientPaid},
    {"gdc_blw_oopt_amt", AmountMeaning::Other},
    {"gdc_abv_oopt_amt", AmountMeaning::Other},
    {"lics_amt", AmountMeaning::Other},
    {"rptd_gap_dscnt_num", AmountMeaning::Other},
    {"othr_troop_amt", AmountMeaning::PriorPayerPaid},
    {"plro_amt", AmountMeaning::PriorPayerPaid},
};

struct CategoryRule
{
    std::string_view category;
    AmountMeaning meaning;
};

// C4BB / HL7 adjudication category codes.
constexpr CategoryRule categoryRules[] = {
    {"submitted", AmountMeaning::Billed},
    {"eligible", AmountMeaning::Allowed},
    {"benefit", AmountMeaning::MedicarePaid},
    {"deductible", AmountMeaning::Deductible},
    {"coinsurance", AmountMeaning::Coinsurance},
    {"copay", AmountMeaning::Coinsurance},
    {"paidtoprovider", AmountMeaning::PaidToProvider},
    {"paidtopatient", AmountMeaning::PaidToPatient},
    {"paidbypatient", AmountMeaning::PatientPaid},
    {"priorpayerpaid", AmountMeaning::PriorPayerPaid},
    {"noncovered", AmountMeaning::NonCovered},
    {"drugcost", AmountMeaning::DrugCost},
};

// Claim-level amounts in benefitBalance, used where the lines do not carry the meaning.
constexpr VariableRule benefitBalanceRules[] = {
    {"nch_carr_clm_sbmtd_chrg_amt", AmountMeaning::Billed},
    {"nch_carr_clm_alowd_amt", AmountMeaning::Allowed},
    {"carr_clm_cash_ddctbl_apld_amt", AmountMeaning::Deductible},
    {"nch_bene_ptb_ddctbl_amt", AmountMeaning::Deductible},
    {"nch_bene_ip_ddctbl_amt", AmountMeaning::Deductible},
    {"nch_bene_blood_ddctbl_lblty_am", AmountMeaning::Deductible},
    {"nch_bene_ptb_coinsrnc_amt", AmountMeaning::Coinsurance},
    {"nch_bene_pta_coinsrnc_lblty_amt", AmountMeaning::Coinsurance},
    {"nch_clm_prvdr_pmt_amt", AmountMeaning::PaidToProvider},
    {"clm_op_prvdr_pmt_amt", AmountMeaning::PaidToProvider},
    {"nch_clm_bene_pmt_amt", AmountMeaning::PaidToPatient},
    {"clm_op_bene_pmt_amt", AmountMeaning::PaidToPatient},
    {"prpayamt", AmountMeaning::PriorPayerPaid},
    {"nch_ip_ncvrd_chrg_amt", AmountMeaning::NonCovered},
};

struct MeaningInfo
{
    AmountMeaning meaning;
    const char *key;
    const char *label;
};

constexpr MeaningInfo meaningInfos[] = {
    {AmountMeaning::Other, "", QT_TRANSLATE_NOOP("bb::fhir::AmountMeaning", "Other amount")},
    {AmountMeaning::Billed, "billed",
        QT_TRANSLATE_NOOP("bb::fhir::AmountMeaning", "Amount billed")},
    {AmountMeaning::Allowed, "allowed",
        QT_TRANSLATE_NOOP("bb::fhir::AmountMeaning", "Medicare-approved amount")},
    {AmountMeaning::MedicarePaid, "medicare_paid",
        QT_TRANSLATE_NOOP("bb::fhir::AmountMeaning", "Medicare paid")},
    {AmountMeaning::PaidToProvider, "paid_to_provider",
        QT_TRANSLATE_NOOP("bb::fhir::AmountMeaning", "Paid to provider")},
    {AmountMeaning::PaidToPatient, "paid_to_patient",
        QT_TRANSLATE_NOOP("bb::fhir::AmountMeaning", "Paid to you")},
    {AmountMeaning::Deductible, "deductible",
        QT_TRANSLATE_NOOP("bb::fhir::AmountMeaning", "Deductible")},
    {AmountMeaning::Coinsurance, "coinsurance",
        QT_TRANSLATE_NOOP("bb::fhir::AmountMeaning", "Coinsurance")},
    {AmountMeaning::PatientPaid, "patient_paid",
        QT_TRANSLATE_NOOP("bb::fhir::AmountMeaning", "You paid")},
    {AmountMeaning::PriorPayerPaid, "prior_payer_paid",
        QT_TRANSLATE_NOOP("bb::fhir::AmountMeaning", "Other insurance paid")},
    {AmountMeaning::NonCovered, "non_covered",
        QT_TRANSLATE_NOOP("bb::fhir::AmountMeaning", "Not covered")},
    {AmountMeaning::DrugCost, "drug_cost",
        QT_TRANSLATE_NOOP("bb::fhir::AmountMeaning", "Drug cost")},
};

} // namespace

QStringView variableName(QStringView urlOrName)
{
    const qsizetype slash = urlOrName.lastIndexOf(u'/');
    return slash < 0 ? urlOrName : urlOrName.mid(slash + 1);
}

static bool equals(std::string_view ascii, QStringView text)
{
    return QLatin1StringView(ascii.data(), qsizetype(ascii.size())) == text;
}

namespace detail {

AmountMeaning classifyAmountUtf8(std::string_view categoryCode, std::string_view variable)
{
    const size_t slash = variable.rfind('/');
    const std::string_view name =
        slash == std::string_view::npos ? variable : variable.substr(slash + 1);
    if (!name.empty()) {
        for (const VariableRule &rule : variableRules) {
            if (rule.variable == name)
                return rule.meaning;
        }
    }
    for (const CategoryRule &rule : categoryRules) {
        if (rule.category == categoryCode)
            return rule.meaning;
    }
    return AmountMeaning::Other;
}

} // namespace detail

AmountMeaning classifyAmount(QStringView categoryCode, QStringView variable)
{
    const QStringView name = variableName(variable);
    if (!name.empty()) {
        for (const VariableRule &rule : variableRules) {
            if (equals(rule.variable, name))
                return rule.meaning;
        }
    }
    for (const CategoryRule &rule : categoryRules) {
        if (equals(rule.category, categoryCode))
            return rule.meaning;
    }
    return AmountMeaning::Other;
}

std::optional<AmountMeaning> classifyBenefitBalance(QStringView variable)
{
    const QStringView name = variableName(variable);
    for (const VariableRule &rule : benefitBalanceRules) {
        if (equals(rule.variable, name))
            return rule.meaning;
    }
    return std::nullopt;
}

QString amountMeaningKey(AmountMeaning meaning)
{
    for (const MeaningInfo &info : meaningInfos) {
        if (info.meaning == meaning)
            return QString::fromLatin1(info.key);
    }
    return {};
}

QString amountMeaningLabel(AmountMeaning meaning)
{
    for (const MeaningInfo &info : meaningInfos) {
        if (info.meaning == meaning)
            return QCoreApplication::translate("bb::fhir::AmountMeaning", info.label);
    }
    return {};
}

} // namespace bb::fhir
