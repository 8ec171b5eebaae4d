#include "uibench.h"

#include "codes/codetables.h"
#include "memory.h"
#include "models/claimlistmodel.h"
#include "models/claimsproxymodel.h"
#include "models/drugsmodel.h"
#include "models/overview.h"
#include "sandboxclaims.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;
using bb::models::ClaimListModel;
using bb::models::ClaimsProxyModel;

namespace {

struct Step
{
    QString name;
    std::function<void()> change;
    double ms = 0; // best of the repetitions
    double medianMs = 0;
    int rows = 0;
};

} // namespace

int runUiBench(QTextStream &out, int claimCount, int repetitions)
{
    QElapsedTimer timer;
    timer.start();
    const QList<bb::fhir::Claim> claims = sandboxClaims(claimCount);
    const double generateMs = double(timer.nsecsElapsed()) / 1e6;

    QDate today;
    for (const bb::fhir::Claim &c : claims)
        today = std::max(today, c.serviceEnd());

    const qint64 rssBefore = residentBytes();
    ClaimListModel model;
    ClaimsProxyModel proxy;
    proxy.setSourceModel(&model);
    // Pages of 50 as a sync delivers them, with the proxy sorting newest first as they come.
    timer.restart();
    for (qsizetype i = 0; i < claims.size(); i += 50)
        model.appendClaims(claims.mid(i, 50));
    const double loadMs = double(timer.nsecsElapsed()) / 1e6;
    const qint64 rssAfter = residentBytes();

    // What plain words add. The code tables are read the first time a coded value is shown
    // (Coverage, Patient, a claim's codes), never by the list itself; the claim sentence is
    // made only when a row's tooltip or accessible description is asked for.
    const qint64 rssBeforeTables = residentBytes();
    timer.restart();
    const bb::codes::CodeTables &tables = bb::codes::CodeTables::instance();
    for (const char *id : {"MS_CD", "OREC", "CREC", "ESRD_IND", "DUAL_12", "A_TRM_CD", "B_TRM_CD",
             "STATE_CD", "RACE"}) // what a Coverage and a Patient page decode
        tables.find(QString::fromLatin1(id));
    const double tablesMs = double(timer.nsecsElapsed()) / 1e6;
    const qint64 tablesResident = residentBytes() - rssBeforeTables;
    timer.restart();
    qsizetype sentenceChars = 0;
    for (int r = 0; r < model.rowCount(); ++r)
        sentenceChars += model.index(r, 0).data(Qt::ToolTipRole).toString().size();
    const double sentencesMs = double(timer.nsecsElapsed()) / 1e6;

    // The drugs tree and the overview read the same list.
    bb::models::DrugsModel drugs;
    timer.restart();
    drugs.setSourceModel(&model);
    const double drugsGroupMs = double(timer.nsecsElapsed()) / 1e6;
    bb::models::ClaimFilter lastYear;

    QString drug;
    for (const bb::fhir::Claim &c : claims) {
        if (c.fill && !c.fill->drug.display.isEmpty()) {
            drug = c.fill->drug.display.section(u' ', 0, 0);
            break;
        }
    }
    using bb::fhir::ClaimType;
    using bb::models::DatePreset;
    QList<Step> steps {
        {u"type: prescriptions only"_s, [&] { proxy.setClaimTypes({ClaimType::Pde}); }},
        {u"type: all"_s, [&] { proxy.showAllClaimTypes(); }},
        {u"dates: last 12 months"_s, [&] { proxy.setDatePreset(DatePreset::Last12Months, today); }},
        {u"dates: this year"_s, [&] { proxy.setDatePreset(DatePreset::ThisYear, today); }},
        {u"dates: all"_s, [&] { proxy.setDatePreset(DatePreset::AllDates, today); }},
        {u"search: \"%1\""_s.arg(drug), [&] { proxy.setSearchText(drug); }},
        {u"search: \"e11\""_s, [&] { proxy.setSearchText(u"e11"_s); }},
        {u"search: none"_s, [&] { proxy.setSearchText({}); }},
        {u"you may owe only"_s, [&] { proxy.setOnlyPatientResponsibility(true); }},
        {u"you may owe off"_s, [&] { proxy.setOnlyPatientResponsibility(false); }},
        {u"sort: billed ascending"_s,
            [&] { proxy.sort(ClaimListModel::Billed, Qt::AscendingOrder); }},
        {u"sort: provider ascending"_s,
            [&] { proxy.sort(ClaimListModel::Provider, Qt::AscendingOrder); }},
        {u"sort: you may owe descending"_s,
            [&] { proxy.sort(ClaimListModel::YouMayOwe, Qt::DescendingOrder); }},
        {u"sort: newest first"_s,
            [&] { proxy.sort(ClaimListModel::ServiceStart, Qt::DescendingOrder); }},
        {u"footer totals"_s, [&] { (void)proxy.totals(); }},
        {u"drugs: last 12 months"_s,
            [&] {
                lastYear.setDatePreset(DatePreset::Last12Months, today);
                drugs.setFilter(lastYear);
            }},
        {u"drugs: all dates"_s,
            [&] {
                lastYear.setDatePreset(DatePreset::AllDates, today);
                drugs.setFilter(lastYear);
            }},
        {u"overview: recompute"_s, [&] { (void)bb::models::computeOverview(model, today); }},
    };
    // The steps run in order, each from the state the previous one left (as a user clicks
    // through them); the whole sequence repeats, and ends back at the default view.
    QList<QList<double>> times(steps.size());
    for (int r = 0; r < repetitions; ++r) {
        for (qsizetype i = 0; i < steps.size(); ++i) {
            timer.restart();
            steps[i].change();
            times[i] << double(timer.nsecsElapsed()) / 1e6;
            steps[i].rows =
                steps[i].name.startsWith("drugs"_L1) ? drugs.rowCount() : proxy.rowCount();
        }
    }
    for (qsizetype i = 0; i < steps.size(); ++i) {
        std::sort(times[i].begin(), times[i].end());
        steps[i].ms = times[i].first();
        steps[i].medianMs = times[i].at(times[i].size() / 2);
    }

    double worst = 0;
    for (const Step &s : steps)
        worst = std::max(worst, s.medianMs);

    out << "bbbench ui: claims list models, " << model.rowCount() << " claims (sandbox "
        << "BBUser10001), best and median of " << repetitions << "\n\n";
    out << "generate + parse: " << QString::number(generateMs, 'f', 0) << " ms; load in pages of "
        << "50 (model + sorting proxy): " << QString::number(loadMs, 'f', 1) << " ms\n";
    out << "memory of the list model: "
        << QString::number(double(rssAfter - rssBefore) / 1e6, 'f', 1)
        << " MB resident (rows share the claims' strings)\n";
    out << "code tables, first Coverage and Patient page: " << QString::number(tablesMs, 'f', 1)
        << " ms (" << QString::number(100.0 * tablesMs / loadMs, 'f', 1) << "% of the load), "
        << tables.tableCount() << " tables, " << tables.valueCount() << " values, "
        << QString::number(double(tables.heapBytes()) / 1e6, 'f', 1) << " MB heap ("
        << QString::number(double(tablesResident) / 1e6, 'f', 1) << " MB resident)\n";
    out << "one plain sentence per claim, every row: " << QString::number(sentencesMs, 'f', 1)
        << " ms (" << sentenceChars / std::max<qsizetype>(1, model.rowCount())
        << " characters each on average; made only on hover)\n";
    out << "drugs tree, first grouping: " << QString::number(drugsGroupMs, 'f', 1) << " ms, "
        << drugs.rowCount() << " drugs (rows: drugs for the drugs steps, claims otherwise)\n\n";
    out << qSetFieldWidth(34) << Qt::left << "change" << qSetFieldWidth(10) << Qt::right
        << "best ms"
        << "median ms"
        << "rows" << qSetFieldWidth(0) << "\n";
    QJsonArray stepFigures;
    for (const Step &s : steps) {
        out << qSetFieldWidth(34) << Qt::left << s.name << qSetFieldWidth(10) << Qt::right
            << QString::number(s.ms, 'f', 2) << QString::number(s.medianMs, 'f', 2)
            << QString::number(s.rows) << qSetFieldWidth(0) << "\n";
        stepFigures.append(QJsonObject {{"change"_L1, s.name}, {"best_ms"_L1, s.ms},
            {"median_ms"_L1, s.medianMs}, {"rows"_L1, s.rows}});
    }
    out << "\nslowest change (median): " << QString::number(worst, 'f', 2)
        << " ms (budget 100 ms)\n";
    const QJsonObject figures {
        {"bench"_L1, "ui"_L1},
        {"claims"_L1, model.rowCount()},
        {"generate_parse_ms"_L1, generateMs},
        {"load_ms"_L1, loadMs},
        {"drugs_group_ms"_L1, drugsGroupMs},
        {"code_tables_ms"_L1, tablesMs},
        {"code_tables_heap_mb"_L1, double(tables.heapBytes()) / 1e6},
        {"claim_sentences_ms"_L1, sentencesMs},
        {"model_resident_mb"_L1, double(rssAfter - rssBefore) / 1e6},
        {"slowest_change_median_ms"_L1, worst},
        {"within_budget"_L1, worst < 100.0},
        {"steps"_L1, stepFigures},
    };
    out << QJsonDocument(figures).toJson(QJsonDocument::Compact) << "\n";
    return 0;
}
