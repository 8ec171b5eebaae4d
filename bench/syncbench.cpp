#include "syncbench.h"

#include "account/fixedtokenprovider.h"
#include "fhir/parser.h"
#include "loopprobe.h"
#include "memory.h"
#include "net/bluebuttonclient.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxthread.h"
#include "sandbox/sandboxwalker.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <algorithm>
#include <ctime>
#include <functional>
#include <malloc.h>

using namespace Qt::StringLiterals;

namespace {

// CPU time of the calling thread: how much work the sync really put on the main loop, as
// opposed to time it lost to other processes on a shared machine.
qint64 threadCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000 + ts.tv_nsec / 1000000;
}

struct RunFigures
{
    QString method;
    int claims = 0;
    int requests = 0;
    qint64 totalMs = 0;
    qint64 first50Ms = -1;
    qint64 peakRssMb = 0; // absolute
    qint64 growthMb = 0; // peak minus the resident set before the run
    qint64 maxStallMs = 0;
    qint64 mainCpuMs = 0; // CPU time the main thread spent during the run (probe included)
    bool complete = false;

    QJsonObject json() const
    {
        return {{u"method"_s, method}, {u"claims"_s, claims}, {u"requests"_s, requests},
            {u"total_ms"_s, totalMs}, {u"first_50_ms"_s, first50Ms}, {u"peak_rss_mb"_s, peakRssMb},
            {u"rss_growth_mb"_s, growthMb}, {u"max_main_loop_stall_ms"_s, maxStallMs},
            {u"main_thread_cpu_ms"_s, mainCpuMs}, {u"complete"_s, complete}};
    }
};

struct Account
{
    QString user;
    QString token;
    QString patient;
};

QUrl firstPageUrl(const QUrl &base, const QString &patient)
{
    QUrl url = base.resolved(QUrl(u"/v2/fhir/ExplanationOfBenefit/"_s));
    url.setQuery(u"patient="_s + patient + u"&_count=50"_s);
    return url;
}

void releaseFreedMemory()
{
    // Hand freed heap back to the system, so the next run's peak starts from a clean floor.
    malloc_trim(0);
}

// (a) What the official SDKs do: one page at a time, following Bundle.link[next], parsing
// each page on the thread that received it.
RunFigures runSequential(QNetworkAccessManager &nam, const QUrl &base, const Account &account)
{
    releaseFreedMemory();
    RunFigures fig;
    fig.method = u"sequential next links"_s;
    const qint64 rssBefore = residentBytes();
    QList<bb::fhir::Claim> claims;
    LoopProbe probe;
    QEventLoop loop;
    QElapsedTimer clock;
    std::function<void(const QUrl &)> get = [&](const QUrl &url) {
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + account.token.toUtf8());
        request.setRawHeader("Accept", "application/fhir+json");
        ++fig.requests;
        QNetworkReply *reply = nam.get(request);
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply] {
            reply->deleteLater();
            const QByteArray body = reply->readAll();
            bb::fhir::Document doc = bb::fhir::parseDocument(body);
            claims += doc.claims;
            if (fig.first50Ms < 0 && claims.size() >= 50)
                fig.first50Ms = clock.elapsed();
            if (reply->error() != QNetworkReply::NoError || !doc.ok()) {
                loop.quit();
                return;
            }
            if (doc.links.next.isValid()) {
                get(doc.links.next);
            } else {
                fig.complete = doc.total && *doc.total == claims.size();
                loop.quit();
            }
        });
    };
    probe.start();
    clock.start();
    const qint64 cpuBefore = threadCpuMs();
    get(firstPageUrl(base, account.patient));
    loop.exec();
    fig.totalMs = clock.elapsed();
    fig.mainCpuMs = threadCpuMs() - cpuBefore;
    probe.stop();
    fig.claims = int(claims.size());
    fig.maxStallMs = probe.maxStallMs();
    fig.peakRssMb = probe.peakRss() / (1024 * 1024);
    fig.growthMb = (probe.peakRss() - rssBefore) / (1024 * 1024);
    return fig;
}

