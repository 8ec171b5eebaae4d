// bbsandbox: the local Blue Button sandbox as a standalone server (docs/sandbox.md).
#include "sandbox/sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QLoggingCategory>

#include <cstdio>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

struct Knob
{
    const char *name;
    const char *valueName;
    const char *help;
};

const Knob kKnobs[] = {
    {"port", "port", "Port on 127.0.0.1 (default: a free one)."},
    {"seed", "n", "Seed of the synthetic data (default 1). Same seed, same bytes."},
    {"latency-ms", "ms", "Delay every FHIR answer by this much."},
    {"jitter-ms", "ms", "Add a random 0..ms to the delay."},
    {"error-rate", "p", "Answer this fraction of FHIR requests with 500, 502 or 503."},
    {"throttle-rate", "p", "Answer this fraction of FHIR requests with 429 and Retry-After."},
    {"throttle-storm", "n", "Answer the next n FHIR requests with 429 (a storm)."},
    {"retry-after", "s", "Retry-After of injected 429 answers (default 1)."},
    {"rate-limit", "n", "Per-token rate limit, requests per second (default: the real 100000)."},
    {"truncate-rate", "p", "Cut this fraction of bodies in half (Content-Length matches)."},
    {"drop-rate", "p", "Reset the connection half-way through this fraction of bodies."},
    {"slow-body-bps", "n", "Send bodies at n bytes per second."},
    {"token-lifetime", "s", "expires_in of new access tokens (default 3600)."},
    {"fault-seed", "n", "Seed of the fault draws."},
    {"churn", "spec",
        "Claims change as sandbox time passes. spec is SEED or "
        "SEED:ADDS:UPDATES:REMOVALS[:DEMOGRAPHICS], average events per beneficiary and day "
        "(defaults 1:0.5:0.05:0.02): new claims, updated claims (newer meta.lastUpdated, revised "
        "amounts), removed claims, and Patient or a Coverage part updated. Same seed and same "
        "sandbox time, same bytes."},
    {"frozen-at", "utc",
        "Freeze the sandbox clock at this instant (e.g. 2026-12-01T12:00:00Z): the claim history "
        "ends shortly before it, and every run gives the same bytes."},
    {"advance-days", "n",
        "Start the sandbox clock n days after its origin, so that n days of --churn changes "
        "have already happened."},
};

// "SEED[:ADDS:UPDATES:REMOVALS[:DEMOGRAPHICS]]"; nullopt when malformed.
std::optional<bb::sandbox::DataChanges> parseChurn(const QString &text)
{
    const QStringList parts = text.split(u':');
    if (parts.size() != 1 && parts.size() != 4 && parts.size() != 5)
        return std::nullopt;
    bool ok = false;
    const quint64 seed = parts.at(0).toULongLong(&ok);
    if (!ok)
        return std::nullopt;
    bb::sandbox::DataChanges changes = bb::sandbox::DataChanges::withDefaults(seed);
    double *rates[] = {&changes.claimsAddedPerDay, &changes.claimsUpdatedPerDay,
        &changes.claimsRemovedPerDay, &changes.demographicsUpdatedPerDay};
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const double v = parts.at(i).toDouble(&ok);
        if (!ok || v < 0 || v > 1000)
            return std::nullopt;
        *rates[i - 1] = v;
    }
    return changes;
}

