#pragma once

#include <QString>
#include <QStringList>

class QTextStream;

namespace bb {

// The language asked for with --lang, looked up before the parser exists so that the
// parser's own help text can already be translated. Empty when not given.
QString requestedLanguage(const QStringList &arguments);

// Whether the window's command line is answered on the terminal alone: --help, --version or
// an option that is wrong. main() then starts no GUI application, so these work with no
// display and no QT_QPA_PLATFORM, as on a server or over ssh. Needs no application object.
bool answersOnTerminal(const QStringList &arguments);

// Prints the help or the version to `out`, or what is wrong with the options to `err`, as
// QCommandLineParser::process() would, and returns the exit code (0; 1 for a bad option).
// Needs a QCoreApplication (the application name and version come from it).
int answerOnTerminal(const QStringList &arguments, QTextStream &out, QTextStream &err);

// What the window's command line asks for beyond the language.
struct GuiOptions
{
    // --demo BBUserNNNNN: start signed in to the built-in sandbox as that demo person, with
    // no login page (for demonstrations, screenshots and accessibility checks). Empty: the
    // normal start.
    QString demoUser;
};

// Whether `user` names a demo account of the built-in sandbox (BBUser and five digits).
bool isDemoUserName(const QString &user);

// The window's options, for a command line that answersOnTerminal() left to the window.
GuiOptions guiOptions(const QStringList &arguments);

} // namespace bb