// (b) bbviewer's client: page 0, then every other page by startIndex, `concurrency` at once,
// parsed on worker threads.
RunFigures runClient(
    QNetworkAccessManager &nam, const QUrl &base, const Account &account, int concurrency)
{
    releaseFreedMemory();
    RunFigures fig;
    fig.method = u"bbviewer client x%1"_s.arg(concurrency);
    const qint64 rssBefore = residentBytes();
    // The token from one login: a benchmark run is far shorter than its hour.
    bb::account::FixedTokenProvider tokens(account.token, account.patient);
    bb::net::BlueButtonClient client(bb::net::Endpoints::fromBaseUrl(base), &tokens, &nam);
    bb::net::ClientOptions options;
    options.maxConcurrentRequests = concurrency;
    client.setOptions(options);
    LoopProbe probe;
    QEventLoop loop;
    QElapsedTimer clock;
    probe.start();
    clock.start();
    const qint64 cpuBefore = threadCpuMs();
    bb::net::FetchJob *job = client.fetchClaims();
    qint64 received = 0;
    QObject::connect(job, &bb::net::FetchJob::pageReady, &loop, [&](const bb::net::Page &page) {
        received += page.claims.size();
        if (fig.first50Ms < 0 && received >= 50)
            fig.first50Ms = clock.elapsed();
    });
    QObject::connect(job, &bb::net::FetchJob::finished, &loop, &QEventLoop::quit);
    loop.exec();
    fig.totalMs = clock.elapsed();
    fig.mainCpuMs = threadCpuMs() - cpuBefore;
    probe.stop();
    fig.claims = int(job->result().claims.size());
    fig.requests = job->result().requests;
    fig.complete = job->result().isComplete();
    fig.maxStallMs = probe.maxStallMs();
    fig.peakRssMb = probe.peakRss() / (1024 * 1024);
    fig.growthMb = (probe.peakRss() - rssBefore) / (1024 * 1024);
    delete job;
    return fig;
}

// The same probe with nothing to do: what the machine itself (other processes, the
// scheduler) costs the main loop, to read the stalls above against.
qint64 idleStallMs(int durationMs)
{
    LoopProbe probe;
    QEventLoop loop;
    QTimer::singleShot(durationMs, &loop, &QEventLoop::quit);
    probe.start();
    loop.exec();
    probe.stop();
    return probe.maxStallMs();
}

void printRow(QTextStream &out, const QString &user, const RunFigures &f)
{
    out << qSetFieldWidth(13) << Qt::left << user << qSetFieldWidth(24) << f.method
        << qSetFieldWidth(8) << Qt::right << f.claims << qSetFieldWidth(6) << f.requests
        << qSetFieldWidth(10) << f.totalMs << qSetFieldWidth(10) << f.first50Ms << qSetFieldWidth(9)
        << f.peakRssMb << qSetFieldWidth(8) << f.growthMb << qSetFieldWidth(8) << f.maxStallMs
        << qSetFieldWidth(8) << f.mainCpuMs << qSetFieldWidth(0) << "  "
        << (f.complete ? "complete" : "INCOMPLETE") << Qt::endl;
}

} // namespace

