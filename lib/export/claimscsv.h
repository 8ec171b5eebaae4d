#pragma once

#include "fhir/claim.h"

#include <QList>
#include <QStringList>

namespace bb::exporting {

// Stable column names of the claims and claim-lines CSV (documented in docs/export.md).
QStringList claimsCsvColumns();
QStringList claimLinesCsvColumns();

// What the header row and the claim type column say: the documented machine-readable keys
// ("billed_amount", "carrier"), or, for `bbviewer export --labels`, the words the screen uses
// ("Amount billed", "Doctor or other provider"), in the app's language. Everything else in
// the rows stays machine-readable (ISO dates, plain decimals, codes).
enum class CsvHeaders { Keys, Labels };

// The translated column titles, in the order of claimsCsvColumns() / claimLinesCsvColumns().
QStringList claimsCsvLabels();
QStringList claimLinesCsvLabels();

// One row per claim / per line item, in the order given.
QString claimsCsv(const QList<fhir::Claim> &claims, CsvHeaders headers = CsvHeaders::Keys);
QString claimLinesCsv(const QList<fhir::Claim> &claims, CsvHeaders headers = CsvHeaders::Keys);

} // namespace bb::exporting
