#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace bb::store {

// How the plaintext of a store file is compressed before it is encrypted. The number is the
// one written in the file header (docs/store.md).
enum class Compression : quint8 {
    Zlib = 1, // kept readable; the benchmark compares it with zstd
    Zstd = 2, // what the store writes
};

struct CompressionChoice
{
    Compression method = Compression::Zstd;
    int level = 3; // zstd 3: see docs/store.md for the measurements behind it
};

// The whole of `data` in one frame. Empty on failure (never for valid input and level).
QByteArray compress(QByteArrayView data, const CompressionChoice &choice);
// nullopt when `data` is not one complete frame of `method`, or it would unpack to more than
// `maxSize` bytes.
std::optional<QByteArray> decompress(
    QByteArrayView data, Compression method, qint64 maxSize = qint64(4) << 30);

} // namespace bb::store
