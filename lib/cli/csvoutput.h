#pragma once

#include "cli/outputwriter.h"

namespace bb::cli {

// --format csv: the claims and claim-lines tables (docs/export.md), and the drugs, coverage
// and patient tabs as the app's File > Export as CSV writes them.
class CsvOutput : public OutputWriter
{
public:
    bool render(const ExportOptions &options, const ExportData &data, QByteArray *bytes,
        QString *error) const override;
};

} // namespace bb::cli
