#include "recordbench.h"

#include "account/accountservice.h"
#include "account/recordstore.h"
#include "account/recordsync.h"
#include "account/sync.h"
#include "auth/memorysecretstore.h"
#include "loopprobe.h"
#include "models/claimlistmodel.h"
#include "models/coveragemodels.h"
#include "models/patientmodel.h"
#include "sandbox/sandboxthread.h"
#include "sandbox/sandboxwalker.h"
#include "store/compression.h"
#include "store/localstore.h"
#include "store/storeerror.h"
#include "store/storeformat.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using bb::account::LocalRecord;
using bb::account::RecordStore;
using bb::account::RecordSync;

namespace {

constexpr qint64 kDaySecs = 86400;

// A persistent keychain, in memory.
class Keychain : public bb::auth::MemorySecretStore
{
public:
    bool isPersistent() const override { return true; }
};

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

double best(const QList<double> &values)
{
    return values.isEmpty() ? 0 : *std::min_element(values.begin(), values.end());
}

// Runs the main loop until `done` is set by a signal, or gives up after `timeoutMs`.
bool waitFor(const bool &done, int timeoutMs = 180'000)
{
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(1);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done)
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (!done) {
        poll.start();
        loop.exec();
    }
    return done;
}

// The views the app fills from a person's data (AppController's models and raw archive).
struct Views
{
    bb::models::PatientModel patient;
    bb::models::CoverageModel coverage;
    bb::models::ClaimListModel claims;
    bb::exporting::RawArchive raw;

    void clear()
    {
        patient.clear();
        coverage.clear();
        claims.clear();
        raw.clear();
    }

    // What AppController::showRecord() does with a record read back from the store (the
    // claim rows made beforehand on a worker thread, as the app does; `rows` empty: made here).
    void show(const LocalRecord &record,
        std::optional<bb::models::ClaimListModel::PreparedRows> rows = std::nullopt)
    {
        clear();
        if (!record.typed.patients.isEmpty())
            patient.setPatient(record.typed.patients.constFirst());
        coverage.setCoverages(record.typed.coverages);
        claims.fillPrepared(
            rows ? std::move(*rows) : bb::models::ClaimListModel::prepareRows(record.typed.claims));
        if (record.state.serverClaimTotal >= 0)
            claims.setExpectedTotal(record.state.serverClaimTotal);
        claims.setSyncComplete(record.state.complete);
        raw = record.raw;
    }

