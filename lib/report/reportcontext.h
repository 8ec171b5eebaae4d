#pragma once

#include "report/reportdocument.h"

#include <QDateTime>

namespace bb::models {
class ClaimFilter;
}

namespace bb::report {

// Whose data a report shows and when it was made: the facts under every report's title.
struct ReportContext
{
    QString patientName; // empty when unknown: not shared, or not fetched
    bool patientNotShared = false; // the person declined to share it: the report says so
    // As it should be printed: masked ("••••-•••-AA00") unless the person chose to include
    // the full number. Empty when unknown.
    QString medicareNumber;
    // The person chose the full number for this report: a report that lists the number
    // itself (the Patient tab's) shows it in full too.
    bool fullMedicareNumber = false;
    QDateTime generatedAt = QDateTime::currentDateTime();
};

// A report with its title, the standard facts (patient, Medicare number, generated at), a
// running header and the footer; the caller adds `extraFacts` (filters, counts) and blocks.
ReportDocument makeReport(
    const QString &title, const ReportContext &context, const QList<Field> &extraFacts = {});

// The claim filters in words, for a report's facts: "All claims" or "Types: Doctor/supplier,
// Prescription drug; dates: Jan 1, 2023 – Dec 31, 2023; search: “aspirin”; only where you
// may owe".
QString describeFilter(const models::ClaimFilter &filter);

} // namespace bb::report
