#pragma once

#include "fhir/rawresource.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace bb::store {

// What the app knows about the download of one resource type ("Patient", "Coverage",
// "ExplanationOfBenefit"), so the next start can ask the server only for what changed.
// The store keeps exactly what the caller gives it.
struct SyncState
{
    // Server time (Bundle meta.lastUpdated, or the Date header) of the last sync that
    // completed; invalid when none has.
    QDateTime lastCompleteSync;
    // Server time of the last sync that fetched everything rather than what changed.
    QDateTime lastFullSync;
    qint64 resourceCount = 0; // resources of this type held after that sync
    qint64 serverTotal = -1; // Bundle.total the server last reported; -1 when unknown
    QStringList failedPages; // URLs of the pages that failed, to fetch again

    friend bool operator==(const SyncState &, const SyncState &) = default;
};

// Everything the store keeps for one person: the resources exactly as the server sent them,
// and how far each type's download got. A value type; safe to hand between threads.
struct Snapshot
{
    QDateTime savedAt; // when it was saved; LocalStore::save() fills it in when invalid
    QList<fhir::RawResource> resources; // in the caller's order, bytes as received
    QMap<QString, SyncState> syncStates; // by resource type
    // The application's own data, kept as given: the app puts its typed resources and sync
    // position here, so it reopens without reading JSON.
    QByteArray appData;
    // Each resource's `json` holds its bytes zlib-compressed (qCompress), as the app's raw
    // archive keeps them, rather than as received: neither saving nor opening compresses them
    // again.
    bool resourcesCompressed = false;

    bool isEmpty() const { return resources.isEmpty() && syncStates.isEmpty(); }
    // Bytes of JSON held: what a sync would have to download again without the store.
    qint64 jsonBytes() const;
};

// Field by field, the JSON byte for byte and the times with their offsets: a loaded snapshot
// compares equal to the one that was saved.
bool sameResource(const fhir::RawResource &a, const fhir::RawResource &b);
bool operator==(const Snapshot &a, const Snapshot &b);

} // namespace bb::store
