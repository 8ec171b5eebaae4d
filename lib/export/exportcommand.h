#pragma once

#include <QStringList>

class QTextStream;

namespace bb::exporting {

// `bbviewer export ...`: converts saved Blue Button JSON to CSV without a display.
// `arguments` starts with the program name, then "export". Returns the process exit code;
// on failure prints one line to `err` and leaves no output file behind.
int runExportCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace bb::exporting
