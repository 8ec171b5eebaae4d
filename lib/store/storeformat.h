#pragma once

#include "store/compression.h"
#include "store/snapshot.h"
#include "store/storekey.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

namespace bb::store {

// The store file, format 1 (docs/store.md has the reasons and the measurements):
//
//   offset  size  field
//        0     8  magic "BBVSTORE"
//        8     1  format version (1)
//        9     1  compression of the payload: 1 zlib, 2 zstd
//       10    24  libsodium crypto_secretstream_xchacha20poly1305 header
//       34     …  the payload sealed in chunks of 64 KiB (the last one shorter), each one
//                 17 bytes longer than its plaintext; only the last is tagged FINAL
//
// Every chunk carries associated data that binds it to this file's place:
//   magic, format version, compression,
//   u32 length + UTF-8 environment id, u32 length + UTF-8 patient id (big-endian lengths)
// so a file that was tampered with, cut short (no FINAL chunk), extended (data after FINAL),
// sealed under another key, or belongs to another person or environment fails to open.
//
// The payload is the compressed content, a QDataStream (Qt 6.4, big-endian):
//   u32 content version (1), QDateTime savedAt,
//   u32 n, then n times: QString resource type, QDateTime lastCompleteSync,
//       QDateTime lastFullSync, i64 resourceCount, i64 serverTotal, QStringList failedPages
//   QByteArray appData, bool resourcesCompressed
//   u64 m, then m times: QString resourceType, QString id, QDateTime lastUpdated,
//       QString fullUrl, QByteArray json (the bytes as received)
// and nothing after it.

inline constexpr char kStoreMagic[] = "BBVSTORE"; // 8 bytes in the file, no terminator
inline constexpr quint8 kStoreFormatVersion = 1;
inline constexpr qsizetype kStoreChunkSize = 64 * 1024;

// Whose data a file holds: part of what every chunk is authenticated with.
struct StoreBinding
{
    QString environment; // auth::Environment::id()
    QString patientId;
};

// The content, serialised and back (the layout above, before compression).
QByteArray serializeSnapshot(const Snapshot &snapshot);
std::optional<Snapshot> deserializeSnapshot(const QByteArray &bytes);

// The whole file for `snapshot`. Empty only when libsodium cannot be used.
QByteArray sealSnapshot(const Snapshot &snapshot, const StoreKey &key, const StoreBinding &binding,
    const CompressionChoice &compression = {});

struct OpenedSnapshot
{
    Snapshot snapshot;
    // Empty on success; otherwise what is wrong, for logs (never any stored data).
    QString failure;

    bool ok() const { return failure.isEmpty(); }
};

// Reads a whole file. Any failure means the file cannot be trusted: damaged, cut short,
// sealed under another key, or another person's.
OpenedSnapshot openSnapshot(QByteArrayView file, const StoreKey &key, const StoreBinding &binding);

} // namespace bb::store
