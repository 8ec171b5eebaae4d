#pragma once

#include "models/overview.h"
#include "models/tablemodel.h"

#include <QPointer>

namespace bb::models {

// Totals per year and claim type, newest year first: a chart's bar groups.
class YearTotalsModel : public TableModel
{
    Q_OBJECT
public:
    enum Column { Year, Type, Claims, Billed, MedicarePaid, YouMayOwe, ColumnCount };
    Q_ENUM(Column)

    explicit YearTotalsModel(QObject *parent = nullptr);
    void setTotals(QList<YearTypeTotals> totals);

protected:
    int rows() const override { return int(m_totals.size()); }
    Cell cell(int row, int column) const override;

private:
    QList<YearTypeTotals> m_totals;
};

// What you paid or may owe per month, the last twelve months, oldest first.
class MonthlyPaidModel : public TableModel
{
    Q_OBJECT
public:
    enum Column { Month, Claims, YouMayOwe, ColumnCount };
    Q_ENUM(Column)

    explicit MonthlyPaidModel(QObject *parent = nullptr);
    void setMonths(QList<MonthTotals> months);

protected:
    int rows() const override { return int(m_months.size()); }
    Cell cell(int row, int column) const override;

private:
    QList<MonthTotals> m_months;
};

// Top providers (by amount billed) or top drugs (by drug cost), highest first.
class RankingModel : public TableModel
{
    Q_OBJECT
public:
    enum Column { Name, Code, Claims, Cost, ColumnCount };
    Q_ENUM(Column)

    explicit RankingModel(QObject *parent = nullptr);
    void setRanking(QList<RankedCost> ranking);

protected:
    int rows() const override { return int(m_ranking.size()); }
    Cell cell(int row, int column) const override;

private:
    QList<RankedCost> m_ranking;
};

// Keeps the overview's figures and models current while a ClaimListModel fills up.
class OverviewModels : public QObject
{
    Q_OBJECT
public:
    explicit OverviewModels(QObject *parent = nullptr);

    void setSourceModel(ClaimListModel *source);
    // "Today" decides the twelve months shown; a parameter so tests are reproducible.
    void setToday(const QDate &today);
    void setFilter(const ClaimFilter &filter);

    const Overview &overview() const { return m_overview; }
    YearTotalsModel *yearTotals() { return &m_years; }
    MonthlyPaidModel *monthlyPaid() { return &m_months; }
    RankingModel *topProviders() { return &m_providers; }
    RankingModel *topDrugs() { return &m_drugs; }

Q_SIGNALS:
    void overviewChanged();

private:
    void recompute();

    // Providers and drugs ranked on the overview page.
    static constexpr int kTopCount = 10;

    QPointer<ClaimListModel> m_source;
    QDate m_today;
    ClaimFilter m_filter;
    Overview m_overview;
    YearTotalsModel m_years;
    MonthlyPaidModel m_months;
    RankingModel m_providers;
    RankingModel m_drugs;
};

} // namespace bb::models
