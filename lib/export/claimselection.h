#pragma once

#include "fhir/claim.h"
#include "models/claimfilter.h"

#include <QList>

namespace bb::exporting {

// The claims `filter` lets through, in their given order. Each claim is tested exactly as the
// claims list tests its rows (ClaimFilter::accepts on the row the list would show), so an
// export filters the way the app's claims tab does.
QList<fhir::Claim> filterClaims(
    const QList<fhir::Claim> &claims, const models::ClaimFilter &filter);

} // namespace bb::exporting
