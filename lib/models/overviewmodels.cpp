#include "models/overviewmodels.h"

#include "models/claimlistmodel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace bb::models {

YearTotalsModel::YearTotalsModel(QObject *parent)
    : TableModel("bb::models::YearTotalsModel",
        {{"year", QT_TRANSLATE_NOOP("bb::models::YearTotalsModel", "Year")},
            {"claim_type", QT_TRANSLATE_NOOP("bb::models::YearTotalsModel", "Type")},
            {"claims", QT_TRANSLATE_NOOP("bb::models::YearTotalsModel", "Claims")},
            {"billed", QT_TRANSLATE_NOOP("bb::models::YearTotalsModel", "Amount billed")},
            {"medicare_paid",
                QT_TRANSLATE_NOOP("bb::models::YearTotalsModel", "Medicare or plan paid")},
            {"you_may_owe", QT_TRANSLATE_NOOP("bb::models::YearTotalsModel", "You may owe")}},
        parent)
{
}

void YearTotalsModel::setTotals(QList<YearTypeTotals> totals)
{
    beginResetModel();
    m_totals = std::move(totals);
    endResetModel();
}

Cell YearTotalsModel::cell(int row, int column) const
{
    const YearTypeTotals &t = m_totals.at(row);
    switch (Column(column)) {
    case Year: {
        // A year is a label, not a quantity: no digit grouping ("2,023").
        Cell c = Cell::text(QString::number(t.year));
        c.sortKey = t.year;
        return c;
    }
    case Type: {
        Cell c = Cell::text(fhir::claimTypeDisplayName(t.type));
        c.exportValue = fhir::claimTypeKey(t.type);
        return c;
    }
    case Claims:
        return Cell::integer(t.totals.claims);
    case Billed:
        return Cell::money(t.totals.billed);
    case MedicarePaid:
        return Cell::money(t.totals.medicarePaid);
    case YouMayOwe:
        return Cell::money(t.totals.youMayOwe);
    case ColumnCount:
        break;
    }
    return {};
}

MonthlyPaidModel::MonthlyPaidModel(QObject *parent)
    : TableModel("bb::models::MonthlyPaidModel",
        {{"month", QT_TRANSLATE_NOOP("bb::models::MonthlyPaidModel", "Month")},
            {"claims", QT_TRANSLATE_NOOP("bb::models::MonthlyPaidModel", "Claims")},
            {"you_may_owe", QT_TRANSLATE_NOOP("bb::models::MonthlyPaidModel", "You may owe")}},
        parent)
{
}

void MonthlyPaidModel::setMonths(QList<MonthTotals> months)
{
    beginResetModel();
    m_months = std::move(months);
    endResetModel();
}

Cell MonthlyPaidModel::cell(int row, int column) const
{
    const MonthTotals &m = m_months.at(row);
    switch (Column(column)) {
    case Month: {
        Cell c = Cell::text(QLocale().toString(m.month, u"MMM yyyy"_s));
        c.sortKey = m.month;
        c.exportValue = m.month.toString(u"yyyy-MM"_s);
        return c;
    }
    case Claims:
        return Cell::integer(m.claims);
    case YouMayOwe:
        return Cell::money(m.youMayOwe);
    case ColumnCount:
        break;
    }
    return {};
}

RankingModel::RankingModel(QObject *parent)
    : TableModel("bb::models::RankingModel",
        {{"name", QT_TRANSLATE_NOOP("bb::models::RankingModel", "Name")},
            {"code", QT_TRANSLATE_NOOP("bb::models::RankingModel", "NPI or NDC")},
            {"claims", QT_TRANSLATE_NOOP("bb::models::RankingModel", "Claims")},
            {"cost", QT_TRANSLATE_NOOP("bb::models::RankingModel", "Cost")}},
        parent)
{
}

void RankingModel::setRanking(QList<RankedCost> ranking)
{
    beginResetModel();
    m_ranking = std::move(ranking);
    endResetModel();
}

Cell RankingModel::cell(int row, int column) const
{
    const RankedCost &r = m_ranking.at(row);
    switch (Column(column)) {
    case Name:
        return Cell::text(r.name);
    case Code:
        return Cell::text(r.code);
    case Claims:
        return Cell::integer(r.claims);
    case Cost:
        return Cell::money(r.cost);
    case ColumnCount:
        break;
    }
    return {};
}

OverviewModels::OverviewModels(QObject *parent)
    : QObject(parent)
    , m_today(QDate::currentDate())
{
}

void OverviewModels::setSourceModel(ClaimListModel *source)
{
    if (m_source)
        disconnect(m_source, nullptr, this, nullptr);
    m_source = source;
    if (source) {
        const auto again = [this] { recompute(); };
        connect(source, &QAbstractItemModel::rowsInserted, this, again);
        connect(source, &QAbstractItemModel::rowsRemoved, this, again);
        connect(source, &QAbstractItemModel::dataChanged, this, again);
        connect(source, &QAbstractItemModel::modelReset, this, again);
        connect(source, &ClaimListModel::completenessChanged, this, again);
    }
    recompute();
}

void OverviewModels::setToday(const QDate &today)
{
    m_today = today;
    recompute();
}

void OverviewModels::setFilter(const ClaimFilter &filter)
{
    m_filter = filter;
    recompute();
}

void OverviewModels::recompute()
{
    m_overview = m_source ? computeOverview(*m_source, m_today, m_filter, kTopCount) : Overview();
    m_years.setTotals(m_overview.byYearAndType);
    m_months.setMonths(m_overview.lastTwelveMonths);
    m_providers.setRanking(m_overview.topProviders);
    m_drugs.setRanking(m_overview.topDrugs);
    Q_EMIT overviewChanged();
}

} // namespace bb::models
