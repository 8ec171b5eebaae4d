#pragma once

#include <QByteArray>
#include <QString>

namespace bb::exporting {

// Writes `bytes` to a temporary file next to `path` and renames it into place only when all
// of it was written, so a failed export never leaves a partial or empty file behind. On
// failure `*error` (when given) holds the system's reason and nothing exists at `path` that
// was not there before. The file is readable by its owner only (0600): exports are health
// data.
bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *error = nullptr);

// The UTF-8 byte order mark some spreadsheets need to detect UTF-8 in a CSV file.
QByteArray utf8ByteOrderMark();

} // namespace bb::exporting
