#pragma once

#include "fhir/amountmeaning.h"
#include "fhir/claimtype.h"
#include "fhir/common.h"
#include "fhir/money.h"

#include <QList>
#include <QStringList>

#include <optional>

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
    std::optional<Money> patientResponsibility() const;
    std::optional<Money> get(AmountMeaning meaning) const;
    void add(AmountMeaning meaning, Money amount);
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

struct Procedure
{
    int sequence = 0;
    QString code;
    QString system;
    QString display;
    QDate date;
};

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

struct BenefitBalance
{
    QString variable; // CMS variable short name
    QString label;
    std::optional<Money> money;
    std::optional<qint64> count;
};

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
