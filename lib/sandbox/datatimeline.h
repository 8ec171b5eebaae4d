#pragma once

#include "sandbox/claimgenerator.h"
#include "sandbox/datachanges.h"

#include <array>
#include <vector>

namespace bb::sandbox {

// One change to a beneficiary's data at a moment of sandbox time.
struct ChangeEvent
{
    enum class Kind : quint8 { AddClaim, UpdateClaim, RemoveClaim, UpdatePatient, UpdateCoverage };
    qint64 atMs = 0;
    Kind kind = Kind::AddClaim;
    quint64 draw = 0; // seeds what the change picks and makes
};

// Patient and Coverage (parts A, B, C, D) as the changes left them.
struct ProfileState
{
    qint64 patientUpdatedMs = 0;
    int patientRevision = 0;
    std::array<qint64, 4> coverageUpdatedMs {};
    std::array<int, 4> coverageRevision {};
};

// The daily changes of one beneficiary that happen in (fromMs, toMs], in time order. Each
// day's and each kind's draws depend on (seed, beneficiary, day, kind) only.
std::vector<ChangeEvent> dailyChanges(
    const DataChanges &changes, int beneIndex, qint64 fromMs, qint64 toMs);

// The events of a scripted change at `atMs`; `sequence` tells apart two scripted changes with
// the same seed.
std::vector<ChangeEvent> scriptedChanges(
    const ClaimChanges &changes, int beneIndex, qint64 atMs, quint64 sequence);

// Applies `events` in order. Claims come out unsorted (the caller restores BFD's order).
void applyChanges(const std::vector<ChangeEvent> &events, const Beneficiary &bene,
    std::vector<ClaimStub> &claims, ProfileState &profile);

} // namespace bb::sandbox
