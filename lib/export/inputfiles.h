#pragma once

#include "fhir/bundle.h"

#include <QStringList>

namespace bb::exporting {

// Everything read from the files and folders given with --input.
struct LoadedInput
{
    QList<fhir::Patient> patients;
    QList<fhir::Coverage> coverages;
    QList<fhir::Claim> claims; // one per id, newest first
    int fileCount = 0;
    QString error; // the first problem, one line; empty when all input was read
};

// Reads JSON files, and every *.json file inside folders (recursively, in name order).
// Any missing file, unreadable file, malformed JSON or non-FHIR document is an error: the
// export must not quietly leave out data the user asked for.
LoadedInput loadInputs(const QStringList &paths);

} // namespace bb::exporting
