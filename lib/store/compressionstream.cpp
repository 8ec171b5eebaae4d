#include "store/compressionstream.h"

#include <algorithm>
#include <zlib.h>
#include <zstd.h>

namespace bb::store {

namespace {

constexpr qsizetype kOutputStep = 256 * 1024;
constexpr qsizetype kZlibSizeBytes = 8; // the frame's big-endian uncompressed size

} // namespace

struct CompressingSink::State
{
    Compression method = Compression::Zstd;
    QByteArray out;
    qsizetype used = 0;
    quint64 total = 0;
    bool ok = true;
    z_stream zlib {};
    ZSTD_CCtx *zstd = nullptr;

    // Room for at least one more step of output after `used`.
    void makeRoom()
    {
        if (out.size() - used < kOutputStep)
            out.resize(used + std::max(kOutputStep, used / 2));
    }

    bool deflateSome(int flush)
    {
        for (;;) {
            makeRoom();
            zlib.next_out = reinterpret_cast<Bytef *>(out.data() + used);
            zlib.avail_out = uInt(out.size() - used);
            const int result = deflate(&zlib, flush);
            used = out.size() - qsizetype(zlib.avail_out);
            if (result == Z_STREAM_ERROR)
                return false;
            if (flush == Z_FINISH ? result == Z_STREAM_END : zlib.avail_in == 0)
                return true;
        }
    }

    bool zstdSome(ZSTD_inBuffer &in, ZSTD_EndDirective mode)
    {
        for (;;) {
            makeRoom();
            ZSTD_outBuffer o {out.data() + used, std::size_t(out.size() - used), 0};
            const std::size_t left = ZSTD_compressStream2(zstd, &o, &in, mode);
            used += qsizetype(o.pos);
            if (ZSTD_isError(left))
                return false;
            if (mode == ZSTD_e_end ? left == 0 : in.pos == in.size)
                return true;
        }
    }
};

CompressingSink::CompressingSink(const CompressionChoice &choice)
    : d(std::make_unique<State>())
{
    d->method = choice.method;
    if (choice.method == Compression::Zlib) {
        d->ok = deflateInit(&d->zlib, choice.level) == Z_OK;
        d->out.resize(kZlibSizeBytes); // filled in by finish()
        d->used = kZlibSizeBytes;
    } else {
        d->zstd = ZSTD_createCCtx();
        d->ok = d->zstd
            && !ZSTD_isError(
                ZSTD_CCtx_setParameter(d->zstd, ZSTD_c_compressionLevel, choice.level));
    }
}

CompressingSink::~CompressingSink()
{
    if (d->method == Compression::Zlib)
        deflateEnd(&d->zlib);
    else
        ZSTD_freeCCtx(d->zstd);
}

bool CompressingSink::write(QByteArrayView piece)
{
    if (!d->ok || piece.isEmpty())
        return d->ok;
    d->total += quint64(piece.size());
    if (d->method == Compression::Zlib) {
        // zlib counts in 32 bits: hand it the piece in parts that fit.
        for (qsizetype offset = 0; offset < piece.size() && d->ok;) {
            const qsizetype part = std::min<qsizetype>(piece.size() - offset, 1 << 30);
            d->zlib.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(piece.data() + offset));
            d->zlib.avail_in = uInt(part);
            d->ok = d->deflateSome(Z_NO_FLUSH);
            offset += part;
        }
    } else {
        ZSTD_inBuffer in {piece.data(), std::size_t(piece.size()), 0};
        d->ok = d->zstdSome(in, ZSTD_e_continue);
    }
    return d->ok;
}

QByteArray CompressingSink::finish()
{
    if (d->ok && d->method == Compression::Zlib) {
        d->zlib.avail_in = 0;
        d->ok = d->deflateSome(Z_FINISH);
        for (int i = 0; i < kZlibSizeBytes; ++i)
            d->out[i] = char((d->total >> (56 - 8 * i)) & 0xff);
    } else if (d->ok) {
        ZSTD_inBuffer none {nullptr, 0, 0};
        d->ok = d->zstdSome(none, ZSTD_e_end);
    }
    if (!d->ok)
        return {};
    d->out.truncate(d->used);
    return std::move(d->out);
}