    // What AppController::attachSync() connects: a sync streams into the views.
    void attach(bb::account::Sync *sync, bool replacesData)
    {
        if (replacesData) {
            claims.clear();
            raw.clear();
        }
        QObject::connect(sync, &bb::account::Sync::patientReceived, &patient,
            &bb::models::PatientModel::setPatient);
        QObject::connect(sync, &bb::account::Sync::coveragesReceived, &coverage,
            &bb::models::CoverageModel::setCoverages);
        QObject::connect(sync, &bb::account::Sync::claimsReceived, &claims,
            &bb::models::ClaimListModel::appendClaims);
        QObject::connect(sync, &bb::account::Sync::rawArchived, &claims,
            [this](const bb::exporting::RawArchive &batch) { raw.merge(batch); });
    }
};

struct User
{
    QString name; // BBUser00374
    QString label; // 2919
    QString patient;
    QString token;
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<bb::account::AccountService> service;
};

struct SyncRun
{
    double ms = 0;
    int requests = 0;
    RecordSync::Mode mode = RecordSync::Mode::Full;
    bool complete = false;
    qint64 maxStallMs = 0;
    LocalRecord record;
};

// One RecordSync from `kept` into `views` (which already show `kept`, as in the app), timed
// from start() to finished().
SyncRun runSync(bb::account::AccountService *service, LocalRecord kept, Views &views)
{
    SyncRun run;
    bb::account::SyncRequest request; // the app's: 6 requests at once (UiSettings' default)
    request.rawJson = bb::account::SyncRequest::RawJson::Archived;
    RecordSync sync(service, std::move(kept), request, QDateTime::currentDateTimeUtc());
    QObject::connect(&sync, &RecordSync::syncStarted, &sync,
        [&views](bb::account::Sync *s, bool replacesData) { views.attach(s, replacesData); });
    bool done = false;
    QObject::connect(&sync, &RecordSync::finished, &sync, [&done] { done = true; });
    LoopProbe probe;
    QElapsedTimer timer;
    probe.start();
    timer.start();
    sync.start();
    waitFor(done);
    run.ms = msSince(timer);
    probe.stop();
    run.maxStallMs = probe.maxStallMs();
    run.requests = sync.requests();
    run.mode = sync.mode();
    run.complete = done && sync.isComplete();
    run.record = sync.takeRecord();
    return run;
}

struct StoreRun
{
    double ms = 0;
    double guiMs = 0; // reopen: the part spent filling the views on the main thread
    qint64 maxStallMs = 0;
    bool ok = false;
};

StoreRun save(const QString &dir, const User &user, Keychain *keychain, const LocalRecord &record)
{
    StoreRun run;
    RecordStore store(dir, u"sandbox"_s, user.patient, keychain);
    bool done = false;
    QObject::connect(&store, &RecordStore::saved, &store, [&](const bb::store::StoreError &error) {
        run.ok = error.ok();
        done = true;
    });
    LoopProbe probe;
    QElapsedTimer timer;
    probe.start();
    timer.start();
    store.save(record);
    waitFor(done);
    run.ms = msSince(timer);
    probe.stop();
    run.maxStallMs = probe.maxStallMs();
    return run;
}

// From load() to the views filled, as the app reopens a person's data at start.
StoreRun reopen(const QString &dir, const User &user, Keychain *keychain, int expectedClaims)
{
    StoreRun run;
    RecordStore store(dir, u"sandbox"_s, user.patient, keychain);
    auto views = std::make_unique<Views>();
    bool done = false;
    QObject::connect(&store, &RecordStore::loaded, &store,
        [&](const LocalRecord &record, const bb::store::StoreError &error) {
            // As AppController::onRecordLoaded(): the rows on a worker, then the views.
            auto *watcher = new QFutureWatcher<bb::models::ClaimListModel::PreparedRows>(&store);
            QObject::connect(
                watcher, &QFutureWatcherBase::finished, &store, [&, watcher, record, error] {
                    watcher->deleteLater();
                    QElapsedTimer gui;
                    gui.start();
                    views->show(record, watcher->result());
                    run.guiMs = msSince(gui);
                    run.ok = error.ok() && views->claims.claimCount() == expectedClaims;
                    done = true;
                });
            watcher->setFuture(QtConcurrent::run([claims = record.typed.claims] {
                return bb::models::ClaimListModel::prepareRows(claims);
            }));
        });
    LoopProbe probe;
    QElapsedTimer timer;
    probe.start();
    timer.start();
    store.load();
    waitFor(done);
    run.ms = msSince(timer);
    probe.stop();
    run.maxStallMs = probe.maxStallMs();
    return run;
}

// Where a reopen's time goes, step by step on this thread: the store's read (decrypt,
// decompress, unpack), the typed record's decode (binarycodec) and the raw archive's index.
struct ReopenSplit
{
    double storeLoadMs = 0;
    double decompressMs = 0; // of that: zstd, and the snapshot's unpacking (the rest:
    double unpackMs = 0; // reading the file, decrypting and the hand-over between threads)
    double decodeMs = 0;
    double rawArchiveMs = 0;
};

ReopenSplit splitReopen(const QString &dir, const User &user, Keychain *keychain)
{
    ReopenSplit split;
    bb::store::LocalStore store(dir, u"sandbox"_s, user.patient, keychain);
    bb::store::Snapshot snapshot;
    bool done = false;
    QObject::connect(&store, &bb::store::LocalStore::loadFinished, &store,
        [&](const bb::store::LoadResult &result) {
            snapshot = result.snapshot;
            done = true;
        });
    QElapsedTimer timer;
    timer.start();
    store.load();
    waitFor(done);
    split.storeLoadMs = msSince(timer);
    const QByteArray plain = bb::store::serializeSnapshot(snapshot);
    const QByteArray packed = bb::store::compress(plain, bb::store::CompressionChoice {});
    timer.start();
    (void)bb::store::decompress(packed, bb::store::Compression::Zstd);
    split.decompressMs = msSince(timer);
    timer.start();
    (void)bb::store::deserializeSnapshot(plain);
    split.unpackMs = msSince(timer);
    timer.start();
    LocalRecord record;
    RecordStore::decodeRecord(snapshot.appData, &record);
    split.decodeMs = msSince(timer);
    timer.start();
    QList<bb::exporting::RawArchive::Compressed> entries;
    entries.reserve(snapshot.resources.size());
    for (const bb::fhir::RawResource &resource : std::as_const(snapshot.resources)) {
        bb::exporting::RawArchive::Compressed entry {resource, resource.json};
        entry.meta.json.clear();
        entries.append(std::move(entry));
    }
    record.raw = bb::exporting::RawArchive::fromCompressed(std::move(entries));
    split.rawArchiveMs = msSince(timer);
    return split;
}

qint64 jsonBytes(const LocalRecord &record)
{
    qint64 bytes = 0;
    for (const bb::fhir::RawResource &r : record.raw.resources())
        bytes += r.json.size();
    return bytes;
}

QString fmt(double ms)
{
    return QString::number(ms, 'f', 1);
}

} // namespace

