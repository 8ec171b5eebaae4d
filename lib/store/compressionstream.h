#pragma once

#include "store/compression.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QIODevice>

#include <memory>

namespace bb::store {

// Compresses data written in pieces into one frame held in memory: the frame compress()
// makes from the whole, without the whole ever being in memory at once. The store writes
// the resources through it one at a time, so saving costs the compressed size, not the JSON's.
class CompressingSink
{
public:
    explicit CompressingSink(const CompressionChoice &choice);
    ~CompressingSink();
    CompressingSink(const CompressingSink &) = delete;
    CompressingSink &operator=(const CompressingSink &) = delete;

    bool write(QByteArrayView piece);
    // The frame; empty when any step failed.
    QByteArray finish();

private:
    struct State;
    std::unique_ptr<State> d;
};

// What a frame of `method` unpacks to, read a piece at a time (QDataStream reads the store's
// content from it), so loading never holds the whole plaintext. A frame cut short, damaged,
// or unpacking to more than `maxSize` makes reads fail.
class DecompressingDevice : public QIODevice
{
public:
    DecompressingDevice(QByteArrayView frame, Compression method, qint64 maxSize = qint64(4) << 30);
    ~DecompressingDevice() override;

    bool isSequential() const override { return true; }
    // After the last read: whether the frame ended exactly there, complete, with nothing left
    // over on either side.
    bool endedCleanly();

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    struct State;
    std::unique_ptr<State> d;
};

} // namespace bb::store
