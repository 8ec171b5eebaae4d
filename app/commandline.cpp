#include "commandline.h"

#include "core/languages.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace bb {

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

bool isDemoUserName(const QString &user)
{
    static const QRegularExpression pattern(u"^BBUser\\d{5}$"_s);
    return pattern.match(user).hasMatch();
}

GuiOptions processGuiCommandLine(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("bb::CommandLine",
        "View and export your Medicare claims from the CMS Blue Button 2.0 API.\n"
        "Run \"%1 export --help\" for exporting without a window.")
                                         .arg(QCoreApplication::applicationName()));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption langOption(u"lang"_s,
        QCoreApplication::translate(
            "bb::CommandLine", "User interface language: %1 (default: the system's).")
            .arg(supportedLanguages().join(u", "_s)),
        QCoreApplication::translate("bb::CommandLine", "language"));
    parser.addOption(langOption);
    const QCommandLineOption demoOption(u"demo"_s,
        QCoreApplication::translate("bb::CommandLine",
            "Start signed in to the built-in demo sandbox as this demo person, e.g. "
            "BBUser00000, without the login page."),
        QCoreApplication::translate("bb::CommandLine", "name"));
    parser.addOption(demoOption);
    parser.process(arguments);

    GuiOptions options;
    options.demoUser = parser.value(demoOption).trimmed();
    if (parser.isSet(demoOption) && !isDemoUserName(options.demoUser)) {
        const QString message = QCoreApplication::translate("bb::CommandLine",
            "--demo needs a demo person of the built-in sandbox, BBUser and five digits "
            "(e.g. BBUser00000), not \"%1\".")
                                    .arg(options.demoUser);
        std::fprintf(stderr, "%s\n", qPrintable(message));
        std::exit(1);
    }
    return options;
}

} // namespace bb
