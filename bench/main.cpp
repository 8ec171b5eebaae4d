#include "exportbench.h"
#include "parsebench.h"
#include "storebench.h"
#include "syncbench.h"
#include "uibench.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QTextStream>

#include <algorithm>

using namespace Qt::StringLiterals;

// Benchmarks of bbviewer, one subcommand each. Developer tool: not translated.
int main(int argc, char *argv[])
{
    // PDF reports need fonts, hence a GUI application; no display is needed or used.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"bbviewer benchmarks. Subcommands: parse, ui, sync, export, store"_s);
    parser.addHelpOption();
    parser.addPositionalArgument(
        u"benchmark"_s, u"Which benchmark to run: parse, ui, sync, export, store"_s);
    const QCommandLineOption claims(
        u"claims"_s, u"Claims in the generated large set."_s, u"n"_s, u"10000"_s);
    const QCommandLineOption reps(u"repeat"_s, u"Repetitions (best one counts)."_s, u"n"_s, u"9"_s);
    const QCommandLineOption latency(
        u"latency-ms"_s, u"sync: latency the sandbox adds to every request."_s, u"ms"_s, u"250"_s);
    const QCommandLineOption concurrency(u"concurrency"_s,
        u"sync: requests in flight (default: the client's default)."_s, u"n"_s, u"0"_s);
    const QCommandLineOption sweep(u"sweep"_s,
        u"sync: concurrencies to compare on the ~3,000-claim user, comma-separated; \"none\" to skip."_s,
        u"list"_s, u"1,2,4,6,8"_s);
    const QCommandLineOption recordOnly(u"record-only"_s,
        u"store: only the app's record (reopen, incremental sync), not the compression table."_s);
    parser.addOptions({claims, reps, latency, concurrency, sweep, recordOnly});
    parser.process(app);
    QTextStream out(stdout);
    const QString which = parser.positionalArguments().value(0);
    if (which == "parse"_L1)
        return runParseBench(out, parser.value(claims).toInt(), parser.value(reps).toInt());
    if (which == "ui"_L1)
        return runUiBench(out, parser.value(claims).toInt(), parser.value(reps).toInt());
    if (which == "export"_L1)
        return runExportBench(
            out, parser.value(claims).toInt(), std::min(parser.value(reps).toInt(), 5));
    if (which == "store"_L1) {
        StoreBenchOptions options;
        options.repetitions = std::min(parser.value(reps).toInt(), 3);
        options.latencyMs = parser.value(latency).toInt();
        options.recordOnly = parser.isSet(recordOnly);
        return runStoreBench(out, options);
    }
    if (which == "sync"_L1) {
        SyncBenchOptions options;
        options.latencyMs = parser.value(latency).toInt();
        options.concurrency = parser.value(concurrency).toInt();
        const QStringList values = parser.value(sweep).split(u',', Qt::SkipEmptyParts);
        for (const QString &v : values) {
            if (const int n = v.toInt(); n > 0)
                options.sweep.append(n);
        }
        return runSyncBench(out, options);
    }
    QTextStream(stderr) << "unknown benchmark \"" << which << "\"; see --help\n";
    return 2;
}
