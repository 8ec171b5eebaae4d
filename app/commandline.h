#pragma once

#include <QString>
#include <QStringList>

namespace bb {

// The language asked for with --lang, looked up before the parser exists so that the
// parser's own help text can already be translated. Empty when not given.
QString requestedLanguage(const QStringList &arguments);

// Parses the GUI command line. Prints help or version and exits the process for
// --help/--version, and exits with a message on bad options, as QCommandLineParser does.
void processGuiCommandLine(const QStringList &arguments);

} // namespace bb
