#pragma once

#include <Qt>

namespace bb::models {

// Custom roles shared by every model of this layer, so views, proxies and exporters read any
// table the same way (docs/models.md). Qt::DisplayRole is the localised text on screen.
enum Role {
    // The underlying value to order by: QDate, qint64 cents, int, or a case-folded string.
    // Unknown values are an invalid QVariant and sort before everything else.
    SortRole = Qt::UserRole + 1,
    // The value an exporter writes: plain decimal for money ("1234.50"), ISO 8601 for dates,
    // stable keys for types ("carrier"), raw codes as received. Empty when unknown.
    ExportRole,
    // Money cells: qint64 cents; an invalid QVariant when the amount is unknown.
    CentsRole,
    // headerData(section, Qt::Horizontal, ColumnKeyRole): a stable, untranslated column key
    // ("service_start", "billed"), for exports and saved view settings.
    ColumnKeyRole,
    // Claim rows: the claim's resource id ("carrier--10000930038026").
    ClaimIdRole,
    // Claim rows: int(bb::fhir::ClaimType).
    ClaimTypeRole,
    // The value as received when it is a code the app does not know, else empty.
    RawValueRole,
};

} // namespace bb::models
