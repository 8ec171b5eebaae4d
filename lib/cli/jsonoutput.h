#pragma once

#include "cli/outputwriter.h"

namespace bb::cli {

// --format json: the FHIR JSON exactly as received, in one collection Bundle
// (exporting::collectionBundle): for claims and claim-lines the ExplanationOfBenefit
// resources the filters let through, newest first; for drugs only the Part D (pde) ones; for
// coverage every Coverage; for patient the Patient.
class JsonOutput : public OutputWriter
{
public:
    bool needsRawJson() const override { return true; }
    bool render(const ExportOptions &options, const ExportData &data, QByteArray *bytes,
        QString *error) const override;

    // The resources written, in order (for tests and for a caller that writes them itself).
    static QList<fhir::RawResource> select(const ExportOptions &options, const ExportData &data);
};

} // namespace bb::cli
