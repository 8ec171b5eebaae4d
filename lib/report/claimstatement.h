#pragma once

#include "fhir/claim.h"
#include "report/reportcontext.h"

#include <QByteArray>
#include <QHash>

namespace bb::report {

// One claim as a clean statement, in the words of the detail view: the claim's facts and
// amounts, then its services (with totals), diagnoses, procedures, care team and other
// details, each only when the claim has some. Built from the same models as the detail view,
// so the PDF says what the screen says, in the same language. With the claim's JSON as
// received, it ends with every coded field Medicare sent, as the All codes tab lists them.
ReportDocument claimStatement(
    const fhir::Claim &claim, const ReportContext &context, const QByteArray &json = {});

// Several claims, one statement per page, under one title ("Claim statements"); `json`: the
// claims' JSON as received by id, when kept.
ReportDocument claimStatements(const QList<fhir::Claim> &claims, const ReportContext &context,
    const QHash<QString, QByteArray> &json = {});

} // namespace bb::report