double toDouble(const QString &text, bool *ok)
{
    const double v = text.toDouble(ok);
    if (*ok && (v < 0 || v > 1))
        *ok = false;
    return v;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"bbsandbox"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(BBVIEWER_VERSION_STRING));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Local stand-in for sandbox.bluebutton.cms.gov (Blue Button 2.0 API v2) with synthetic "
        "beneficiaries BBUser00000..BBUser10001 (password PW00000! and so on). Listens on "
        "127.0.0.1 "
        "only and prints base_url=, client_id=, client_secret= and redirect_uri= lines. Faults "
        "apply to FHIR requests unless --faults-on-oauth is given."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    for (const Knob &k : kKnobs) {
        parser.addOption(QCommandLineOption(QString::fromLatin1(k.name),
            QString::fromLatin1(k.help), QString::fromLatin1(k.valueName)));
    }
    const QCommandLineOption loopOption(
        u"looping-next"_s, u"EOB search pages point next at themselves."_s);
    const QCommandLineOption warmOption(u"warm-up"_s,
        u"Build every claim of this user before serving (repeatable), e.g. BBUser10001."_s,
        u"user"_s);
    const QCommandLineOption verboseOption(u"verbose"_s, u"Log every request to stderr."_s);
    const QCommandLineOption oauthOption(
        u"faults-on-oauth"_s, u"Faults also hit /v2/o/ and /v2/connect/."_s);
    parser.addOption(loopOption);
    parser.addOption(oauthOption);
    parser.addOption(verboseOption);
    parser.addOption(warmOption);
    parser.process(app);

    auto fail = [](const QString &message) {
        std::fprintf(stderr, "bbsandbox: %s\n", qPrintable(message));
        return 2;
    };
    auto intOption = [&](const char *name, int fallback, bool *ok) {
        *ok = true;
        const QString key = QString::fromLatin1(name);
        if (!parser.isSet(key))
            return fallback;
        const int v = parser.value(key).toInt(ok);
        *ok = *ok && v >= 0;
        return v;
    };
    auto rateOption = [&](const char *name, bool *ok) {
        *ok = true;
        const QString key = QString::fromLatin1(name);
        return parser.isSet(key) ? toDouble(parser.value(key), ok) : 0.0;
    };

    bool ok = true;
    const int port = intOption("port", 0, &ok);
    if (!ok || port > 65535)
        return fail(u"--port needs a number from 0 to 65535"_s);
    bool seedOk = true;
    const quint64 seed = parser.isSet(u"seed"_s) ? parser.value(u"seed"_s).toULongLong(&seedOk) : 1;
    if (!seedOk)
        return fail(u"--seed needs a non-negative number"_s);

    bb::sandbox::FaultSettings f;
    struct IntKnob
    {
        const char *name;
        int *target;
    };
    const IntKnob ints[] = {{"latency-ms", &f.latencyMs}, {"jitter-ms", &f.jitterMs},
        {"throttle-storm", &f.throttleStormRequests}, {"retry-after", &f.retryAfterSeconds},
        {"rate-limit", &f.rateLimitPerSecond}, {"slow-body-bps", &f.slowBodyBytesPerSecond},
        {"token-lifetime", &f.accessTokenLifetimeSeconds}};
    for (const IntKnob &k : ints) {
        *k.target = intOption(k.name, *k.target, &ok);
        if (!ok)
            return fail(
                u"--%1 needs a non-negative whole number"_s.arg(QString::fromLatin1(k.name)));
    }
    struct RateKnob
    {
        const char *name;
        double *target;
    };
    const RateKnob rates[] = {{"error-rate", &f.errorRate}, {"throttle-rate", &f.throttleRate},
        {"truncate-rate", &f.truncateRate}, {"drop-rate", &f.dropRate}};
    for (const RateKnob &k : rates) {
        *k.target = rateOption(k.name, &ok);
        if (!ok)
            return fail(u"--%1 needs a number from 0 to 1"_s.arg(QString::fromLatin1(k.name)));
    }
    if (parser.isSet(u"fault-seed"_s))
        f.seed = parser.value(u"fault-seed"_s).toULongLong();
    f.loopingNextLink = parser.isSet(loopOption);
    f.includeOAuth = parser.isSet(oauthOption);
    if (f.accessTokenLifetimeSeconds == 0)
        return fail(u"--token-lifetime must be at least 1"_s);

    if (parser.isSet(verboseOption))
        QLoggingCategory::setFilterRules(u"bb.sandbox.debug=true"_s);
    std::optional<bb::sandbox::DataChanges> churn;
    if (parser.isSet(u"churn"_s)) {
        churn = parseChurn(parser.value(u"churn"_s));
        if (!churn)
            return fail(u"--churn needs SEED or SEED:ADDS:UPDATES:REMOVALS[:DEMOGRAPHICS] "
                        "(rates per beneficiary and day, 0 to 1000)"_s);
    }
    QDateTime frozenAt;
    if (parser.isSet(u"frozen-at"_s)) {
        frozenAt = QDateTime::fromString(parser.value(u"frozen-at"_s), Qt::ISODateWithMs);
        if (!frozenAt.isValid())
            return fail(u"--frozen-at needs a date and time such as 2026-12-01T12:00:00Z"_s);
        if (frozenAt.timeSpec() == Qt::LocalTime)
            frozenAt.setTimeSpec(Qt::UTC);
    }
    const int advanceDays = intOption("advance-days", 0, &ok);
    if (!ok)
        return fail(u"--advance-days needs a non-negative whole number"_s);

    bb::sandbox::SandboxServer server(seed);
    server.setFaults(f);
    if (frozenAt.isValid())
        server.clock().freeze(frozenAt);
    server.clock().advance(qint64(advanceDays) * 86400);
    if (churn)
        server.setDataChanges(*churn);
    const QStringList warm = parser.values(warmOption);
    for (const QString &user : warm) {
        if (server.warmUp(user) < 0)
            return fail(u"--warm-up: no beneficiary %1"_s.arg(user));
    }
    if (!server.listen(quint16(port)))
        return fail(u"cannot listen on 127.0.0.1:%1"_s.arg(port));
    std::fputs(server.banner().toUtf8().constData(), stdout);
    std::fflush(stdout);
    return app.exec();
}
