#include "exportbench.h"

#include "benchdata.h"
#include "export/claimscsv.h"
#include "export/collectionbundle.h"
#include "export/modelcsv.h"
#include "export/rawarchive.h"
#include "fhir/parser.h"
#include "models/claimlistmodel.h"
#include "models/claimsproxymodel.h"
#include "report/claimstatement.h"
#include "report/modeltable.h"
#include "report/pdfreport.h"
#include "report/reportcontext.h"
#include "sandboxclaims.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;
using bb::models::ClaimListModel;
using bb::models::ClaimsProxyModel;

namespace {

struct Timing
{
    double best = 0;
    double median = 0;
};

Timing measure(int repetitions, const std::function<void()> &work)
{
    QList<double> times;
    for (int i = 0; i < std::max(1, repetitions); ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times << double(timer.nsecsElapsed()) / 1e6;
    }
    std::sort(times.begin(), times.end());
    return {times.first(), times.at(times.size() / 2)};
}

bb::report::ReportContext benchContext()
{
    bb::report::ReportContext context;
    context.patientName = u"Benchmark Beneficiary"_s;
    context.medicareNumber = u"••••-•••-AA00"_s;
    return context;
}

} // namespace

int runExportBench(QTextStream &out, int claimCount, int repetitions)
{
    QTemporaryDir dir;
    const QList<bb::fhir::Claim> claims = sandboxClaims(claimCount);
    ClaimListModel model;
    model.appendClaims(claims);
    ClaimsProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(ClaimListModel::ServiceStart, Qt::DescendingOrder);

    // 1. CSV of every claim as the Claims tab shows them (the GUI's File > Export as CSV).
    const QString csvPath = dir.filePath(u"claims.csv"_s);
    const Timing csv =
        measure(repetitions, [&]() { bb::exporting::exportModelCsv(&proxy, csvPath); });
    const qint64 csvBytes = QFileInfo(csvPath).size();
    // The command line's claims CSV (more columns, from the typed claims).
    const Timing cliCsv = measure(repetitions, [&]() {
        const QByteArray bytes = bb::exporting::claimsCsv(claims).toUtf8();
        Q_UNUSED(bytes);
    });

    // 2. PDF of the 1,000 newest claims: the table read from the model on the GUI thread,
    // then layout and painting (the part that runs on the export thread).
    const int newest = std::min(1000, int(claims.size()));
    QList<bb::fhir::Claim> newestClaims;
    for (int row = 0; row < newest; ++row)
        newestClaims << model.claim(proxy.mapToSource(proxy.index(row, 0)).row());
    ClaimListModel newestModel;
    newestModel.appendClaims(newestClaims);
    ClaimsProxyModel newestProxy;
    newestProxy.setSourceModel(&newestModel);
    newestProxy.sort(ClaimListModel::ServiceStart, Qt::DescendingOrder);
    bb::report::ReportDocument listReport;
    bb::report::ModelTableOptions tableOptions;
    tableOptions.totals = true;
    tableOptions.totalsLabel = u"Total"_s;
    const Timing snapshot = measure(repetitions, [&]() {
        listReport = bb::report::makeReport(u"Claims"_s, benchContext());
        listReport.blocks << bb::report::tableFromModel(&newestProxy, tableOptions);
    });
    const QString pdfPath = dir.filePath(u"claims.pdf"_s);
    const Timing pdf =
        measure(repetitions, [&]() { bb::report::writePdfFile(listReport, pdfPath); });
    const qint64 pdfBytes = QFileInfo(pdfPath).size();

    // 3. A claim statement: the claim with the most line items.
    const auto richest = std::max_element(
        claims.cbegin(), claims.cend(), [](const bb::fhir::Claim &a, const bb::fhir::Claim &b) {
            return a.items.size() < b.items.size();
        });
    const QString claimPath = dir.filePath(u"claim.pdf"_s);
    const Timing statement = measure(repetitions, [&]() {
        bb::report::writePdfFile(bb::report::claimStatement(*richest, benchContext()), claimPath);
    });

    // 4. The JSON as received: archiving the sync's pages (a worker thread's job in the app)
    // and File > Export All Data as FHIR JSON from the archive.
    const QByteArrayList pages = generatedPages(int(claims.size()));
    qsizetype jsonBytes = 0;
    for (const QByteArray &page : pages)
        jsonBytes += page.size();
    // The sync reads each page once into typed claims and their JSON as received; the
    // difference to a typed-only reading is what keeping the JSON costs.
    const Timing typedOnly = measure(std::min(repetitions, 2), [&]() {
        for (const QByteArray &page : pages)
            bb::fhir::parseDocument(page);
    });
    QList<bb::fhir::RawResource> raw;
    const Timing typedAndRaw = measure(std::min(repetitions, 2), [&]() {
        raw.clear();
        for (const QByteArray &page : pages)
            raw += bb::fhir::parseDocument(page, {}, {true}).raw;
    });
    bb::exporting::RawArchive archive;
    const Timing archiving = measure(std::min(repetitions, 2),
        [&]() { archive = bb::exporting::RawArchive::fromResources(raw); });
    const QString jsonPath = dir.filePath(u"all.json"_s);
    const Timing fhirJson = measure(std::min(repetitions, 2),
        [&]() { bb::exporting::writeCollectionBundle(jsonPath, archive.resources()); });

    out << "bbbench export: " << claims.size()
        << " claims (sandbox BBUser10001), best and median of " << repetitions << "\n\n";
    out << qSetFieldWidth(46) << Qt::left << "export" << qSetFieldWidth(10) << Qt::right
        << "best ms"
        << "median ms"
        << "target" << qSetFieldWidth(0) << "\n";
    auto row = [&](const QString &name, const Timing &t, const QString &target) {
        out << qSetFieldWidth(46) << Qt::left << name << qSetFieldWidth(10) << Qt::right
            << QString::number(t.best, 'f', 1) << QString::number(t.median, 'f', 1) << target
            << qSetFieldWidth(0) << "\n";
    };
    row(u"CSV, Claims tab, %1 claims"_s.arg(claims.size()), csv, u"< 1000"_s);
    row(u"CSV, command line claims, %1 claims"_s.arg(claims.size()), cliCsv, QString());
    row(u"PDF, %1 newest claims: read the model"_s.arg(newest), snapshot, QString());
    row(u"PDF, %1 newest claims: layout + write"_s.arg(newest), pdf, QString());
    row(u"PDF, %1 newest claims: total"_s.arg(newest),
        {snapshot.best + pdf.best, snapshot.median + pdf.median}, u"< 5000"_s);
    row(u"PDF, claim statement (%1 lines)"_s.arg(richest->items.size()), statement, u"< 300"_s);
    row(u"reading the pages, typed only"_s, typedOnly, QString());
    row(u"reading the pages, typed + JSON as received"_s, typedAndRaw, QString());
    row(u"JSON as received: compress %1 claims"_s.arg(archive.size()), archiving, QString());
    row(u"FHIR JSON export of the archive"_s, fhirJson, QString());
    out << "\narchive: " << archive.compressedBytes() / (1024 * 1024) << " MiB compressed for "
        << jsonBytes / (1024 * 1024) << " MiB of JSON\n";
    out << "files: CSV " << csvBytes / 1024 << " KiB, claims PDF " << pdfBytes / 1024 << " KiB\n";

    const QJsonObject figures {
        {"bench"_L1, "export"_L1},
        {"claims"_L1, int(claims.size())},
        {"csv_ms"_L1, csv.median},
        {"csv_best_ms"_L1, csv.best},
        {"cli_csv_ms"_L1, cliCsv.median},
        {"pdf_claims"_L1, newest},
        {"pdf_snapshot_ms"_L1, snapshot.median},
        {"pdf_write_ms"_L1, pdf.median},
        {"pdf_total_ms"_L1, snapshot.median + pdf.median},
        {"pdf_bytes"_L1, pdfBytes},
        {"claim_pdf_ms"_L1, statement.median},
        {"claim_pdf_lines"_L1, int(richest->items.size())},
        {"read_typed_ms"_L1, typedOnly.median},
        {"read_typed_raw_ms"_L1, typedAndRaw.median},
        {"archive_ms"_L1, archiving.median},
        {"archive_bytes"_L1, archive.compressedBytes()},
        {"archive_json_bytes"_L1, jsonBytes},
        {"fhir_json_export_ms"_L1, fhirJson.median},
        {"within_targets"_L1,
            csv.median < 1000 && snapshot.median + pdf.median < 5000 && statement.median < 300},
    };
    out << QJsonDocument(figures).toJson(QJsonDocument::Compact) << "\n";
    return 0;
}
