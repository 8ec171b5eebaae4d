#pragma once

#include "cli/outputwriter.h"
#include "report/reportdocument.h"

namespace bb::cli {

// The report of `options.what` over the data, as File > Export as PDF builds it (for PDF and
// HTML alike).
report::ReportDocument buildReport(const ExportOptions &options, const ExportData &data);

// --format pdf: the reports of File > Export as PDF, built by the same code from the same
// models: claims (newest first, with totals), drugs (each fill under its drug), coverage,
// patient; claim-lines gives every claim's statement, one per page. The Medicare number is
// masked, as the app does by default. Needs a QGuiApplication (fonts); no display.
class PdfOutput : public OutputWriter
{
public:
    bool render(const ExportOptions &options, const ExportData &data, QByteArray *bytes,
        QString *error) const override;
};

} // namespace bb::cli
