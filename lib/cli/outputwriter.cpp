#include "cli/outputwriter.h"

#include "cli/csvoutput.h"
#include "cli/htmloutput.h"
#include "cli/jsonoutput.h"
#include "cli/pdfoutput.h"

namespace bb::cli {

std::unique_ptr<OutputWriter> makeOutputWriter(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Csv:
        return std::make_unique<CsvOutput>();
    case ExportFormat::Json:
        return std::make_unique<JsonOutput>();
    case ExportFormat::Pdf:
        return std::make_unique<PdfOutput>();
    case ExportFormat::Html:
        return std::make_unique<HtmlOutput>();
    }
    return nullptr;
}

} // namespace bb::cli
