// bbsandbox: the local Blue Button sandbox as a standalone server (docs/sandbox.md).
#include "sandbox/sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>

#include <cstdio>

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
};

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
    bb::sandbox::SandboxServer server(seed);
    server.setFaults(f);
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
