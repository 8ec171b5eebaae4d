#pragma once

#include "cli/commandcontext.h"

#include <QStringList>

class QTextStream;

namespace bb::cli {

// `bbviewer export ...` (docs/export.md): saved Blue Button JSON (--input) or a server
// (--env) to CSV or JSON, without a display. `arguments` starts with the program name, then
// "export". Returns the process exit code (ExitCode); on failure prints one line to `err` and
// leaves no output file behind. Runs its own event loop while it talks to a server, so it
// needs a QCoreApplication and must be called from its thread.
int runExportCommand(const QStringList &arguments, QTextStream &out, QTextStream &err,
    const CommandContext &context = {});

} // namespace bb::cli
