#include "core/commandline.h"

#include "core/languages.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace bb {

namespace {

// The parser of the window's options. Built the same way before and after the application
// object exists: only its texts need one (for the translations and the program's name).
void describeOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QCoreApplication::translate("bb::CommandLine",
        "View and export your Medicare claims from the CMS Blue Button 2.0 API.\n"
        "Run \"%1 export --help\" for exporting without a window.")
                                         .arg(QCoreApplication::applicationName()));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(QCommandLineOption(u"lang"_s,
        QCoreApplication::translate(
            "bb::CommandLine", "User interface language: %1 (default: the system's).")
            .arg(supportedLanguages().join(u", "_s)),
        QCoreApplication::translate("bb::CommandLine", "language")));
    parser.addOption(QCommandLineOption(u"demo"_s,
        QCoreApplication::translate("bb::CommandLine",
            "Start signed in to the built-in demo sandbox as this demo person, e.g. "
            "BBUser00000, without the login page."),
        QCoreApplication::translate("bb::CommandLine", "name")));
}

// A --demo naming no demo person is a wrong option like any other, answered on the terminal.
bool hasBadDemoUser(const QCommandLineParser &parser)
{
    return parser.isSet(u"demo"_s) && !isDemoUserName(parser.value(u"demo"_s).trimmed());
}

bool asksFor(const QCommandLineParser &parser, std::initializer_list<QLatin1StringView> names)
{
    // optionNames() lists what was given, so unknown names raise no parser warning.
    const QStringList given = parser.optionNames();
    for (QLatin1StringView name : names) {
        if (given.contains(name))
            return true;
    }
    return false;
}

const std::initializer_list<QLatin1StringView> helpNames = {
    "h"_L1, "help"_L1, "?"_L1, "help-all"_L1};
const std::initializer_list<QLatin1StringView> versionNames = {"v"_L1, "version"_L1};

} // namespace

QString requestedLanguage(const QStringList &arguments)
{
    static const QString option = u"--lang"_s;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == option && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (arg.startsWith(option + QLatin1Char('=')))
            return arg.mid(option.size() + 1);
    }
    return {};
}

bool answersOnTerminal(const QStringList &arguments)
{
    QCommandLineParser parser;
    describeOptions(parser);
    if (!parser.parse(arguments))
        return true;
    return asksFor(parser, helpNames) || asksFor(parser, versionNames) || hasBadDemoUser(parser);
}

int answerOnTerminal(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    describeOptions(parser);
    const QString program = QCoreApplication::applicationName();
    if (!parser.parse(arguments)) {
        err << program << u": "_s << parser.errorText() << Qt::endl;
        return 1;
    }
    if (asksFor(parser, helpNames)) {
        out << parser.helpText();
        out.flush();
        return 0;
    }
    if (asksFor(parser, versionNames)) {
        out << program << u' ' << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }
    if (hasBadDemoUser(parser)) {
        err << program << u": "_s
            << QCoreApplication::translate("bb::CommandLine",
                   "--demo needs a demo person of the built-in sandbox, BBUser and five digits "
                   "(e.g. BBUser00000), not \"%1\".")
                   .arg(parser.value(u"demo"_s).trimmed())
            << Qt::endl;
        return 1;
    }
    return 0;
}

bool isDemoUserName(const QString &user)
{
    static const QRegularExpression pattern(u"^BBUser\\d{5}$"_s);
    return pattern.match(user).hasMatch();
}

GuiOptions guiOptions(const QStringList &arguments)
{
    QCommandLineParser parser;
    describeOptions(parser);
    GuiOptions options;
    if (parser.parse(arguments) && !hasBadDemoUser(parser))
        options.demoUser = parser.value(u"demo"_s).trimmed();
    return options;
}

} // namespace bb
