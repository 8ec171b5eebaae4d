#include "storebench.h"

#include "auth/memorysecretstore.h"
#include "fhir/parser.h"
#include "recordbench.h"
#include "sandbox/sandboxthread.h"
#include "sandbox/sandboxwalker.h"
#include "store/compression.h"
#include "store/localstore.h"
#include "store/storeformat.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;
using bb::store::Compression;
using bb::store::CompressionChoice;
using bb::store::Snapshot;

namespace {

// A keychain that keeps what it holds, in memory.
class BenchKeychain : public bb::auth::MemorySecretStore
{
public:
    bool isPersistent() const override { return true; }
};

struct DataSet
{
    QString name; // "fixtures", "2919", "10000"
    Snapshot snapshot;
    int claims = 0;
};

double bestOf(int repetitions, const std::function<void()> &work)
{
    double best = 0;
    for (int i = 0; i < std::max(1, repetitions); ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        best = i == 0 ? ms : std::min(best, ms);
    }
    return best;
}

void addResources(Snapshot &snapshot, const QByteArray &json, const QString &origin)
{
    snapshot.resources += bb::fhir::parseDocument(json, origin, {true}).raw;
}

DataSet fixtures()
{
    DataSet set {u"fixtures"_s, {}, 0};
    const QDir data(QStringLiteral(BB_TEST_DATA_DIR));
    QStringList files;
    for (int page = 0; page < 6; ++page)
        files << u"sandbox-captured/sdk_sandbox_eob_search_page%1.json"_s.arg(page);
    files << u"bfd-v2-normalized/patientRead.json"_s
          << u"bfd-v2-normalized/coverageSearchByPatientId.json"_s;
    for (const QString &file : files) {
        QFile f(data.filePath(file));
        if (f.open(QIODevice::ReadOnly))
            addResources(set.snapshot, f.readAll(), file);
    }
    for (const auto &r : std::as_const(set.snapshot.resources))
        set.claims += r.resourceType == "ExplanationOfBenefit"_L1;
    return set;
}

// Every page of every type for `user`, as a sync would download them.
DataSet sandboxUser(bb::sandbox::walker::Client &http, const QString &user, const QString &name)
{
    DataSet set {name, {}, 0};
    bb::sandbox::walker::FlowOptions flow;
    flow.user = user;
    const QJsonObject token = bb::sandbox::walker::login(http, flow);
    const QString access = token.value("access_token"_L1).toString();
    const QString patient = token.value("patient"_L1).toString();
    for (const QString &type : {u"Patient"_s, u"Coverage"_s, u"ExplanationOfBenefit"_s}) {
        QUrl url = http.resolve(u"/v2/fhir/"_s + type + u'/');
        url.setQuery(u"patient="_s + patient + u"&_count=50"_s);
        if (type == "Patient"_L1)
            url.setQuery(u"_id="_s + patient);
        while (url.isValid()) {
            const bb::sandbox::walker::Reply reply =
                http.get(url.toString(), bb::sandbox::walker::bearer(access));
            if (reply.status != 200)
                break;
            const bb::fhir::Document doc = bb::fhir::parseDocument(reply.body, type, {true});
            set.snapshot.resources += doc.raw;
            url = doc.links.next;
        }
        bb::store::SyncState state;
        state.lastCompleteSync = QDateTime::currentDateTimeUtc();
        state.lastFullSync = state.lastCompleteSync;
        set.snapshot.syncStates.insert(type, state);
    }
    for (const auto &r : std::as_const(set.snapshot.resources))
        set.claims += r.resourceType == "ExplanationOfBenefit"_L1;
    return set;
}

QString methodName(Compression method)
{
    return method == Compression::Zstd ? u"zstd"_s : u"zlib"_s;
}

struct StoreRun
{
    double saveMs = 0;
    double loadMs = 0;
    qint64 fileBytes = 0;
    qint64 maxStallMs = 0; // the longest the main loop waited while saving or loading
    bool ok = false;
};

// A 5 ms timer on the main loop: a late tick is time the GUI thread could not answer.
class StallProbe
{
public:
    StallProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(kTickMs);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] { tick(); });
    }
    void start()
    {
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    void stop()
    {
        tick();
        m_timer.stop();
    }
    qint64 maxStallMs() const { return m_max; }

private:
    static constexpr int kTickMs = 5;
    void tick()
    {
        const qint64 now = m_clock.elapsed();
        m_max = std::max(m_max, now - m_last - kTickMs);
        m_last = now;
    }
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_max = 0;
};

