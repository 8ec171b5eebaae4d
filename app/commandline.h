#pragma once

#include <QString>
#include <QStringList>

namespace bb {

// The language asked for with --lang, looked up before the parser exists so that the
// parser's own help text can already be translated. Empty when not given.
QString requestedLanguage(const QStringList &arguments);

// What the GUI command line asks for beyond the language.
struct GuiOptions
{
    // --demo BBUserNNNNN: start signed in to the built-in sandbox as that demo person, with
    // no login page (for demonstrations, screenshots and accessibility checks). Empty: the
    // normal start.
    QString demoUser;
};

// Whether `user` names a demo account of the built-in sandbox (BBUser and five digits).
bool isDemoUserName(const QString &user);

// Parses the GUI command line. Prints help or version and exits the process for
// --help/--version, and exits with a message on bad options, as QCommandLineParser does.
GuiOptions processGuiCommandLine(const QStringList &arguments);

} // namespace bb
