#pragma once

#include <QByteArrayView>
#include <QString>

#include <functional>

namespace bb::store {

struct AtomicWriteOptions
{
    // Runs after the data is on disk and before the rename: a crash test stops here.
    std::function<void(const QString &temporaryPath)> beforeRename;
};

// Replaces `path` with `bytes` so that a crash at any moment leaves either the old file or
// the new one, never a mix: the bytes go to a new file in the same directory, created with
// mode 0600 before anything is written, are flushed with fsync(), renamed over `path`, and
// the directory is fsync'ed so the rename itself survives a power cut. (QSaveFile does the
// first fsync but not the one of the directory, and creates its file with the umask's mode.)
// On failure `*error` holds the system's reason and `path` is untouched.
bool writeFileAtomically(const QString &path, QByteArrayView bytes, QString *error = nullptr,
    const AtomicWriteOptions &options = {});

// The temporary files writeFileAtomically() uses for `path` match this wildcard; any that
// are found were left by a crash and can go.
QString temporaryFilePattern(const QString &path);

// Creates `dir` (and its parents) when missing and makes it 0700: only its owner may list it.
bool ensurePrivateDirectory(const QString &dir, QString *error = nullptr);

} // namespace bb::store
