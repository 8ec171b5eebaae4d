#include "cli/csvoutput.h"

#include "export/atomicfile.h"
#include "export/claimscsv.h"
#include "export/claimselection.h"
#include "export/viewcsv.h"

namespace bb::cli {

bool CsvOutput::render(
    const ExportOptions &options, const ExportData &data, QByteArray *bytes, QString *) const
{
    const exporting::LoadedInput &in = data.input;
    QString csv;
    const auto headers =
        options.labels ? exporting::CsvHeaders::Labels : exporting::CsvHeaders::Keys;
    switch (options.what) {
    case ExportWhat::Claims:
        csv = exporting::claimsCsv(exporting::filterClaims(in.claims, options.filter), headers);
        break;
    case ExportWhat::ClaimLines:
        csv = exporting::claimLinesCsv(exporting::filterClaims(in.claims, options.filter), headers);
        break;
    case ExportWhat::Drugs:
        // The drugs model applies the filter itself, as the Drugs tab does.
        csv = exporting::drugsCsv(in.claims, options.filter);
        break;
    case ExportWhat::Coverage:
        csv = exporting::coverageCsv(in.coverages);
        break;
    case ExportWhat::Summary: // refused by the options: PDF only
        break;
    case ExportWhat::Patient:
        // The app shows one person; a file with several shows the first, as the app would.
        csv = exporting::patientCsv(
            in.patients.isEmpty() ? nullptr : &in.patients.constFirst(), data.patientNotShared);
        break;
    }
    *bytes = options.byteOrderMark ? exporting::utf8ByteOrderMark() : QByteArray();
    *bytes += csv.toUtf8();
    return true;
}

} // namespace bb::cli
