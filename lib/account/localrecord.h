#pragma once

#include "export/rawarchive.h"
#include "fhir/binarycodec.h"

#include <QDateTime>
#include <QString>

namespace bb::account {

// How far the kept copy of a person's data got, so the next sync asks only for what changed.
struct RecordState
{
    // Server clock: the newest meta.lastUpdated among the claims kept. The next sync asks
    // for claims updated after it (less a safety margin), so no clock of ours is involved.
    QDateTime newestClaimUpdate;
    // This computer's clock: the end of the last complete sync ("your data as of …") and of
    // the last one that downloaded everything.
    QDateTime lastSync;
    QDateTime lastFullSync;
    qint64 serverClaimTotal = -1; // what the server last counted; -1 when unknown
    QString accountName; // from userinfo, so a reopened record is named before any request
    bool complete = false; // the last sync had every page of everything
    bool patientNotShared = false; // the person chose not to share personal information

    friend bool operator==(const RecordState &, const RecordState &) = default;
};

// One person's data as the app holds it between runs: typed for the views (read back in a
// fraction of the time JSON takes), and as received for the Raw FHIR tab and the JSON export.
struct LocalRecord
{
    fhir::TypedResources typed;
    exporting::RawArchive raw;
    RecordState state;

    bool isEmpty() const
    {
        return typed.patients.isEmpty() && typed.coverages.isEmpty() && typed.claims.isEmpty();
    }
};

namespace incremental {

// Claims updated up to a day before the newest one kept are asked again: claims loaded in
// one batch on the server do not all carry the same time, and one asked twice costs nothing
// (they merge by id).
inline constexpr qint64 kSafetyMarginSecs = 24 * 3600;
// The API reports no deletions. Removals are caught by comparing counts at every sync; a
// full download once a week also catches a claim replaced by another with an older time.
// Medicare loads claims weekly, so a week is the longest a change could otherwise wait.
inline constexpr qint64 kFullSyncAfterDays = 7;
// The API asks clients not to send _lastUpdated dates before this (docs/api-notes.md).
QDateTime earliestLastUpdated();

// Whether the next sync must download everything: nothing kept, never complete, or the
// last full download is older than kFullSyncAfterDays.
bool needsFullSync(const RecordState &state, const QDateTime &now);
// The `_lastUpdated=gt` bound of an incremental sync; invalid for a full one.
QDateTime updatedSince(const RecordState &state);

// `changed` merged into `kept` by id: a changed claim replaces the kept one unless the kept
// copy is newer; new ones are appended in arrival order. The rule of ClaimListModel.
QList<fhir::Claim> mergeClaims(QList<fhir::Claim> kept, const QList<fhir::Claim> &changed);
QDateTime newestUpdate(const QList<fhir::Claim> &claims);

} // namespace incremental

} // namespace bb::account
