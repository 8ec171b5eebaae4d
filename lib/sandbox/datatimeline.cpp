#include "sandbox/datatimeline.h"

#include "sandbox/prng.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace bb::sandbox {

namespace {

constexpr qint64 kDayMs = 86400000;

// A whole number of events whose expected value is `rate`.
int eventCount(double rate, Prng &prng)
{
    if (rate <= 0)
        return 0;
    const double whole = std::floor(rate);
    return int(whole) + (prng.chance(rate - whole) ? 1 : 0);
}

qint64 dayOf(qint64 ms)
{
    return ms >= 0 ? ms / kDayMs : (ms - kDayMs + 1) / kDayMs;
}

} // namespace

std::vector<ChangeEvent> dailyChanges(
    const DataChanges &changes, int beneIndex, qint64 fromMs, qint64 toMs)
{
    std::vector<ChangeEvent> out;
    if (!changes.enabled() || toMs <= fromMs)
        return out;
    using Kind = ChangeEvent::Kind;
    const struct
    {
        Kind kind;
        double rate;
    } kinds[] = {{Kind::AddClaim, changes.claimsAddedPerDay},
        {Kind::UpdateClaim, changes.claimsUpdatedPerDay},
        {Kind::RemoveClaim, changes.claimsRemovedPerDay},
        {Kind::UpdatePatient, changes.demographicsUpdatedPerDay}};
    for (qint64 day = dayOf(fromMs); day <= dayOf(toMs); ++day) {
        for (const auto &k : kinds) {
            if (k.rate <= 0)
                continue;
            Prng prng(Prng::mix(
                changes.seed, quint64(beneIndex), quint64(day), 0xda11 + quint64(k.kind)));
            const int n = eventCount(k.rate, prng);
            for (int i = 0; i < n; ++i) {
                ChangeEvent e;
                e.kind = k.kind;
                e.atMs = day * kDayMs + qint64(prng.below(quint32(kDayMs)));
                e.draw = prng.next();
                if (e.kind == Kind::UpdatePatient && prng.chance(0.5))
                    e.kind = Kind::UpdateCoverage;
                if (e.atMs > fromMs && e.atMs <= toMs)
                    out.push_back(e);
            }
        }
    }
    std::stable_sort(out.begin(), out.end(),
        [](const ChangeEvent &a, const ChangeEvent &b) { return a.atMs < b.atMs; });
    return out;
}

std::vector<ChangeEvent> scriptedChanges(
    const ClaimChanges &changes, int beneIndex, qint64 atMs, quint64 sequence)
{
    std::vector<ChangeEvent> out;
    Prng prng(Prng::mix(changes.seed, quint64(beneIndex), sequence, 0x5c41));
    auto add = [&](ChangeEvent::Kind kind, int n) {
        for (int i = 0; i < n; ++i)
            out.push_back({atMs, kind, prng.next()});
    };
    add(ChangeEvent::Kind::AddClaim, changes.added);
    add(ChangeEvent::Kind::UpdateClaim, changes.updated);
    add(ChangeEvent::Kind::RemoveClaim, changes.removed);
    return out;
}

void applyChanges(const std::vector<ChangeEvent> &events, const Beneficiary &bene,
    std::vector<ClaimStub> &claims, ProfileState &profile)
{
    QSet<QByteArray> taken;
    bool takenBuilt = false;
    for (const ChangeEvent &e : events) {
        Prng prng(e.draw);
        switch (e.kind) {
        case ChangeEvent::Kind::AddClaim:
            if (!takenBuilt) {
                taken.reserve(qsizetype(claims.size()) + 16);
                for (const ClaimStub &c : claims)
                    taken.insert(c.claimId);
                takenBuilt = true;
            }
            claims.push_back(ClaimGenerator::newClaim(bene, e.draw, e.atMs, taken));
            taken.insert(claims.back().claimId);
            break;
        case ChangeEvent::Kind::UpdateClaim:
            if (!claims.empty()) {
                ClaimStub &c = claims[prng.below(quint32(claims.size()))];
                c.lastUpdatedMs = std::max(e.atMs, c.lastUpdatedMs + 1);
                ++c.revision;
            }
            break;
        case ChangeEvent::Kind::RemoveClaim:
            if (!claims.empty()) {
                const auto at = claims.begin() + qsizetype(prng.below(quint32(claims.size())));
                claims.erase(at);
            }
            break;
        case ChangeEvent::Kind::UpdatePatient:
            profile.patientUpdatedMs = e.atMs;
            ++profile.patientRevision;
            break;
        case ChangeEvent::Kind::UpdateCoverage: {
            const auto part = std::size_t(prng.below(4));
            profile.coverageUpdatedMs[part] = e.atMs;
            ++profile.coverageRevision[part];
            break;
        }
        }
    }
}

} // namespace bb::sandbox
