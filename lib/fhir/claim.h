#pragma once

#include "fhir/amountmeaning.h"
#include "fhir/claimtype.h"
#include "fhir/common.h"
#include "fhir/money.h"

#include <QList>
#include <QStringList>

#include <optional>

// The value types below hold QStrings, QLists and plain values, none of which points into
// itself, so each is declared relocatable: a QList of them grows by reallocating its block
// instead of moving and destroying element by element (a claim's lists grow as it is read).

namespace bb::fhir {

// One adjudication (or claim total) entry, kept even when its meaning is unknown.
struct Adjudication
{
    AmountMeaning meaning = AmountMeaning::Other;
    QString category; // C4BB / HL7 category code: "submitted", "benefit", ...
    QString variable; // CMS variable short name: "line_nch_pmt_amt" (may be empty)
    QString label; // server's display text for the variable, else for the category
    std::optional<Money> amount;
    QString reason; // denial reason code/display, for "denialreason" entries
};
} // namespace bb::fhir
Q_DECLARE_TYPEINFO(bb::fhir::Adjudication, Q_RELOCATABLE_TYPE);
namespace bb::fhir {

// The money of a claim or a line, in the words of a Medicare Summary Notice. Absent values
// are unknown, not zero.
struct AmountSummary
{
    std::optional<Money> billed;
    std::optional<Money> allowed;
    std::optional<Money> medicarePaid;
    std::optional<Money> paidToProvider;
    std::optional<Money> paidToPatient;
    std::optional<Money> deductible;
    std::optional<Money> coinsurance;
    std::optional<Money> patientPaid;
    std::optional<Money> priorPayerPaid;
    std::optional<Money> nonCovered;
    std::optional<Money> drugCost;

    // "You may owe": deductible + coinsurance, or for prescriptions what the patient paid.
    // Unknown when the two do not add up to an amount (a claim read from the server never
    // has such amounts: see sumsFit()).
    std::optional<Money> patientResponsibility() const;
    std::optional<Money> get(AmountMeaning meaning) const;
    // Returns false, adding nothing, when the sum would not fit.
    [[nodiscard]] bool add(AmountMeaning meaning, Money amount);
    // Whether every sum derived from these amounts (patientResponsibility()) fits.
    bool sumsFit() const;
};

struct CareTeamMember
{
    int sequence = 0;
    QString id; // NPI or UPIN
    QString idType; // "npi", "UPIN", ...
    QString name;
    QString role; // C4BB role code: "performing", "prescribing", ...
    QString roleDisplay;
    QString specialty; // qualification display
    bool responsible = false;
};
} // namespace bb::fhir
Q_DECLARE_TYPEINFO(bb::fhir::CareTeamMember, Q_RELOCATABLE_TYPE);
namespace bb::fhir {

struct Diagnosis
{
    int sequence = 0;
    QString code;
    QString system; // icd-10-cm, icd-9-cm, ...
    QString display;
    QString type; // "principal", "admitting", "secondary", "other", ...
    QString onAdmission;

    bool isPrincipal() const { return type == QLatin1String("principal"); }
    // "ICD-10", "ICD-9" or empty.
    QString codeSystemName() const;
};
} // namespace bb::fhir
Q_DECLARE_TYPEINFO(bb::fhir::Diagnosis, Q_RELOCATABLE_TYPE);
namespace bb::fhir {

struct Procedure
{
    int sequence = 0;
    QString code;
    QString system;
    QString display;
    QDate date;
};
} // namespace bb::fhir
Q_DECLARE_TYPEINFO(bb::fhir::Procedure, Q_RELOCATABLE_TYPE);
namespace bb::fhir {

struct SupportingInfo
{
    int sequence = 0;
    QString category; // C4BB code ("clmrecvddate", "admissionperiod") or CMS variable name
    QString label;
    QString code;
    QString codeDisplay;
    DateRange timing;
    std::optional<double> quantity;
};
} // namespace bb::fhir
Q_DECLARE_TYPEINFO(bb::fhir::SupportingInfo, Q_RELOCATABLE_TYPE);
namespace bb::fhir {

struct LineItem
{
    int sequence = 0;
    Coding service; // HCPCS/CPT code, or NDC for prescriptions
    Coding ndc; // NDC carried as an extension of a professional line
    Coding revenue; // institutional revenue center
    QStringList modifiers;
    DateRange serviced; // servicedDate as start == end, or servicedPeriod; may be empty
    std::optional<double> quantity;
    Coding placeOfService;
    QString locationState;
    QList<Adjudication> adjudications;
    AmountSummary amounts;
};
} // namespace bb::fhir
Q_DECLARE_TYPEINFO(bb::fhir::LineItem, Q_RELOCATABLE_TYPE);
namespace bb::fhir {

struct BenefitBalance
{
    QString variable; // CMS variable short name
    QString label;
    std::optional<Money> money;
    std::optional<qint64> count;
};
} // namespace bb::fhir
Q_DECLARE_TYPEINFO(bb::fhir::BenefitBalance, Q_RELOCATABLE_TYPE);
namespace bb::fhir {

// Part D prescription fill details, present for pde claims.
struct PrescriptionFill
{
    Coding drug; // NDC code and drug name
    std::optional<double> quantity;
    std::optional<int> daysSupply;
    std::optional<int> fillNumber;
    QString pharmacyId;
    QString pharmacyName;
    QString pharmacyType;
    QString prescriberId;
    QString prescriberName;
};

// An ExplanationOfBenefit: one Medicare claim.
struct Claim
{
    QString id; // "carrier--10000930038026" (ids are strings; "--" is part of them)
    ClaimType type = ClaimType::Unknown;
    QString typeCode; // eob-type code as received, e.g. "CARRIER", kept for unknown types
    QString status;
    QString outcome;
    QString claimNumber; // clm_id / pde_id
    QString claimGroup;
    QString patient; // "Patient/<id>"
    QString coverage; // "Coverage/part-b-<id>"
    DateRange billablePeriod;
    QDateTime created; // when the server generated the response, not a claim date
    QDateTime lastUpdated;

    QString providerId; // NPI of the billing provider / institution / pharmacy
    QString providerName;
    QString facilityName;
    QString facilityId;

    QList<CareTeamMember> careTeam;
    QList<Diagnosis> diagnoses; // in sequence order
    QList<Procedure> procedures;
    QList<SupportingInfo> supportingInfo;
    QList<LineItem> items;
    QList<Adjudication> totals;
    std::optional<Money> payment;
    QDate paymentDate;
    QList<BenefitBalance> benefitBalances;

    AmountSummary amounts; // claim-level money, see docs/money.md
    std::optional<PrescriptionFill> fill;

    // Stay details of institutional claims.
    DateRange admission;
    Coding drg;
    QDate receivedDate;

    QDate serviceStart() const;
    QDate serviceEnd() const;
    const Diagnosis *principalDiagnosis() const;
    // The name to show for "who": provider, facility, pharmacy or performing clinician.
    QString providerDisplayName() const;
};
} // namespace bb::fhir
Q_DECLARE_TYPEINFO(bb::fhir::Claim, Q_RELOCATABLE_TYPE);
namespace bb::fhir {

} // namespace bb::fhir
