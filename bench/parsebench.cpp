#include "parsebench.h"

#include "benchdata.h"
#include "fhir/parser.h"
#include "jsonwalks.h"
#include "memory.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

qint64 totalBytes(const QByteArrayList &pages)
{
    qint64 n = 0;
    for (const QByteArray &p : pages)
        n += p.size();
    return n;
}

// One timed pass of a reader over every page, in nanoseconds; the checksum keeps the work.
qint64 timePass(const QByteArrayList &pages, const std::function<quint64(const QByteArray &)> &work,
    quint64 *checksum)
{
    QElapsedTimer t;
    t.start();
    quint64 sum = 0;
    for (const QByteArray &p : pages)
        sum += work(p);
    const qint64 ns = t.nsecsElapsed();
    *checksum = sum;
    return ns;
}

double megabytesPerSecond(qint64 bytes, qint64 ns)
{
    return ns > 0 ? double(bytes) / (double(ns) / 1e6) / 1e3 : 0;
}

// Throughput of one reader over all its rounds: the best round, and the median one.
struct Figure
{
    QList<qint64> rounds; // ns
    double best(qint64 bytes) const
    {
        return rounds.isEmpty()
            ? 0
            : megabytesPerSecond(bytes, *std::min_element(rounds.begin(), rounds.end()));
    }
    double median(qint64 bytes) const
    {
        if (rounds.isEmpty())
            return 0;
        QList<qint64> sorted = rounds;
        std::sort(sorted.begin(), sorted.end());
        return megabytesPerSecond(bytes, sorted.at(sorted.size() / 2));
    }
};

struct Row
{
    QString input;
    qint64 bytes = 0;
    int claims = 0;
    int rounds = 0;
    double qjson = 0, portable = 0, avx2 = 0, typed = 0; // best round, MB/s
    double portableMedian = 0, avx2Median = 0, typedMedian = 0;
};

// The machine may be shared and noisy. The simdjson walks and the typed reader are timed in
// turn within each round, so a busy spell slows all of them alike, and the best round of each
// counts (the median is reported beside it). QJsonDocument, ten times slower, gets fewer
// rounds: it is context, not the yardstick.
Row measure(const QString &name, const QByteArrayList &pages, int repetitions, int qjsonRepetitions)
{
    Row row;
    row.input = name;
    row.bytes = totalBytes(pages);
    row.rounds = repetitions;
    quint64 check = 0;
    Figure qjson, portable, avx2, typed;
    quint64 claims = 0;
    const auto typedWork = [](const QByteArray &p) {
        return quint64(bb::fhir::parseDocument(p).claims.size());
    };
    for (int r = 0; r < repetitions; ++r) {
        if (r < qjsonRepetitions)
            qjson.rounds << timePass(pages, walkWithQJsonDocument, &check);
        portable.rounds << timePass(pages, walkWithSimdjsonPortable, &check);
#ifdef BB_HAVE_AVX2_WALK
        if (simdjsonAvx2Supported())
            avx2.rounds << timePass(pages, walkWithSimdjsonAvx2, &check);
#endif
        typed.rounds << timePass(pages, typedWork, &claims);
    }
    row.qjson = qjson.best(row.bytes);
    row.portable = portable.best(row.bytes);
    row.avx2 = avx2.best(row.bytes);
    row.typed = typed.best(row.bytes);
    row.portableMedian = portable.median(row.bytes);
    row.avx2Median = avx2.median(row.bytes);
    row.typedMedian = typed.median(row.bytes);
    row.claims = int(claims);
    return row;
}

} // namespace

