#pragma once

#include "fhir/claim.h"
#include "report/reportcontext.h"

namespace bb::report {

// One claim as a clean statement, in the words of the detail view: the claim's facts and
// amounts, then its services (with totals), diagnoses, procedures, care team and other
// details, each only when the claim has some. Built from the same models as the detail view,
// so the PDF says what the screen says, in the same language.
ReportDocument claimStatement(const fhir::Claim &claim, const ReportContext &context);

// Several claims, one statement per page, under one title ("Claim statements").
ReportDocument claimStatements(const QList<fhir::Claim> &claims, const ReportContext &context);

} // namespace bb::report