bool runRecordBench(QTextStream &out, QJsonObject &figures, int repetitions, int latencyMs)
{
    repetitions = std::max(1, repetitions);
    bb::sandbox::SandboxThread sandbox(1);
    if (!sandbox.start()) {
        out << "could not start the sandbox\n";
        return false;
    }
    bb::sandbox::FaultSettings faults;
    // The sandbox's clock moves by days between the changed syncs below.
    faults.accessTokenLifetimeSeconds = 400 * kDaySecs;
    sandbox.setFaults(faults);

    QTemporaryDir dir;
    Keychain keychain;
    QNetworkAccessManager nam;
    bb::auth::Environment env =
        bb::auth::Environment::defaults(bb::auth::Environment::Kind::Custom);
    env.setBaseUrl(sandbox.baseUrl());
    std::vector<User> users;
    bb::sandbox::walker::Client http(sandbox.baseUrl());
    for (const auto &[name, label] :
        {std::pair {u"BBUser00374"_s, u"2919"_s}, std::pair {u"BBUser10001"_s, u"10000"_s}}) {
        sandbox.warmUp(name);
        bb::sandbox::walker::FlowOptions flow;
        flow.user = name;
        const QJsonObject token = bb::sandbox::walker::login(http, flow);
        User user;
        user.name = name;
        user.label = label;
        user.patient = token.value("patient"_L1).toString();
        user.token = token.value("access_token"_L1).toString();
        if (user.token.isEmpty()) {
            out << "login of " << name << " failed\n";
            return false;
        }
        user.settings =
            std::make_unique<QSettings>(dir.filePath(label + u".ini"_s), QSettings::IniFormat);
        user.service =
            std::make_unique<bb::account::AccountService>(*user.settings, &keychain, &nam);
        user.service->useAccessToken(env, user.token, user.patient);
        users.push_back(std::move(user));
    }
    {
        // One unmeasured sync with no latency: connections and code paths warm.
        Views views;
        runSync(users.front().service.get(), {}, views);
    }
    faults.latencyMs = latencyMs;
    sandbox.setFaults(faults);

    out << "\nlocal store and incremental sync: sandbox on its own thread, " << latencyMs
        << " ms latency, " << bb::account::SyncRequest().maxConcurrentRequests
        << " requests at once; median of " << repetitions
        << " (best in brackets), the full sync of 10,000 claims once\n";
    QJsonObject record;
    bool ok = true;
    quint64 changeSeed = 100;
    for (User &user : users) {
        const QString &n = user.label;
        const QString storeDir = dir.filePath(u"store-"_s + n);

        // (a) Everything downloaded into empty views.
        QList<double> fullMs;
        SyncRun full;
        const int fullRuns = n == "10000"_L1 ? 1 : repetitions;
        for (int i = 0; i < fullRuns; ++i) {
            Views views;
            full = runSync(user.service.get(), {}, views);
            fullMs << full.ms;
            ok = ok && full.complete && full.mode == RecordSync::Mode::Full;
        }
        const LocalRecord kept = full.record;
        const int claims = int(kept.typed.claims.size());

        // (e, f) Saved to the encrypted store.
        QList<double> saveMs;
        qint64 saveStall = 0;
        for (int i = 0; i < repetitions; ++i) {
            const StoreRun run = save(storeDir, user, &keychain, kept);
            saveMs << run.ms;
            saveStall = std::max(saveStall, run.maxStallMs);
            ok = ok && run.ok;
        }
        qint64 storeBytes = 0;
        {
            RecordStore store(storeDir, u"sandbox"_s, user.patient, &keychain);
            storeBytes = store.sizeOnDisk();
        }
        const qint64 json = jsonBytes(kept);

        // (b, f) Reopened from the store into the views.
        QList<double> reopenMs, guiMs;
        qint64 loadStall = 0;
        for (int i = 0; i < repetitions; ++i) {
            const StoreRun run = reopen(storeDir, user, &keychain, claims);
            reopenMs << run.ms;
            guiMs << run.guiMs;
            loadStall = std::max(loadStall, run.maxStallMs);
            ok = ok && run.ok;
        }
        const ReopenSplit split = splitReopen(storeDir, user, &keychain);

        // (c) Nothing new on the server.
        QList<double> nochangeMs;
        int nochangeRequests = 0;
        qint64 syncStall = 0;
        for (int i = 0; i < repetitions; ++i) {
            Views views;
            views.show(kept);
            const SyncRun run = runSync(user.service.get(), kept, views);
            nochangeMs << run.ms;
            nochangeRequests = std::max(nochangeRequests, run.requests);
            syncStall = std::max(syncStall, run.maxStallMs);
            ok = ok && run.complete && run.mode == RecordSync::Mode::Incremental
                && run.record.typed.claims.size() == claims;
        }

        // (d) 20 claims added and 5 updated since, two server days later each time (so a
        // round does not see the previous one's changes again).
        QList<double> changedMs;
        int changedRequests = 0;
        LocalRecord current = kept;
        for (int i = 0; i < repetitions; ++i) {
            sandbox.advanceClock(2 * kDaySecs);
            bb::sandbox::ClaimChanges changes;
            changes.added = 20;
            changes.updated = 5;
            changes.seed = changeSeed++;
            const bb::sandbox::AppliedChanges applied = sandbox.changeClaims(user.patient, changes);
            Views views;
            views.show(current);
            const qsizetype before = current.typed.claims.size();
            SyncRun run = runSync(user.service.get(), current, views);
            changedMs << run.ms;
            changedRequests = std::max(changedRequests, run.requests);
            syncStall = std::max(syncStall, run.maxStallMs);
            ok = ok && run.complete && run.mode == RecordSync::Mode::Incremental
                && applied.added.size() == 20
                && run.record.typed.claims.size() == before + applied.added.size()
                && views.claims.claimCount() == run.record.typed.claims.size();
            current = std::move(run.record);
        }

        const double full50 = median(fullMs);
        const double reopen50 = median(reopenMs);
        const double speedup = reopen50 > 0 ? full50 / reopen50 : 0;
        const double ratio = json > 0 ? double(storeBytes) / double(json) : 0;
        out << "\n"
            << user.name << " (" << claims << " claims)\n"
            << "  full sync          " << fmt(full50) << " ms [" << fmt(best(fullMs)) << "], "
            << full.requests << " requests\n"
            << "  save               " << fmt(median(saveMs)) << " ms [" << fmt(best(saveMs))
            << "], main-loop stall " << saveStall << " ms\n"
            << "  reopen to views    " << fmt(reopen50) << " ms [" << fmt(best(reopenMs))
            << "], of which views " << fmt(median(guiMs)) << " ms; main-loop stall " << loadStall
            << " ms; " << QString::number(speedup, 'f', 1) << "x the full sync\n"
            << "    split (one run): store read " << fmt(split.storeLoadMs) << " ms (zstd "
            << fmt(split.decompressMs) << ", unpacking " << fmt(split.unpackMs)
            << "), typed decode " << fmt(split.decodeMs) << " ms, raw archive "
            << fmt(split.rawArchiveMs) << " ms\n"
            << "  sync, nothing new  " << fmt(median(nochangeMs)) << " ms ["
            << fmt(best(nochangeMs)) << "], " << nochangeRequests << " requests\n"
            << "  sync, 20+5 changed " << fmt(median(changedMs)) << " ms [" << fmt(best(changedMs))
            << "], " << changedRequests << " requests\n"
            << "  store file         " << storeBytes / 1024 << " KiB for " << json / 1024
            << " KiB of JSON: " << QString::number(100 * ratio, 'f', 1) << "%\n"
            << "  main-loop stall during the syncs " << syncStall << " ms" << Qt::endl;

        record.insert(u"claims_%1"_s.arg(n), claims);
        record.insert(u"full_sync_%1_ms"_s.arg(n), full50);
        record.insert(u"full_requests_%1"_s.arg(n), full.requests);
        record.insert(u"save_%1_ms"_s.arg(n), median(saveMs));
        record.insert(u"reopen_%1_ms"_s.arg(n), reopen50);
        record.insert(u"reopen_gui_%1_ms"_s.arg(n), median(guiMs));
        record.insert(u"reopen_speedup_%1"_s.arg(n), speedup);
        record.insert(u"reopen_store_read_%1_ms"_s.arg(n), split.storeLoadMs);
        record.insert(u"reopen_zstd_%1_ms"_s.arg(n), split.decompressMs);
        record.insert(u"reopen_unpack_%1_ms"_s.arg(n), split.unpackMs);
        record.insert(u"reopen_decode_%1_ms"_s.arg(n), split.decodeMs);
        record.insert(u"reopen_raw_archive_%1_ms"_s.arg(n), split.rawArchiveMs);
        record.insert(u"nochange_sync_%1_ms"_s.arg(n), median(nochangeMs));
        record.insert(u"nochange_requests_%1"_s.arg(n), nochangeRequests);
        record.insert(u"changed_sync_%1_ms"_s.arg(n), median(changedMs));
        record.insert(u"changed_requests_%1"_s.arg(n), changedRequests);
        record.insert(u"store_bytes_%1"_s.arg(n), storeBytes);
        record.insert(u"json_bytes_%1"_s.arg(n), json);
        record.insert(u"store_ratio_%1"_s.arg(n), ratio);
        record.insert(u"max_stall_load_%1_ms"_s.arg(n), loadStall);
        record.insert(u"max_stall_save_%1_ms"_s.arg(n), saveStall);
        record.insert(u"max_stall_sync_%1_ms"_s.arg(n), syncStall);
    }
    record.insert(u"latency_ms"_s, latencyMs);
    record.insert(u"concurrency"_s, bb::account::SyncRequest().maxConcurrentRequests);
    record.insert(u"runs_ok"_s, ok);
    if (!ok)
        out << "A SYNC OR STORE RUN FAILED OR DID NOT MATCH\n";
    figures.insert(u"record"_s, record);
    return ok;
}
