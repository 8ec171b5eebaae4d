#pragma once

#include <QString>

class QSaveFile;

namespace bb {

// Exported files hold health data, so they are readable and writable by their owner only
// (0600) whatever the umask, and also when they replace an older file: QSaveFile on its own
// gives the new file the mode of the one it replaces.

// Opens `file` for writing and narrows its temporary file to 0600 before any data is written,
// so the content is never readable by others, not even for a moment. False when it cannot be
// opened (the reason is in file.errorString()).
bool openOwnerOnly(QSaveFile &file);

// For a file that something else wrote by name (QPrinter's "print to file"): narrows it to
// 0600 once it is complete.
bool restrictToOwner(const QString &path);

} // namespace bb
