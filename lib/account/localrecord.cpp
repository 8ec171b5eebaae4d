#include "account/localrecord.h"

#include <QHash>

namespace bb::account::incremental {

QDateTime earliestLastUpdated()
{
    return QDateTime(QDate(2020, 2, 12), QTime(0, 0), Qt::UTC);
}

bool needsFullSync(const RecordState &state, const QDateTime &now)
{
    if (!state.lastFullSync.isValid() || !state.lastSync.isValid()
        || !state.newestClaimUpdate.isValid())
        return true;
    return state.lastFullSync.secsTo(now) > kFullSyncAfterDays * 24 * 3600
        || state.lastFullSync > now; // a clock set back: trust nothing
}

QDateTime updatedSince(const RecordState &state)
{
    if (!state.newestClaimUpdate.isValid())
        return {};
    return std::max(state.newestClaimUpdate.addSecs(-kSafetyMarginSecs), earliestLastUpdated());
}

QList<fhir::Claim> mergeClaims(QList<fhir::Claim> kept, const QList<fhir::Claim> &changed)
{
    QHash<QString, qsizetype> rowById;
    rowById.reserve(kept.size() + changed.size());
    for (qsizetype i = 0; i < kept.size(); ++i)
        rowById.insert(kept.at(i).id, i);
    for (const fhir::Claim &claim : changed) {
        const auto it = rowById.constFind(claim.id);
        if (it == rowById.cend()) {
            rowById.insert(claim.id, kept.size());
            kept.append(claim);
            continue;
        }
        const fhir::Claim &old = kept.at(*it);
        if (old.lastUpdated.isValid() && claim.lastUpdated.isValid()
            && claim.lastUpdated < old.lastUpdated)
            continue;
        kept[*it] = claim;
    }
    return kept;
}

QDateTime newestUpdate(const QList<fhir::Claim> &claims)
{
    QDateTime newest;
    for (const fhir::Claim &claim : claims) {
        if (claim.lastUpdated.isValid() && (!newest.isValid() || claim.lastUpdated > newest))
            newest = claim.lastUpdated;
    }
    return newest;
}

} // namespace bb::account::incremental
