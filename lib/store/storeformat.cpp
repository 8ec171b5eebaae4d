#include "store/storeformat.h"

#include "store/sodium.h"

#include <QDataStream>
#include <QIODevice>

#include <cstring>
#include <sodium.h>

using namespace Qt::StringLiterals;

namespace bb::store {

namespace {

constexpr qsizetype kMagicSize = 8;
constexpr qsizetype kHeaderSize = crypto_secretstream_xchacha20poly1305_HEADERBYTES;
constexpr qsizetype kPrefixSize = kMagicSize + 2;
constexpr qsizetype kOverhead = crypto_secretstream_xchacha20poly1305_ABYTES;
constexpr quint32 kContentVersion = 1;
constexpr QDataStream::Version kStreamVersion = QDataStream::Qt_6_4;

static_assert(sizeof kStoreMagic == kMagicSize + 1);

void appendLengthPrefixed(QByteArray &out, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    const quint32 n = quint32(utf8.size());
    const char length[4] = {char(n >> 24), char(n >> 16), char(n >> 8), char(n)};
    out.append(length, 4);
    out.append(utf8);
}

QByteArray associatedData(quint8 compression, const StoreBinding &binding)
{
    QByteArray ad(kStoreMagic, kMagicSize);
    ad.append(char(kStoreFormatVersion));
    ad.append(char(compression));
    appendLengthPrefixed(ad, binding.environment);
    appendLengthPrefixed(ad, binding.patientId);
    return ad;
}

// The stream state holds the key derived for this file.
struct StreamState
{
    crypto_secretstream_xchacha20poly1305_state state;
    ~StreamState() { sodium_memzero(&state, sizeof state); }
};

bool knownCompression(quint8 value)
{
    return value == quint8(Compression::Zlib) || value == quint8(Compression::Zstd);
}

} // namespace

QByteArray serializeSnapshot(const Snapshot &snapshot)
{
    QByteArray bytes;
    bytes.reserve(snapshot.jsonBytes() + snapshot.resources.size() * 256 + 1024);
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(kStreamVersion);
    out << kContentVersion << snapshot.savedAt;
    out << quint32(snapshot.syncStates.size());
    for (auto it = snapshot.syncStates.cbegin(); it != snapshot.syncStates.cend(); ++it) {
        const SyncState &s = it.value();
        out << it.key() << s.lastCompleteSync << s.lastFullSync << s.resourceCount << s.serverTotal
            << s.failedPages;
    }
    out << snapshot.appData << snapshot.resourcesCompressed;
    out << quint64(snapshot.resources.size());
    for (const fhir::RawResource &r : snapshot.resources)
        out << r.resourceType << r.id << r.lastUpdated << r.fullUrl << r.json;
    return bytes;
}

std::optional<Snapshot> deserializeSnapshot(const QByteArray &bytes)
{
    QDataStream in(bytes);
    in.setVersion(kStreamVersion);
    quint32 version = 0;
    Snapshot snapshot;
    in >> version;
    if (version != kContentVersion)
        return std::nullopt;
    in >> snapshot.savedAt;
    quint32 states = 0;
    in >> states;
    for (quint32 i = 0; i < states && in.status() == QDataStream::Ok; ++i) {
        QString type;
        SyncState s;
        in >> type >> s.lastCompleteSync >> s.lastFullSync >> s.resourceCount >> s.serverTotal
            >> s.failedPages;
        snapshot.syncStates.insert(type, s);
    }
    in >> snapshot.appData >> snapshot.resourcesCompressed;
    quint64 count = 0;
    in >> count;
    // Each resource takes at least its five length fields: a larger count is a lie, and
    // reserving for it would allocate without bound.
    if (in.status() != QDataStream::Ok || count > quint64(bytes.size()) / 20)
        return std::nullopt;
    snapshot.resources.reserve(qsizetype(count));
    for (quint64 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        fhir::RawResource r;
        in >> r.resourceType >> r.id >> r.lastUpdated >> r.fullUrl >> r.json;
        snapshot.resources.append(std::move(r));
    }
    if (in.status() != QDataStream::Ok || !in.atEnd())
        return std::nullopt;
    return snapshot;
}

QByteArray sealSnapshot(const Snapshot &snapshot, const StoreKey &key, const StoreBinding &binding,
    const CompressionChoice &compression)
{
    if (!ensureSodium() || key.isNull())
        return {};
    const QByteArray payload = compress(serializeSnapshot(snapshot), compression);
    if (payload.isEmpty())
        return {};
    const quint8 method = quint8(compression.method);
    const QByteArray ad = associatedData(method, binding);
    const qsizetype chunks = (payload.size() + kStoreChunkSize - 1) / kStoreChunkSize;

    QByteArray file(
        kPrefixSize + kHeaderSize + payload.size() + chunks * kOverhead, Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(file.data());
    std::memcpy(out, kStoreMagic, kMagicSize);
    out[kMagicSize] = kStoreFormatVersion;
    out[kMagicSize + 1] = method;
    StreamState push;
    crypto_secretstream_xchacha20poly1305_init_push(&push.state, out + kPrefixSize, key.data());
    unsigned char *cursor = out + kPrefixSize + kHeaderSize;
    const auto *in = reinterpret_cast<const unsigned char *>(payload.constData());
    for (qsizetype offset = 0; offset < payload.size(); offset += kStoreChunkSize) {
        const qsizetype length = std::min(kStoreChunkSize, payload.size() - offset);
        const bool last = offset + length == payload.size();
        unsigned long long written = 0;
        crypto_secretstream_xchacha20poly1305_push(&push.state, cursor, &written, in + offset,
            std::size_t(length), reinterpret_cast<const unsigned char *>(ad.constData()),
            std::size_t(ad.size()),
            last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL
                 : crypto_secretstream_xchacha20poly1305_TAG_MESSAGE);
        cursor += written;
    }
    Q_ASSERT(cursor == out + file.size());
    return file;
}

OpenedSnapshot openSnapshot(QByteArrayView file, const StoreKey &key, const StoreBinding &binding)
{
    OpenedSnapshot result;
    const auto fail = [&result](QString why) {
        result.failure = std::move(why);
        return result;
    };
    if (!ensureSodium())
        return fail(u"libsodium unavailable"_s);
    if (key.isNull())
        return fail(u"no key"_s);
    if (file.size() < kPrefixSize || std::memcmp(file.data(), kStoreMagic, kMagicSize) != 0)
        return fail(u"not a store file"_s);
    const auto *bytes = reinterpret_cast<const unsigned char *>(file.data());
    if (bytes[kMagicSize] != kStoreFormatVersion)
        return fail(u"unknown format version %1"_s.arg(bytes[kMagicSize]));
    const quint8 method = bytes[kMagicSize + 1];
    if (!knownCompression(method))
        return fail(u"unknown compression %1"_s.arg(method));
    if (file.size() < kPrefixSize + kHeaderSize + kOverhead)
        return fail(u"cut short in the header"_s);

    StreamState pull;
    if (crypto_secretstream_xchacha20poly1305_init_pull(
            &pull.state, bytes + kPrefixSize, key.data())
        != 0)
        return fail(u"invalid stream header"_s);
    const QByteArray ad = associatedData(method, binding);
    const qsizetype sealedChunk = kStoreChunkSize + kOverhead;
    const qsizetype body = file.size() - kPrefixSize - kHeaderSize;
    const qsizetype chunks = (body + sealedChunk - 1) / sealedChunk;
    QByteArray payload(body - chunks * kOverhead, Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(payload.data());
    const unsigned char *cursor = bytes + kPrefixSize + kHeaderSize;
    const unsigned char *end = bytes + file.size();
    bool final = false;
    for (qsizetype chunk = 0; cursor < end; ++chunk) {
        if (final)
            return fail(u"data after the final chunk"_s);
        const qsizetype length = std::min(sealedChunk, qsizetype(end - cursor));
        if (length <= kOverhead)
            return fail(u"chunk %1 cut short"_s.arg(chunk));
        unsigned long long produced = 0;
        unsigned char tag = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(&pull.state, out, &produced, &tag, cursor,
                std::size_t(length), reinterpret_cast<const unsigned char *>(ad.constData()),
                std::size_t(ad.size()))
            != 0)
            return fail(u"chunk %1 failed authentication (changed, wrong key, or another "
                        "person's or environment's file)"_s.arg(chunk));
        final = tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;
        if (!final && length < sealedChunk)
            return fail(u"chunk %1 is short but not final"_s.arg(chunk));
        out += produced;
        cursor += length;
    }
    if (!final)
        return fail(u"ends before the final chunk (cut short)"_s);
    std::optional<QByteArray> plain = decompress(payload, Compression(method));
    if (!plain)
        return fail(u"payload does not decompress"_s);
    std::optional<Snapshot> snapshot = deserializeSnapshot(*plain);
    if (!snapshot)
        return fail(u"content unreadable"_s);
    result.snapshot = std::move(*snapshot);
    return result;
}

} // namespace bb::store
