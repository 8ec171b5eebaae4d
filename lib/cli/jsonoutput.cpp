#include "cli/jsonoutput.h"

#include "export/claimselection.h"
#include "export/collectionbundle.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace bb::cli {

QList<fhir::RawResource> JsonOutput::select(const ExportOptions &options, const ExportData &data)
{
    const exporting::LoadedInput &in = data.input;
    QList<fhir::RawResource> out;
    const auto ofType = [&](QLatin1StringView type) {
        for (const fhir::RawResource &r : in.raw) {
            if (r.resourceType == type)
                out.append(r);
        }
    };
    switch (options.what) {
    case ExportWhat::Patient:
        ofType("Patient"_L1);
        return out;
    case ExportWhat::Coverage:
        ofType("Coverage"_L1);
        return out;
    case ExportWhat::Claims:
    case ExportWhat::ClaimLines:
    case ExportWhat::Drugs:
    case ExportWhat::Summary: // refused by the options: PDF only
        break;
    }
    // The typed claims decide (filters, order); the raw copies are the same winners, as both
    // lists were de-duplicated by the same rule.
    QHash<QString, qsizetype> rawClaim;
    for (qsizetype i = 0; i < in.raw.size(); ++i) {
        if (in.raw.at(i).resourceType == "ExplanationOfBenefit"_L1)
            rawClaim.insert(in.raw.at(i).id, i);
    }
    const QList<fhir::Claim> kept = exporting::filterClaims(in.claims, options.filter);
    for (const fhir::Claim &claim : kept) {
        if (options.what == ExportWhat::Drugs && claim.type != fhir::ClaimType::Pde)
            continue;
        const auto it = rawClaim.constFind(claim.id);
        if (it != rawClaim.constEnd())
            out.append(in.raw.at(*it));
    }
    return out;
}

bool JsonOutput::render(
    const ExportOptions &options, const ExportData &data, QByteArray *bytes, QString *) const
{
    *bytes = exporting::collectionBundle(select(options, data));
    return true;
}

} // namespace bb::cli
