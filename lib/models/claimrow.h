#pragma once

#include "fhir/claim.h"

#include <QString>

#include <optional>

namespace bb::models {

// One claim with what the list shows, sorts and searches precomputed once when it arrives:
// sorting 10,000 rows compares these keys instead of building QVariants.
struct ClaimRow
{
    fhir::Claim claim;
    QDate start; // service start (billablePeriod), may be invalid
    QDate end;
    std::optional<fhir::Money> billed;
    std::optional<fhir::Money> paid; // Medicare paid, for Part D the plan paid
    std::optional<fhir::Money> owe; // AmountSummary::patientResponsibility()
    QString typeText; // plain-language type, or "Unknown claim type (XYZ)"
    QString providerText;
    QString detailText; // main diagnosis, or the drug of a prescription
    QString typeKey; // case-folded sort keys of the three texts
    QString providerKey;
    QString detailKey;
    QString searchText; // case-folded: every name, code and description of the claim

    bool hasPatientResponsibility() const { return owe && owe->cents() > 0; }
};

ClaimRow makeClaimRow(fhir::Claim claim);

// Plain-language type, naming the raw code when the type is not one of the eight.
QString claimTypeText(const fhir::Claim &claim);
// "E11.9 Type 2 diabetes mellitus": the main diagnosis, or for a prescription the drug.
QString claimDetailText(const fhir::Claim &claim);
// "code display", or just one of them when the other is missing.
QString codeWithDisplay(const QString &code, const QString &display);

} // namespace bb::models