struct DecompressingDevice::State
{
    Compression method = Compression::Zstd;
    QByteArrayView frame;
    qsizetype position = 0; // in `frame`
    quint64 produced = 0;
    quint64 limit = 0;
    quint64 expected = 0; // zlib: the size the frame announces
    bool ended = false; // the frame is complete and everything in it was read
    bool failed = false;
    z_stream zlib {};
    ZSTD_DCtx *zstd = nullptr;
};

DecompressingDevice::DecompressingDevice(QByteArrayView frame, Compression method, qint64 maxSize)
    : d(std::make_unique<State>())
{
    d->method = method;
    d->frame = frame;
    d->limit = quint64(std::max<qint64>(0, maxSize));
    if (method == Compression::Zlib) {
        if (frame.size() < kZlibSizeBytes) {
            d->failed = true;
        } else {
            for (int i = 0; i < kZlibSizeBytes; ++i)
                d->expected = (d->expected << 8) | quint8(frame[i]);
            d->position = kZlibSizeBytes;
            d->failed = d->expected > d->limit || inflateInit(&d->zlib) != Z_OK;
        }
    } else {
        d->zstd = ZSTD_createDCtx();
        d->failed = !d->zstd;
    }
    // Unbuffered: QDataStream's reads arrive here as asked, with no read-ahead to account for.
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

DecompressingDevice::~DecompressingDevice()
{
    if (d->method == Compression::Zlib)
        inflateEnd(&d->zlib);
    else
        ZSTD_freeDCtx(d->zstd);
}

qint64 DecompressingDevice::readData(char *data, qint64 maxSize)
{
    if (d->failed)
        return -1;
    qint64 filled = 0;
    while (filled < maxSize && !d->ended) {
        const qsizetype inBefore = d->position;
        const qint64 outBefore = filled;
        if (d->method == Compression::Zlib) {
            const qsizetype inputLeft = d->frame.size() - d->position;
            d->zlib.next_in =
                reinterpret_cast<Bytef *>(const_cast<char *>(d->frame.data() + d->position));
            d->zlib.avail_in = uInt(std::min<qsizetype>(inputLeft, 1 << 30));
            d->zlib.next_out = reinterpret_cast<Bytef *>(data + filled);
            d->zlib.avail_out = uInt(std::min<qint64>(maxSize - filled, 1 << 30));
            const uInt inputGiven = d->zlib.avail_in;
            const uInt outputGiven = d->zlib.avail_out;
            const int result = inflate(&d->zlib, Z_NO_FLUSH);
            d->position += qsizetype(inputGiven - d->zlib.avail_in);
            filled += qint64(outputGiven - d->zlib.avail_out);
            if (result == Z_STREAM_END)
                d->ended = true;
            else if (result != Z_OK && result != Z_BUF_ERROR)
                d->failed = true;
        } else {
            ZSTD_inBuffer in {
                d->frame.data(), std::size_t(d->frame.size()), std::size_t(d->position)};
            ZSTD_outBuffer out {data + filled, std::size_t(maxSize - filled), 0};
            const std::size_t result = ZSTD_decompressStream(d->zstd, &out, &in);
            d->position = qsizetype(in.pos);
            filled += qint64(out.pos);
            if (ZSTD_isError(result))
                d->failed = true;
            else if (result == 0)
                d->ended = true;
        }
        // No progress either way: the input ran out before the frame did.
        if (!d->failed && !d->ended && d->position == inBefore && filled == outBefore)
            d->failed = true;
        if (d->failed)
            return -1;
    }
    d->produced += quint64(filled);
    if (d->produced > d->limit) {
        d->failed = true;
        return -1;
    }
    return filled;
}

qint64 DecompressingDevice::writeData(const char *, qint64)
{
    return -1;
}

bool DecompressingDevice::endedCleanly()
{
    if (!d->ended && !d->failed) {
        // The last read may have stopped exactly at the end of the data, before the frame's
        // end was seen: one more byte must not exist.
        char extra = 0;
        if (readData(&extra, 1) != 0)
            return false;
    }
    if (d->failed || !d->ended || d->position != d->frame.size())
        return false;
    return d->method != Compression::Zlib || d->produced == d->expected;
}

} // namespace bb::store
