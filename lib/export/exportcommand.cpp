#include "export/exportcommand.h"

#include "export/atomicfile.h"
#include "export/claimscsv.h"
#include "export/inputfiles.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace bb::exporting {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("bb::exporting::ExportCommand", text);
}

enum class Exit { Ok = 0, BadUsage = 2, BadInput = 3, WriteFailed = 4 };

} // namespace

int runExportCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Converts saved Blue Button JSON (bundles, single resources, or folders of them) "
           "to CSV, without opening a window."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"export"_s, tr("The export command."));
    const QCommandLineOption input(
        u"input"_s, tr("A JSON file or a folder of them (repeatable)."), tr("path"));
    const QCommandLineOption what(
        u"what"_s, tr("What to export: claims or claim-lines."), tr("data"), u"claims"_s);
    const QCommandLineOption format(u"format"_s, tr("Output format: csv."), tr("format"), u"csv"_s);
    const QCommandLineOption output(
        u"output"_s, tr("The file to write (\"-\" for standard output)."), tr("file"));
    const QCommandLineOption bom(u"bom"_s,
        tr("Start the CSV with a UTF-8 byte order mark, for spreadsheets "
           "that need one to detect UTF-8."));
    parser.addOptions({input, what, format, output, bom});

    if (!parser.parse(arguments)) {
        err << parser.errorText() << Qt::endl;
        return int(Exit::BadUsage);
    }
    if (parser.isSet(u"help"_s)) {
        out << parser.helpText();
        return int(Exit::Ok);
    }
    const QString whatValue = parser.value(what);
    if (whatValue != "claims"_L1 && whatValue != "claim-lines"_L1) {
        err << tr("Unsupported --what \"%1\": use claims or claim-lines.").arg(whatValue)
            << Qt::endl;
        return int(Exit::BadUsage);
    }
    if (parser.value(format) != "csv"_L1) {
        err << tr("Unsupported --format \"%1\": use csv.").arg(parser.value(format)) << Qt::endl;
        return int(Exit::BadUsage);
    }
    const QStringList inputs = parser.values(input);
    if (inputs.isEmpty() || !parser.isSet(output)) {
        err << tr("Both --input and --output are required; see --help.") << Qt::endl;
        return int(Exit::BadUsage);
    }

    const LoadedInput loaded = loadInputs(inputs);
    if (!loaded.error.isEmpty()) {
        err << loaded.error << Qt::endl;
        return int(Exit::BadInput);
    }

    const QString csv =
        whatValue == "claims"_L1 ? claimsCsv(loaded.claims) : claimLinesCsv(loaded.claims);
    QByteArray data = parser.isSet(bom) ? utf8ByteOrderMark() : QByteArray();
    data += csv.toUtf8();

    const QString target = parser.value(output);
    if (target == "-"_L1) {
        out << csv;
        out.flush();
        return int(Exit::Ok);
    }
    QString error;
    if (!writeFileAtomically(target, data, &error)) {
        err << tr("%1: cannot write (%2)").arg(target, error) << Qt::endl;
        return int(Exit::WriteFailed);
    }
    return int(Exit::Ok);
}

} // namespace bb::exporting
