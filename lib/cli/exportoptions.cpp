#include "cli/exportoptions.h"

#include "auth/urlpolicy.h"
#include "fhir/claimtype.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace bb::cli {

namespace {

constexpr std::array whatKeys = {std::pair {ExportWhat::Claims, "claims"},
    std::pair {ExportWhat::ClaimLines, "claim-lines"}, std::pair {ExportWhat::Drugs, "drugs"},
    std::pair {ExportWhat::Coverage, "coverage"}, std::pair {ExportWhat::Patient, "patient"},
    std::pair {ExportWhat::Summary, "summary"}};
constexpr std::array formatKeys = {std::pair {ExportFormat::Csv, "csv"},
    std::pair {ExportFormat::Json, "json"}, std::pair {ExportFormat::Pdf, "pdf"},
    std::pair {ExportFormat::Html, "html"}};

template<class Keys>
QStringList keysOf(const Keys &keys)
{
    QStringList out;
    for (const auto &k : keys)
        out << QString::fromLatin1(k.second);
    return out;
}

QStringList claimTypeKeys()
{
    QStringList out;
    for (const fhir::ClaimType t : fhir::allClaimTypes)
        out << fhir::claimTypeKey(t);
    return out;
}

} // namespace

// The parser's texts, in one translation context.
class ExportArguments
{
    Q_DECLARE_TR_FUNCTIONS(bb::cli::ExportArguments)

public:
    static ParsedArguments parse(const QStringList &arguments);

private:
    static ParsedArguments usage(const QString &text)
    {
        return {ParsedArguments::Status::UsageError, {}, text};
    }
    static bool parseDate(const QString &text, const QString &option, QDate *date, QString *error);
};

bool ExportOptions::toStandardOutput() const
{
    return output == "-"_L1;
}

bool ExportOptions::needsClaims() const
{
    return what == ExportWhat::Claims || what == ExportWhat::ClaimLines
        || what == ExportWhat::Drugs;
}

QString formatKey(ExportFormat format)
{
    for (const auto &k : formatKeys) {
        if (k.first == format)
            return QString::fromLatin1(k.second);
    }
    return {};
}

