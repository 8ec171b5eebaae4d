#include "export/claimselection.h"

#include "models/claimrow.h"

namespace bb::exporting {

QList<fhir::Claim> filterClaims(const QList<fhir::Claim> &claims, const models::ClaimFilter &filter)
{
    if (filter.isPassThrough())
        return claims;
    QList<fhir::Claim> kept;
    for (const fhir::Claim &claim : claims) {
        // The row is what ClaimListModel builds for the claim; building it here keeps one
        // definition of "passes the filter" even for parts of the filter that read row texts.
        if (filter.accepts(models::makeClaimRow(claim)))
            kept.append(claim);
    }
    return kept;
}

} // namespace bb::exporting
