#pragma once

#include "report/reportcontext.h"

#include <QList>

class QAbstractItemModel;

namespace bb::fhir {
struct Patient;
}

namespace bb::models {
class ClaimFilter;
class PatientModel;
} // namespace bb::models

namespace bb::report {

// The reports of the app's tabs, shared by File > Export as PDF / Print and by
// `bbviewer export --format pdf`, so the two say the same. Each reads a model as the tab
// shows it (`columns`: visible columns in visual order, empty for all) and must run on the
// model's thread.

// Patient name and Medicare number (masked unless `fullMedicareNumber`) for the facts;
// `patient` may be null (not loaded, or `notShared` when the person declined to share it).
ReportContext reportContext(
    const fhir::Patient *patient, bool fullMedicareNumber, bool notShared = false);

// `claims`: a ClaimsProxyModel (sorted and filtered) or any claims table; `filter` is what
// it applies, in words in the facts; `note` (incomplete data) goes under the table.
ReportDocument claimsReport(const QAbstractItemModel *claims, const models::ClaimFilter &filter,
    const ReportContext &context, const QList<int> &columns = {}, const QString &note = {});
// `drugs`: the Drugs tab's sorted tree; every fill under its drug.
ReportDocument drugsReport(const QAbstractItemModel *drugs, const models::ClaimFilter &filter,
    const ReportContext &context, const QList<int> &columns = {}, const QString &note = {});
ReportDocument patientReport(const models::PatientModel *patient, const ReportContext &context);
ReportDocument coverageReport(const QAbstractItemModel *coverage, const ReportContext &context);

} // namespace bb::report
