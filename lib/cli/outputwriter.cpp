#include "cli/outputwriter.h"

#include "cli/csvoutput.h"
#include "cli/jsonoutput.h"

namespace bb::cli {

std::unique_ptr<OutputWriter> makeOutputWriter(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Csv:
        return std::make_unique<CsvOutput>();
    case ExportFormat::Json:
        return std::make_unique<JsonOutput>();
    case ExportFormat::Pdf:
        // The PDF report writer plugs in here (an OutputWriter over the report library).
        return nullptr;
    }
    return nullptr;
}

} // namespace bb::cli