StoreRun runLocalStore(const DataSet &set, const CompressionChoice &choice, int repetitions)
{
    StoreRun run;
    QTemporaryDir dir;
    BenchKeychain keychain;
    bb::store::LocalStore store(dir.filePath(u"store"_s), u"sandbox"_s, u"bench"_s, &keychain);
    store.setCompression(choice);
    QEventLoop loop;
    StallProbe probe;
    QObject::connect(&store, &bb::store::LocalStore::saveFinished, &loop, &QEventLoop::quit);
    QObject::connect(&store, &bb::store::LocalStore::loadFinished, &loop, &QEventLoop::quit);
    // A first save creates the key and the directory; it is not counted.
    store.save(set.snapshot);
    loop.exec();
    probe.start();
    run.saveMs = bestOf(repetitions, [&] {
        store.save(set.snapshot);
        loop.exec();
    });
    run.fileBytes = QFileInfo(store.location()).size();
    // Only the first answer is kept: replacing it would free a whole data set in the slot,
    // a cost of this benchmark, not of the store.
    Snapshot loaded;
    QObject::connect(&store, &bb::store::LocalStore::loadFinished, &loop,
        [&loaded](const bb::store::LoadResult &result) {
            if (loaded.isEmpty())
                loaded = result.snapshot;
        });
    run.loadMs = bestOf(repetitions, [&] {
        store.load();
        loop.exec();
    });
    probe.stop();
    run.maxStallMs = probe.maxStallMs();
    run.ok = loaded == set.snapshot;
    return run;
}

} // namespace

