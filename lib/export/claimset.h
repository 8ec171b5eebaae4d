#pragma once

#include "fhir/claim.h"

#include <QList>

namespace bb::exporting {

// Claims gathered from several pages or files: one per id, newest service first.
// A later copy of an id replaces an earlier one only when its lastUpdated is newer.
void mergeClaims(QList<fhir::Claim> &into, QList<fhir::Claim> &&more);
void sortNewestFirst(QList<fhir::Claim> &claims);

} // namespace bb::exporting
