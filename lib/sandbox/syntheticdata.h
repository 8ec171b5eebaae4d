#pragma once

#include "sandbox/claimgenerator.h"
#include "sandbox/datachanges.h"
#include "sandbox/datatimeline.h"
#include "sandbox/population.h"
#include "sandbox/sandboxclock.h"

#include <QByteArray>
#include <QCache>
#include <QHash>
#include <QList>
#include <QUrl>

#include <array>
#include <memory>
#include <vector>

namespace bb::sandbox {

// The sandbox's "BFD": every resource of every synthetic beneficiary, generated on demand
// from the seed and cached, so start-up costs nothing and repeated pages cost a lookup.
//
// Time: the history ends shortly before the clock's origin (SandboxClock::originMSecs()), and
// with data changes on (setChanges(), applyClaimChanges()) claims appear, change and vanish as
// the clock moves past the origin. What a beneficiary's data look like depends only on the
// seed, the changes, the origin and the clock's now, never on the requests made before.
class SyntheticData
{
public:
    // Without a clock the data follow a private real-time clock started here.
    explicit SyntheticData(quint64 seed, const SandboxClock *clock = nullptr);

    quint64 seed() const { return m_seed; }
    const Population &population() const { return m_population; }

    void setChanges(const DataChanges &changes);
    const DataChanges &changes() const { return m_changes; }
    // Applies a scripted change now (the clock's now) and says which claims it touched.
    AppliedChanges applyClaimChanges(const Beneficiary &bene, const ClaimChanges &changes);
    void updateDemographics(const Beneficiary &bene, Demographics which);

    // Days the data set's extraction (EOB `created`) and first load (meta.lastUpdated of
    // unchanged Patient and Coverage) move by for the clock's current origin (whole weeks).
    // Each beneficiary's claims move by their own whole weeks, so that the newest one was
    // loaded one to two weeks before the origin.
    qint64 historyShiftDays();
    // The first weekly load of the (shifted) history: meta.lastUpdated of unchanged resources.
    qint64 loadedAtMs();

    QByteArray patientJson(const Beneficiary &bene);
    qint64 patientLastUpdatedMs(const Beneficiary &bene);
    // Parts A, B, C and D, in that order (BFD's order).
    QList<QByteArray> coverageJson(const Beneficiary &bene);
    std::array<qint64, 4> coverageLastUpdatedMs(const Beneficiary &bene);
    std::shared_ptr<const ClaimList> claims(const Beneficiary &bene);
    QByteArray eobJson(const Beneficiary &bene, const ClaimStub &claim);
    // BB2's filtered CapabilityStatement with its SMART oauth-uris for `base`.
    QByteArray metadataJson(const QUrl &base) const;

private:
    struct Live
    {
        QByteArray version;
        std::shared_ptr<const ClaimList> claims;
        ProfileState profile;
    };
    void followClock();
    const Live &live(const Beneficiary &bene);
    std::shared_ptr<const ClaimList> baseClaims(const Beneficiary &bene);

    quint64 m_seed;
    Population m_population;
    ClaimGenerator m_generator;
    SandboxClock m_ownClock;
    const SandboxClock *m_clock;
    DataChanges m_changes;
    quint64 m_changesGeneration = 0; // new settings, new page cache keys
    qint64 m_originMs = -1;
    // Scripted changes per beneficiary index, in the order they were made.
    QHash<int, std::vector<ChangeEvent>> m_scripted;
    quint64 m_scriptedSequence = 0;
    QHash<int, std::shared_ptr<const ClaimList>> m_claimLists; // the history, unchanged
    QHash<int, Live> m_live;
    QCache<QString, QByteArray> m_eobCache;
};

} // namespace bb::sandbox
