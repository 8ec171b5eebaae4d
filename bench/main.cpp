#include "parsebench.h"
#include "uibench.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

// Benchmarks of bbviewer, one subcommand each. Developer tool: not translated.
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"bbviewer benchmarks. Subcommands: parse, ui"_s);
    parser.addHelpOption();
    parser.addPositionalArgument(u"benchmark"_s, u"Which benchmark to run: parse, ui"_s);
    const QCommandLineOption claims(
        u"claims"_s, u"Claims in the generated large set."_s, u"n"_s, u"10000"_s);
    const QCommandLineOption reps(u"repeat"_s, u"Repetitions (best one counts)."_s, u"n"_s, u"9"_s);
    parser.addOptions({claims, reps});
    parser.process(app);
    QTextStream out(stdout);
    const QString which = parser.positionalArguments().value(0);
    if (which == "parse"_L1)
        return runParseBench(out, parser.value(claims).toInt(), parser.value(reps).toInt());
    if (which == "ui"_L1)
        return runUiBench(out, parser.value(claims).toInt(), parser.value(reps).toInt());
    QTextStream(stderr) << "unknown benchmark \"" << which << "\"; see --help\n";
    return 2;
}
