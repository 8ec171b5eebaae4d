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

// Best of `repetitions` runs, in MB/s (10^6 bytes), so a stray scheduler hiccup does not count.
double throughput(const QByteArrayList &pages, int repetitions,
    const std::function<quint64(const QByteArray &)> &work, quint64 *checksum)
{
    const qint64 bytes = totalBytes(pages);
    qint64 best = std::numeric_limits<qint64>::max();
    for (int r = 0; r < repetitions; ++r) {
        QElapsedTimer t;
        t.start();
        quint64 sum = 0;
        for (const QByteArray &p : pages)
            sum += work(p);
        best = std::min(best, t.nsecsElapsed());
        *checksum = sum;
    }
    return double(bytes) / (double(best) / 1e9) / 1e6;
}

struct Row
{
    QString input;
    qint64 bytes = 0;
    int claims = 0;
    double qjson = 0, portable = 0, avx2 = 0, typed = 0;
};

Row measure(const QString &name, const QByteArrayList &pages, int repetitions)
{
    Row row;
    row.input = name;
    row.bytes = totalBytes(pages);
    quint64 check = 0;
    row.qjson = throughput(pages, repetitions, walkWithQJsonDocument, &check);
    row.portable = throughput(pages, repetitions, walkWithSimdjsonPortable, &check);
#ifdef BB_HAVE_AVX2_WALK
    if (simdjsonAvx2Supported())
        row.avx2 = throughput(pages, repetitions, walkWithSimdjsonAvx2, &check);
#endif
    quint64 claims = 0;
    row.typed = throughput(
        pages, repetitions,
        [](const QByteArray &p) { return quint64(bb::fhir::parseDocument(p).claims.size()); },
        &claims);
    row.claims = int(claims);
    return row;
}

} // namespace

int runParseBench(QTextStream &out, int largeClaimCount, int repetitions)
{
    const QByteArrayList sandbox = sandboxPagesCompact();
    const Row small = measure(u"sandbox 6 pages"_s, sandbox, repetitions);

    const qint64 rssBeforeData = residentBytes();
    QByteArrayList large = generatedPages(largeClaimCount);
    const Row big =
        measure(u"generated %1 claims"_s.arg(largeClaimCount), large, std::max(1, repetitions / 3));

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
    out << "bbbench parse: JSON bytes -> typed claims (MB/s, best of " << repetitions << ")\n";
    out << "references: QJsonDocument::fromJson + walk; simdjson On-Demand full walk, built\n"
           "portably (the fallback kernel a default build gets) and for AVX2 (0 = CPU lacks "
           "it)\n\n";
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
        {"typed_claims"_L1, int(claims.size())},
        {"typed_resident_mb"_L1, double(typedBytes) / 1e6},
        {"typed_source_json_mb"_L1, double(jsonBytes) / 1e6},
    };
    out << QJsonDocument(figures).toJson(QJsonDocument::Compact) << "\n";
    return 0;
}
