#pragma once

#include "fhir/claim.h"

#include <QList>
#include <QStringList>

namespace bb::exporting {

// Stable column names of the claims and claim-lines CSV (documented in docs/export.md).
QStringList claimsCsvColumns();
QStringList claimLinesCsvColumns();

// One row per claim / per line item, in the order given.
QString claimsCsv(const QList<fhir::Claim> &claims);
QString claimLinesCsv(const QList<fhir::Claim> &claims);

} // namespace bb::exporting
