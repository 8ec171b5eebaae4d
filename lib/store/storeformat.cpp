#include "store/storeformat.h"

#include "store/compressionstream.h"
#include "store/sodium.h"

#include <QBuffer>
#include <QDataStream>
#include <QIODevice>

#include <algorithm>
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

namespace {

// Serialises into a small buffer that is handed to `sink` whenever it grows past a step, so
// the content never exists whole in memory on its way to the compressor.
template<typename Sink>
void writeSnapshot(const Snapshot &snapshot, Sink &&sink)
{
    constexpr qsizetype kStep = 1024 * 1024;
    QByteArray chunk;
    chunk.reserve(kStep * 2);
    QBuffer buffer(&chunk);
    buffer.open(QIODevice::WriteOnly);
    QDataStream out(&buffer);
    out.setVersion(kStreamVersion);
    const auto handOver = [&](bool last) {
        if (chunk.size() < kStep && !last)
            return;
        sink(QByteArrayView(chunk));
        chunk.resize(0);
        buffer.seek(0);
    };
    out << kContentVersion << snapshot.savedAt;
    out << quint32(snapshot.syncStates.size());
    for (auto it = snapshot.syncStates.cbegin(); it != snapshot.syncStates.cend(); ++it) {
        const SyncState &s = it.value();
        out << it.key() << s.lastCompleteSync << s.lastFullSync << s.resourceCount << s.serverTotal
            << s.failedPages;
    }
    out << snapshot.appData << snapshot.resourcesCompressed;
    out << quint64(snapshot.resources.size());
    for (const fhir::RawResource &r : snapshot.resources) {
        out << r.resourceType << r.id << r.lastUpdated << r.fullUrl << r.json;
        handOver(false);
    }
    handOver(true);
}

std::optional<Snapshot> readSnapshot(QIODevice *device)
{
    QDataStream in(device);
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
    if (in.status() != QDataStream::Ok)
        return std::nullopt;
    // The count is only trusted as far as the data bears it out.
    snapshot.resources.reserve(qsizetype(std::min<quint64>(count, 100000)));
    for (quint64 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        fhir::RawResource r;
        in >> r.resourceType >> r.id >> r.lastUpdated >> r.fullUrl >> r.json;
        snapshot.resources.append(std::move(r));
    }
    if (in.status() != QDataStream::Ok)
        return std::nullopt;
    return snapshot;
}

} // namespace

QByteArray serializeSnapshot(const Snapshot &snapshot)
{
    QByteArray bytes;
    bytes.reserve(snapshot.jsonBytes() + snapshot.resources.size() * 256 + 1024);
    writeSnapshot(snapshot, [&bytes](QByteArrayView piece) { bytes.append(piece); });
    return bytes;
}

std::optional<Snapshot> deserializeSnapshot(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    std::optional<Snapshot> snapshot = readSnapshot(&buffer);
    if (!snapshot || !buffer.atEnd())
        return std::nullopt;
    return snapshot;
}

QByteArray sealSnapshot(const Snapshot &snapshot, const StoreKey &key, const StoreBinding &binding,
    const CompressionChoice &compression)
{
    if (!ensureSodium() || key.isNull())
        return {};
    CompressingSink packer(compression);
    writeSnapshot(snapshot, [&packer](QByteArrayView piece) { packer.write(piece); });
    const QByteArray payload = packer.finish();
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
    // The sealed payload is small; what it unpacks to is read straight into the snapshot.
    DecompressingDevice plain(payload, Compression(method));
    std::optional<Snapshot> snapshot = readSnapshot(&plain);
    if (!snapshot || !plain.endedCleanly())
        return fail(u"content unreadable"_s);
    result.snapshot = std::move(*snapshot);
    return result;
}

} // namespace bb::store