int runStoreBench(QTextStream &out, const StoreBenchOptions &options)
{
    const int repetitions = options.repetitions;
    if (options.recordOnly) {
        QJsonObject figures {{u"bench"_s, u"store"_s}, {u"repeat"_s, repetitions}};
        const bool ok = runRecordBench(out, figures, repetitions, options.latencyMs);
        out << QJsonDocument(figures).toJson(QJsonDocument::Compact) << "\n";
        return ok ? 0 : 1;
    }
    QList<DataSet> sets {fixtures()};
    {
        bb::sandbox::SandboxThread sandbox(1);
        if (!sandbox.start()) {
            out << "could not start the sandbox\n";
            return 1;
        }
        bb::sandbox::walker::Client http(sandbox.baseUrl());
        sets << sandboxUser(http, u"BBUser00374"_s, u"2919"_s)
             << sandboxUser(http, u"BBUser10001"_s, u"10000"_s);
    }

    const QList<CompressionChoice> choices {{Compression::Zlib, 1}, {Compression::Zlib, 6},
        {Compression::Zlib, 9}, {Compression::Zstd, 1}, {Compression::Zstd, 3},
        {Compression::Zstd, 6}, {Compression::Zstd, 9}, {Compression::Zstd, 12},
        {Compression::Zstd, 19}};
    QJsonArray table;
    out << "bbbench store: best of " << repetitions << "\n\n";
    out << qSetFieldWidth(10) << Qt::left << "data"
        << "method" << qSetFieldWidth(12) << Qt::right << "JSON MiB"
        << "packed KiB"
        << "ratio"
        << "pack ms"
        << "unpack ms" << qSetFieldWidth(0) << "\n";
    // A fixed time, so a loaded snapshot can be compared with the one saved.
    for (DataSet &set : sets)
        set.snapshot.savedAt = QDateTime(QDate(2026, 12, 2), QTime(8, 0), Qt::UTC);
    for (const DataSet &set : std::as_const(sets)) {
        const QByteArray plain = bb::store::serializeSnapshot(set.snapshot);
        const qint64 json = set.snapshot.jsonBytes();
        for (const CompressionChoice &choice : choices) {
            // zstd 19 takes about a minute on the 10,000-claim user (10 s on the 2,919):
            // measured once on the smaller sets, which is enough to rule it out.
            if (choice.level >= 19 && json > 100'000'000)
                continue;
            // The slowest levels once on the big sets: their standing is clear at once.
            const int reps = choice.level >= 12 && json > 10'000'000 ? 1 : repetitions;
            QByteArray packed;
            const double packMs =
                bestOf(reps, [&] { packed = bb::store::compress(plain, choice); });
            const double unpackMs =
                bestOf(reps, [&] { (void)bb::store::decompress(packed, choice.method); });
            const double ratio = double(packed.size()) / double(json);
            out << qSetFieldWidth(10) << Qt::left << set.name
                << methodName(choice.method) + u' ' + QString::number(choice.level)
                << qSetFieldWidth(12) << Qt::right
                << QString::number(double(json) / 1048576, 'f', 1) << packed.size() / 1024
                << QString::number(ratio, 'f', 4) << QString::number(packMs, 'f', 1)
                << QString::number(unpackMs, 'f', 1) << qSetFieldWidth(0) << Qt::endl;
            table.append(QJsonObject {{u"data"_s, set.name},
                {u"method"_s, methodName(choice.method)}, {u"level"_s, choice.level},
                {u"json_bytes"_s, json}, {u"packed_bytes"_s, packed.size()}, {u"ratio"_s, ratio},
                {u"compress_ms"_s, packMs}, {u"decompress_ms"_s, unpackMs}});
        }
    }

    // The whole store: the snapshot to an encrypted file on disk (fsync included) and back,
    // through LocalStore with its worker thread, as the app will use it.
    QJsonObject figures {{u"bench"_s, u"store"_s}, {u"repeat"_s, repetitions}};
    bool allOk = true;
    out << "\n"
        << qSetFieldWidth(10) << Qt::left << "data"
        << "store" << qSetFieldWidth(12) << Qt::right << "resources"
        << "file KiB"
        << "file/JSON"
        << "save ms"
        << "load ms"
        << "stall ms" << qSetFieldWidth(0) << "\n";
    for (const DataSet &set : std::as_const(sets)) {
        for (const CompressionChoice &choice :
            {CompressionChoice {Compression::Zstd, 3}, CompressionChoice {Compression::Zlib, 6}}) {
            const StoreRun run = runLocalStore(set, choice, repetitions);
            const double ratio = double(run.fileBytes) / double(set.snapshot.jsonBytes());
            allOk = allOk && run.ok;
            out << qSetFieldWidth(10) << Qt::left << set.name
                << methodName(choice.method) + u' ' + QString::number(choice.level)
                << qSetFieldWidth(12) << Qt::right << set.snapshot.resources.size()
                << run.fileBytes / 1024 << QString::number(ratio, 'f', 4)
                << QString::number(run.saveMs, 'f', 1) << QString::number(run.loadMs, 'f', 1)
                << run.maxStallMs << qSetFieldWidth(0) << (run.ok ? "" : "  ROUND TRIP FAILED")
                << Qt::endl;
            // zstd, what the store writes, has the plain names; zlib's carry its name.
            const QString suffix = choice.method == Compression::Zstd ? QString() : u"_zlib"_s;
            figures.insert(u"store_save_%1%2_ms"_s.arg(set.name, suffix), run.saveMs);
            figures.insert(u"store_load_%1%2_ms"_s.arg(set.name, suffix), run.loadMs);
            figures.insert(u"store_bytes_%1%2"_s.arg(set.name, suffix), run.fileBytes);
            figures.insert(u"store_bytes_ratio_%1%2"_s.arg(set.name, suffix), ratio);
            figures.insert(u"store_max_stall_%1%2_ms"_s.arg(set.name, suffix), run.maxStallMs);
        }
        figures.insert(u"store_json_bytes_%1"_s.arg(set.name), set.snapshot.jsonBytes());
        figures.insert(u"store_claims_%1"_s.arg(set.name), set.claims);
    }
    figures.insert(u"round_trips_ok"_s, allOk);
    figures.insert(u"compression"_s, table);
    allOk = runRecordBench(out, figures, repetitions, options.latencyMs) && allOk;
    out << QJsonDocument(figures).toJson(QJsonDocument::Compact) << "\n";
    return allOk ? 0 : 1;
}
