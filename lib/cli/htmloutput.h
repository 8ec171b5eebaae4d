#pragma once

#include "cli/outputwriter.h"

namespace bb::cli {

// --format html: the same reports as --format pdf, as an accessible web page (headings,
// tables with header cells and captions, the language set, no script): what screen readers
// read best, since PDFs come out untagged.
class HtmlOutput : public OutputWriter
{
public:
    bool render(const ExportOptions &options, const ExportData &data, QByteArray *bytes,
        QString *error) const override;
};

} // namespace bb::cli
