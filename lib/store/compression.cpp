#include "store/compression.h"

#include <limits>
#include <zlib.h>
#include <zstd.h>

namespace bb::store {

namespace {

// A zlib stream with its uncompressed size in front (8 bytes, big-endian), so reading can
// allocate once. Qt's qCompress() stops at 4 GiB and at zlib's 32-bit lengths.
QByteArray zlibCompress(QByteArrayView data, int level)
{
    if (quint64(data.size()) > std::numeric_limits<uInt>::max())
        return {};
    z_stream stream {};
    if (deflateInit(&stream, level) != Z_OK)
        return {};
    QByteArray out(8 + qsizetype(deflateBound(&stream, uLong(data.size()))), Qt::Uninitialized);
    const quint64 size = quint64(data.size());
    for (int i = 0; i < 8; ++i)
        out[i] = char((size >> (56 - 8 * i)) & 0xff);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.data()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data() + 8);
    stream.avail_out = uInt(out.size() - 8);
    const int result = deflate(&stream, Z_FINISH);
    const qsizetype produced = qsizetype(stream.total_out);
    deflateEnd(&stream);
    if (result != Z_STREAM_END)
        return {};
    out.truncate(8 + produced);
    return out;
}

std::optional<QByteArray> zlibDecompress(QByteArrayView data, qint64 maxSize)
{
    if (data.size() < 8)
        return std::nullopt;
    quint64 size = 0;
    for (int i = 0; i < 8; ++i)
        size = (size << 8) | quint8(data[i]);
    if (size > quint64(maxSize) || size > quint64(std::numeric_limits<uInt>::max()))
        return std::nullopt;
    QByteArray out(qsizetype(size), Qt::Uninitialized);
    z_stream stream {};
    if (inflateInit(&stream) != Z_OK)
        return std::nullopt;
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.data() + 8));
    stream.avail_in = uInt(data.size() - 8);
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    const int result = inflate(&stream, Z_FINISH);
    const bool whole = result == Z_STREAM_END && stream.avail_in == 0 && stream.avail_out == 0;
    inflateEnd(&stream);
    if (!whole)
        return std::nullopt;
    return out;
}

QByteArray zstdCompress(QByteArrayView data, int level)
{
    QByteArray out(qsizetype(ZSTD_compressBound(std::size_t(data.size()))), Qt::Uninitialized);
    const std::size_t produced = ZSTD_compress(
        out.data(), std::size_t(out.size()), data.data(), std::size_t(data.size()), level);
    if (ZSTD_isError(produced))
        return {};
    out.truncate(qsizetype(produced));
    return out;
}

std::optional<QByteArray> zstdDecompress(QByteArrayView data, qint64 maxSize)
{
    // One-shot compression records the size in the frame header.
    const unsigned long long size = ZSTD_getFrameContentSize(data.data(), std::size_t(data.size()));
    if (size == ZSTD_CONTENTSIZE_ERROR || size == ZSTD_CONTENTSIZE_UNKNOWN
        || size > quint64(maxSize))
        return std::nullopt;
    if (ZSTD_findFrameCompressedSize(data.data(), std::size_t(data.size()))
        != std::size_t(data.size()))
        return std::nullopt;
    QByteArray out(qsizetype(size), Qt::Uninitialized);
    const std::size_t produced =
        ZSTD_decompress(out.data(), std::size_t(out.size()), data.data(), std::size_t(data.size()));
    if (ZSTD_isError(produced) || produced != size)
        return std::nullopt;
    return out;
}

} // namespace

QByteArray compress(QByteArrayView data, const CompressionChoice &choice)
{
    switch (choice.method) {
    case Compression::Zlib:
        return zlibCompress(data, choice.level);
    case Compression::Zstd:
        return zstdCompress(data, choice.level);
    }
    return {};
}

std::optional<QByteArray> decompress(QByteArrayView data, Compression method, qint64 maxSize)
{
    switch (method) {
    case Compression::Zlib:
        return zlibDecompress(data, maxSize);
    case Compression::Zstd:
        return zstdDecompress(data, maxSize);
    }
    return std::nullopt;
}

} // namespace bb::store
