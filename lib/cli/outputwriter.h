#pragma once

#include "cli/exportoptions.h"
#include "export/inputfiles.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace bb::cli {

// Everything an export has read, from files or a server.
struct ExportData
{
    exporting::LoadedInput input;
    // The server answered 403 for Patient: the person did not share personal information.
    bool patientNotShared = false;
};

// Turns the data into the bytes of one output format. The command writes the bytes (to a
// temporary file renamed into place, or to standard output) only when the whole output has
// been made, so no writer can leave a partial file behind.
class OutputWriter
{
public:
    virtual ~OutputWriter() = default;

    // Whether the writer needs each resource's JSON as received (InputLoader keepRaw).
    virtual bool needsRawJson() const { return false; }
    // False with a translated one-line `*error` when the data cannot be written this way.
    virtual bool render(const ExportOptions &options, const ExportData &data, QByteArray *bytes,
        QString *error) const = 0;
};

// The writer of `format`, or null when this build cannot write it (then the command stops
// with a usage error before reading anything). A new format is one more case here.
std::unique_ptr<OutputWriter> makeOutputWriter(ExportFormat format);

} // namespace bb::cli
