#pragma once

#include <QStringList>

namespace bb {

// The last lines the app logged, kept in memory for Help → Diagnostics, so a support request
// can carry what happened without asking anyone to find a log file. Nothing is written to
// disk.
//
// installRecentLog() chains a message handler in front of the one installed before. Install it
// *before* auth::installRedactingMessageHandler(): the redacting handler then passes it every
// message already masked, so what is kept here never held a token.
void installRecentLog(int capacity = 300);
bool isRecentLogInstalled();

// The kept lines, oldest first: "HH:mm:ss.zzz category level: message".
QStringList recentLogLines();

// Adds one line as the handler would (the handler's own path; tests use it directly).
void appendToRecentLog(const QString &line);
void clearRecentLog();

} // namespace bb
