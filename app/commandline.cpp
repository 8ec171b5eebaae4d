#include "commandline.h"

#include "core/languages.h"

#include <QCommandLineParser>
#include <QCoreApplication>

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

void processGuiCommandLine(const QStringList &arguments)
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
    parser.process(arguments);
}

} // namespace bb