int runSyncBench(QTextStream &out, const SyncBenchOptions &options)
{
    bb::sandbox::SandboxThread sandbox(1);
    if (!sandbox.start()) {
        out << "could not start the sandbox\n";
        return 1;
    }
    const QUrl base = sandbox.baseUrl();
    const QStringList users {u"BBUser00374"_s, u"BBUser10001"_s};
    QElapsedTimer warm;
    warm.start();
    for (const QString &user : users)
        sandbox.warmUp(user);
    out << "sandbox on its own thread at " << base.toString() << ", warmed up in " << warm.elapsed()
        << " ms; injected latency " << options.latencyMs << " ms per request" << Qt::endl;

    QList<Account> accounts;
    bb::sandbox::walker::Client http(base);
    for (const QString &user : users) {
        bb::sandbox::walker::FlowOptions flow;
        flow.user = user;
        const QJsonObject token = bb::sandbox::walker::login(http, flow);
        accounts.append({user, token.value("access_token"_L1).toString(),
            token.value("patient"_L1).toString()});
        if (accounts.constLast().token.isEmpty()) {
            out << "login of " << user << " failed\n";
            return 1;
        }
    }

    QNetworkAccessManager nam;
    // One unmeasured pass per user with no latency: connections, caches and code paths warm.
    for (const Account &a : std::as_const(accounts))
        runClient(nam, base, a, 6);

    bb::sandbox::FaultSettings faults;
    faults.latencyMs = options.latencyMs;
    sandbox.setFaults(faults);

    const qint64 idleStall = idleStallMs(3000);
    out << "main-loop stall with nothing running (3 s): " << idleStall << " ms" << Qt::endl;

    const int concurrency = options.concurrency > 0
        ? options.concurrency
        : bb::net::ClientOptions().maxConcurrentRequests;
    out << "\n"
        << qSetFieldWidth(13) << Qt::left << "user" << qSetFieldWidth(24) << "method"
        << qSetFieldWidth(8) << Qt::right << "claims" << qSetFieldWidth(6) << "reqs"
        << qSetFieldWidth(10) << "total ms" << qSetFieldWidth(10) << "first 50" << qSetFieldWidth(9)
        << "peak MB" << qSetFieldWidth(8) << "+MB" << qSetFieldWidth(8) << "stall"
        << qSetFieldWidth(8) << "cpu ms" << qSetFieldWidth(0) << Qt::endl;
    QJsonArray runs;
    bool targetsMet = true;
    for (const Account &a : std::as_const(accounts)) {
        const RunFigures seq = runSequential(nam, base, a);
        printRow(out, a.user, seq);
        const RunFigures par = runClient(nam, base, a, concurrency);
        printRow(out, a.user, par);
        const double speedup = par.totalMs > 0 ? double(seq.totalMs) / double(par.totalMs) : 0;
        out << "  speed-up " << QString::number(speedup, 'f', 1) << "x" << Qt::endl;
        targetsMet = targetsMet && speedup >= 4 && par.first50Ms <= options.latencyMs + 200
            && par.maxStallMs <= 50 && par.complete && seq.complete;
        QJsonObject run {{u"user"_s, a.user}, {u"sequential"_s, seq.json()},
            {u"client"_s, par.json()}, {u"speedup"_s, speedup}};
        runs.append(run);
    }

    QJsonArray sweep;
    if (!options.sweep.isEmpty()) {
        out << "\nconcurrency sweep on " << accounts.constFirst().user << Qt::endl;
        for (int c : options.sweep) {
            const RunFigures f = runClient(nam, base, accounts.constFirst(), c);
            printRow(out, accounts.constFirst().user, f);
            sweep.append(QJsonObject {{u"concurrency"_s, c}, {u"total_ms"_s, f.totalMs},
                {u"first_50_ms"_s, f.first50Ms}, {u"max_main_loop_stall_ms"_s, f.maxStallMs},
                {u"main_thread_cpu_ms"_s, f.mainCpuMs}});
        }
    }
    sandbox.setFaults({});
    out << "\ntargets (>= 4x, first 50 within latency + 200 ms, stall <= 50 ms): "
        << (targetsMet ? "met" : "NOT met") << "\n";
    const QJsonObject figures {{u"benchmark"_s, u"sync"_s}, {u"latency_ms"_s, options.latencyMs},
        {u"concurrency"_s, concurrency}, {u"idle_stall_ms"_s, idleStall}, {u"runs"_s, runs},
        {u"sweep"_s, sweep}, {u"targets_met"_s, targetsMet}};
    out << QJsonDocument(figures).toJson(QJsonDocument::Compact) << "\n";
    return 0;
}