int runParseBench(QTextStream &out, int largeClaimCount, int repetitions)
{
    const QByteArrayList sandbox = sandboxPagesCompact();
    repetitions = std::max(1, repetitions);
    // The small input takes milliseconds a round: many rounds cost nothing and steady it.
    const Row small = measure(u"sandbox 6 pages"_s, sandbox, repetitions * 5, repetitions);

    const qint64 rssBeforeData = residentBytes();
    QByteArrayList large = generatedPages(largeClaimCount);
    const Row big = measure(u"generated %1 claims"_s.arg(largeClaimCount), large, repetitions,
        std::max(1, repetitions / 3));

    // Memory: keep every typed claim of the large set alive, drop the JSON, and compare the
    // growth of the resident set with the JSON size. (Includes allocator slack: an upper bound.)
    const qint64 jsonBytes = totalBytes(large);
    QList<bb::fhir::Claim> claims;
    claims.reserve(largeClaimCount);
    const qint64 rssBeforeTyped = residentBytes();
    for (const QByteArray &p : std::as_const(large))
        claims << bb::fhir::parseDocument(p).claims;
    const qint64 rssAfterTyped = residentBytes();
    const qint64 typedBytes = rssAfterTyped - rssBeforeTyped;
    Q_UNUSED(rssBeforeData)

    auto line = [&](const Row &r) {
        out << qSetFieldWidth(24) << Qt::left << r.input << qSetFieldWidth(10) << Qt::right
            << QString::number(double(r.bytes) / 1e6, 'f', 2) << QString::number(r.claims)
            << QString::number(r.qjson, 'f', 0) << QString::number(r.portable, 'f', 0)
            << QString::number(r.avx2, 'f', 0) << QString::number(r.typed, 'f', 0)
            << QString::number(100.0 * r.typed / r.portable, 'f', 0)
            << QString::number(r.avx2 > 0 ? 100.0 * r.typed / r.avx2 : 0, 'f', 0)
            << qSetFieldWidth(0) << "\n";
    };
    out << "bbbench parse: JSON bytes -> typed claims (MB/s, best round; " << small.rounds
        << " rounds on the sandbox pages, " << big.rounds << " on the generated set)\n";
    out << "references: QJsonDocument::fromJson + walk; simdjson On-Demand full walk, built\n"
           "portably (the fallback kernel a default build gets) and for AVX2 (0 = CPU lacks "
           "it).\nThe walks and the typed reader take turns within each round.\n\n";
    out << qSetFieldWidth(24) << Qt::left << "input" << qSetFieldWidth(10) << Qt::right << "MB"
        << "claims"
        << "QJsonDoc"
        << "od-port"
        << "od-avx2"
        << "typed"
        << "%port"
        << "%avx2" << qSetFieldWidth(0) << "\n";
    line(small);
    line(big);
    auto medians = [&](const Row &r) {
        out << qSetFieldWidth(24) << Qt::left << r.input << qSetFieldWidth(10) << Qt::right
            << QString::number(r.portableMedian, 'f', 0) << QString::number(r.avx2Median, 'f', 0)
            << QString::number(r.typedMedian, 'f', 0)
            << QString::number(100.0 * r.typedMedian / r.portableMedian, 'f', 0)
            << QString::number(r.avx2Median > 0 ? 100.0 * r.typedMedian / r.avx2Median : 0, 'f', 0)
            << qSetFieldWidth(0) << "\n";
    };
    out << "\nmedian rounds:\n";
    out << qSetFieldWidth(24) << Qt::left << "input" << qSetFieldWidth(10) << Qt::right << "od-port"
        << "od-avx2"
        << "typed"
        << "%port"
        << "%avx2" << qSetFieldWidth(0) << "\n";
    medians(small);
    medians(big);
    out << "\nmemory: " << claims.size() << " typed claims use about "
        << QString::number(double(typedBytes) / 1e6, 'f', 1) << " MB resident, from "
        << QString::number(double(jsonBytes) / 1e6, 'f', 1) << " MB of compact JSON ("
        << QString::number(100.0 * double(typedBytes) / double(jsonBytes), 'f', 1) << "%)\n";

    QJsonObject figures {
        {"bench"_L1, "parse"_L1},
        {"sandbox_mb"_L1, double(small.bytes) / 1e6},
        {"sandbox_claims"_L1, small.claims},
        {"sandbox_qjson_mbps"_L1, small.qjson},
        {"sandbox_simdjson_portable_mbps"_L1, small.portable},
        {"sandbox_simdjson_avx2_mbps"_L1, small.avx2},
        {"sandbox_typed_mbps"_L1, small.typed},
        {"large_mb"_L1, double(big.bytes) / 1e6},
        {"large_claims"_L1, big.claims},
        {"large_qjson_mbps"_L1, big.qjson},
        {"large_simdjson_portable_mbps"_L1, big.portable},
        {"large_simdjson_avx2_mbps"_L1, big.avx2},
        {"large_typed_mbps"_L1, big.typed},
        {"sandbox_simdjson_portable_median_mbps"_L1, small.portableMedian},
        {"sandbox_simdjson_avx2_median_mbps"_L1, small.avx2Median},
        {"sandbox_typed_median_mbps"_L1, small.typedMedian},
        {"large_simdjson_portable_median_mbps"_L1, big.portableMedian},
        {"large_simdjson_avx2_median_mbps"_L1, big.avx2Median},
        {"large_typed_median_mbps"_L1, big.typedMedian},
        {"rounds_sandbox"_L1, small.rounds},
        {"rounds_large"_L1, big.rounds},
        {"typed_claims"_L1, int(claims.size())},
        {"typed_resident_mb"_L1, double(typedBytes) / 1e6},
        {"typed_source_json_mb"_L1, double(jsonBytes) / 1e6},
    };
    out << QJsonDocument(figures).toJson(QJsonDocument::Compact) << "\n";
    return 0;
}
