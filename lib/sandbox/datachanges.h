#pragma once

#include <QString>
#include <QStringList>

namespace bb::sandbox {

// Data that changes while sandbox time passes, so that incremental sync (`_lastUpdated=gt…`)
// has something to find. Off by default. Rates are expected events per beneficiary per day;
// each day's events come from (seed, beneficiary, day) alone, so the same seed and the same
// sandbox time give the same bytes whatever was requested before.
struct DataChanges
{
    quint64 seed = 0;
    double claimsAddedPerDay = 0.0; // new claims, serviced a few days before they appear
    double claimsUpdatedPerDay = 0.0; // same id, newer meta.lastUpdated, revised amounts
    double claimsRemovedPerDay = 0.0; // the claim disappears (the API reports no deletions)
    double demographicsUpdatedPerDay = 0.0; // Patient (address) or one Coverage part

    bool enabled() const
    {
        return claimsAddedPerDay > 0 || claimsUpdatedPerDay > 0 || claimsRemovedPerDay > 0
            || demographicsUpdatedPerDay > 0;
    }

    // The defaults of `--churn SEED`: a busy beneficiary, a change every day or so.
    static DataChanges withDefaults(quint64 seed) { return {seed, 1.0, 0.5, 0.05, 0.02}; }
};

// Changes a test applies to one beneficiary at the sandbox's current time, on top of the
// daily ones. Which claims are updated or removed is drawn from `seed`.
struct ClaimChanges
{
    int added = 0;
    int updated = 0;
    int removed = 0;
    quint64 seed = 1;
};

// What a scripted change did, as EOB resource ids ("carrier--10000930038026").
struct AppliedChanges
{
    QStringList added;
    QStringList updated;
    QStringList removed;
};

enum class Demographics { Patient, Coverage };

} // namespace bb::sandbox
