#include "store/snapshot.h"

#include <algorithm>

namespace bb::store {

namespace {

// QDateTime's == compares instants only; a round trip must also keep how the time was
// written (its offset), because that is what the server sent.
bool sameTime(const QDateTime &a, const QDateTime &b)
{
    if (a.isValid() != b.isValid())
        return false;
    if (!a.isValid())
        return true;
    return a == b && a.timeSpec() == b.timeSpec() && a.offsetFromUtc() == b.offsetFromUtc();
}

bool sameState(const SyncState &a, const SyncState &b)
{
    return a == b && sameTime(a.lastCompleteSync, b.lastCompleteSync)
        && sameTime(a.lastFullSync, b.lastFullSync);
}

} // namespace

qint64 Snapshot::jsonBytes() const
{
    qint64 total = 0;
    for (const fhir::RawResource &r : resources)
        total += r.json.size();
    return total;
}

bool sameResource(const fhir::RawResource &a, const fhir::RawResource &b)
{
    return a.resourceType == b.resourceType && a.id == b.id
        && sameTime(a.lastUpdated, b.lastUpdated) && a.fullUrl == b.fullUrl && a.json == b.json;
}

bool operator==(const Snapshot &a, const Snapshot &b)
{
    if (!sameTime(a.savedAt, b.savedAt) || a.resources.size() != b.resources.size()
        || a.syncStates.keys() != b.syncStates.keys() || a.appData != b.appData
        || a.resourcesCompressed != b.resourcesCompressed)
        return false;
    for (auto it = a.syncStates.cbegin(); it != a.syncStates.cend(); ++it) {
        if (!sameState(it.value(), b.syncStates.value(it.key())))
            return false;
    }
    return std::equal(
        a.resources.cbegin(), a.resources.cend(), b.resources.cbegin(), &sameResource);
}

} // namespace bb::store