bool ExportArguments::parseDate(
    const QString &text, const QString &option, QDate *date, QString *error)
{
    // Strictly YYYY-MM-DD: "2023-1-5" or "05/01/2023" would be read differently by people.
    static const QRegularExpression iso(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    *date = iso.match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
    if (!date->isValid())
        *error =
            tr("--%1 \"%2\" is not a date: use YYYY-MM-DD, e.g. 2023-01-31.").arg(option, text);
    return date->isValid();
}

ParsedArguments ExportArguments::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Exports Medicare claims, prescriptions, coverage or patient details, from saved "
           "Blue Button JSON or straight from a Blue Button server, without opening a window."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"export"_s, tr("The export command."));
    const QCommandLineOption input(u"input"_s,
        tr("A saved JSON file (bundle or single resource) or a folder of them (repeatable)."),
        tr("path"));
    const QCommandLineOption env(u"env"_s,
        tr("Fetch from a server instead of --input: local (the built-in demo sandbox, with "
           "--demo-user), sandbox, production, or the server's base URL. Except for the demo, "
           "the data is kept on this computer, encrypted, where the app keeps it (or in "
           "$BBVIEWER_DATA_DIR/store), so the next export or the app asks only for what "
           "changed."),
        tr("environment"));
    const QCommandLineOption tokenFile(u"access-token-file"_s,
        tr("With --env: a file holding just an access token. Without it, the sign-in stored "
           "by the app for that environment is used."),
        tr("file"));
    const QCommandLineOption patient(u"patient"_s,
        tr("With --env: the patient id the sign-in belongs to (default: the account last "
           "signed in with the app, or what the access token's userinfo says)."),
        tr("id"));
    const QCommandLineOption demoUser(u"demo-user"_s,
        tr("With --env local: the demo account to sign in as, e.g. BBUser00000."), tr("name"));
    const QCommandLineOption offline(u"offline"_s,
        tr("With --env: export the data kept on this computer for that environment (by the "
           "app or an earlier export) without connecting to the server."));
    const QCommandLineOption what(u"what"_s,
        tr("What to export: %1.").arg(keysOf(whatKeys).join(u", "_s)), tr("data"), u"claims"_s);
    const QCommandLineOption format(u"format"_s,
        tr("Output format: %1.").arg(keysOf(formatKeys).join(u", "_s)), tr("format"), u"csv"_s);
    const QCommandLineOption type(u"type"_s,
        tr("Only these claim types (comma-separated or repeated): %1.")
            .arg(claimTypeKeys().join(u", "_s)),
        tr("types"));
    const QCommandLineOption since(u"since"_s,
        tr("Only claims whose service period reaches this day or later (YYYY-MM-DD)."), tr("date"));
    const QCommandLineOption until(u"until"_s,
        tr("Only claims whose service period starts on or before this day (YYYY-MM-DD)."),
        tr("date"));
    const QCommandLineOption output(
        u"output"_s, tr("The file to write (\"-\" for standard output)."), tr("file"));
    const QCommandLineOption bom(u"bom"_s,
        tr("Start the CSV with a UTF-8 byte order mark, for spreadsheets "
           "that need one to detect UTF-8."));
    const QCommandLineOption labels(u"labels"_s,
        tr("With --what claims or claim-lines and --format csv: the header row and the claim "
           "types in the words the app shows (\"Amount billed\", \"Doctor/supplier\"), "
           "in its language, instead of the documented column keys."));
    parser.addOptions({input, env, tokenFile, patient, demoUser, offline, what, format, type, since,
        until, output, bom, labels});

    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(u"help"_s))
        return {ParsedArguments::Status::Help, {}, parser.helpText()};
    if (parser.positionalArguments().size() > 1)
        return usage(
            tr("Unexpected argument \"%1\"; see --help.").arg(parser.positionalArguments().at(1)));

    ExportOptions o;
    o.inputs = parser.values(input);
    o.environment = parser.value(env).trimmed();
    o.accessTokenFile = parser.value(tokenFile);
    o.patientId = parser.value(patient).trimmed();
    o.demoUser = parser.value(demoUser).trimmed();
    o.offline = parser.isSet(offline);
    o.output = parser.value(output);
    o.byteOrderMark = parser.isSet(bom);
    o.labels = parser.isSet(labels);

    const QString whatValue = parser.value(what);
    const auto w = std::find_if(whatKeys.begin(), whatKeys.end(),
        [&](const auto &k) { return whatValue == QLatin1StringView(k.second); });
    if (w == whatKeys.end())
        return usage(tr("Unsupported --what \"%1\": use %2.")
                         .arg(whatValue, keysOf(whatKeys).join(u", "_s)));
    o.what = w->first;
    const QString formatValue = parser.value(format);
    const auto f = std::find_if(formatKeys.begin(), formatKeys.end(),
        [&](const auto &k) { return formatValue == QLatin1StringView(k.second); });
    if (f == formatKeys.end())
        return usage(tr("Unsupported --format \"%1\": use %2.")
                         .arg(formatValue, keysOf(formatKeys).join(u", "_s)));
    o.format = f->first;

    // Where the data comes from: exactly one source, and only the options that go with it.
    if (o.inputs.isEmpty() == o.environment.isEmpty())
        return usage(tr("Give either --input or --env (not both); see --help."));
    if (!o.fromServer()
        && (parser.isSet(tokenFile) || parser.isSet(patient) || parser.isSet(demoUser)
            || o.offline))
        return usage(tr("--access-token-file, --patient, --demo-user and --offline only go "
                        "with --env; see --help."));
    if (o.fromServer() && o.environment != "local"_L1 && o.environment != "sandbox"_L1
        && o.environment != "production"_L1) {
        QUrl url;
        const auth::UrlProblem problem =
            auth::parseUrl(o.environment, auth::UrlRole::ServiceBase, &url);
        if (problem != auth::UrlProblem::None)
            return usage(tr("--env \"%1\" is not local, sandbox, production or a usable server "
                            "address: %2")
                             .arg(o.environment, auth::describeUrlProblem(problem)));
    }
    const bool local = o.environment == "local"_L1;
    if (parser.isSet(demoUser) && !local)
        return usage(tr("--demo-user only goes with --env local: other servers need a real "
                        "sign-in from the app, or --access-token-file."));
    if (local && (parser.isSet(tokenFile) || parser.isSet(patient)))
        return usage(tr("--env local starts its own demo sandbox, which knows no token from "
                        "elsewhere: sign in with --demo-user instead."));
    if (local && o.offline)
        return usage(tr("--offline does not go with --env local: the demo's data is never kept "
                        "on this computer."));
    if (o.offline && parser.isSet(tokenFile))
        return usage(tr("--offline does not connect to the server, so it needs no "
                        "--access-token-file."));
    if (local && o.demoUser.isEmpty())
        return usage(tr("--env local needs --demo-user, e.g. --demo-user BBUser00000: the "
                        "built-in sandbox runs inside this command, so no sign-in from the "
                        "app can be reused."));
    if (!parser.isSet(output))
        return usage(tr("--output is required; see --help."));
    if (o.byteOrderMark && o.format != ExportFormat::Csv)
        return usage(tr("--bom only goes with --format csv."));
    if (o.what == ExportWhat::Summary && o.format != ExportFormat::Pdf)
        return usage(tr("--what summary is a printable summary: use --format pdf."));
    if (o.labels
        && (o.format != ExportFormat::Csv
            || (o.what != ExportWhat::Claims && o.what != ExportWhat::ClaimLines)))
        return usage(tr("--labels goes with --what claims or claim-lines and --format csv (the "
                        "other CSV files already use the app's words)."));

    // Filters: the claims tab's filter, for everything that is made of claims.
    const bool filtering = parser.isSet(type) || parser.isSet(since) || parser.isSet(until);
    if (filtering && !o.needsClaims())
        return usage(tr("--type, --since and --until filter claims; they do not apply to "
                        "--what %1.")
                         .arg(whatValue));
    if (parser.isSet(type)) {
        QList<fhir::ClaimType> types;
        const QStringList values = parser.values(type);
        for (const QString &value : values) {
            const QStringList parts = value.split(u',', Qt::SkipEmptyParts);
            for (const QString &part : parts) {
                const QString key = part.trimmed().toLower();
                const auto t = std::find_if(fhir::allClaimTypes.begin(), fhir::allClaimTypes.end(),
                    [&](fhir::ClaimType ct) { return fhir::claimTypeKey(ct) == key; });
                if (t == fhir::allClaimTypes.end())
                    return usage(tr("Unknown claim type \"%1\" in --type: use %2.")
                                     .arg(part.trimmed(), claimTypeKeys().join(u", "_s)));
                types << *t;
            }
        }
        if (types.isEmpty())
            return usage(
                tr("--type needs at least one of: %1.").arg(claimTypeKeys().join(u", "_s)));
        o.filter.setTypes(types);
    }
    QDate from, to;
    QString error;
    if (parser.isSet(since) && !parseDate(parser.value(since), u"since"_s, &from, &error))
        return usage(error);
    if (parser.isSet(until) && !parseDate(parser.value(until), u"until"_s, &to, &error))
        return usage(error);
    if (from.isValid() && to.isValid() && from > to)
        return usage(tr("--since %1 is after --until %2.")
                         .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)));
    o.filter.setDateRange(from, to);

    return {ParsedArguments::Status::Ok, o, {}};
}

ParsedArguments parseExportArguments(const QStringList &arguments)
{
    return ExportArguments::parse(arguments);
}

bool asksForPdf(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView argument(argv[i]);
        if (argument == "--format=pdf"
            || (argument == "--format" && i + 1 < argc && QByteArrayView(argv[i + 1]) == "pdf"))
            return true;
    }
    return false;
}

} // namespace bb::cli
