#include "models/claimsproxymodel.h"

#include "models/claimlistmodel.h"
#include "models/logging.h"
#include "models/roles.h"

namespace bb::models {

namespace {

void addOrCount(fhir::Money &sum, int &unknown, const std::optional<fhir::Money> &amount)
{
    if (amount)
        sum += *amount;
    else
        ++unknown;
}

} // namespace

ClaimsProxyModel::ClaimsProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    setDynamicSortFilter(true);
    sort(ClaimListModel::ServiceStart, Qt::DescendingOrder);
    const auto changed = [this] { Q_EMIT totalsChanged(); };
    connect(this, &QAbstractItemModel::rowsInserted, this, changed);
    connect(this, &QAbstractItemModel::rowsRemoved, this, changed);
    connect(this, &QAbstractItemModel::modelReset, this, changed);
    connect(this, &QAbstractItemModel::dataChanged, this, changed);
}

void ClaimsProxyModel::setSourceModel(QAbstractItemModel *model)
{
    // Only our own connection: the base class keeps (and manages) its own to the source.
    disconnect(m_completeness);
    m_source = qobject_cast<ClaimListModel *>(model);
    if (model && !m_source)
        qCWarning(lcModels) << "ClaimsProxyModel needs a ClaimListModel, got" << model;
    QSortFilterProxyModel::setSourceModel(m_source);
    if (m_source) {
        m_completeness = connect(m_source, &ClaimListModel::completenessChanged, this,
            [this] { Q_EMIT totalsChanged(); });
    }
}

void ClaimsProxyModel::applyFilter(const ClaimFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    invalidateFilter();
    Q_EMIT filterChanged();
    Q_EMIT totalsChanged();
}

void ClaimsProxyModel::setClaimTypeShown(fhir::ClaimType type, bool shown)
{
    ClaimFilter f = m_filter;
    f.setTypeShown(type, shown);
    applyFilter(f);
}

void ClaimsProxyModel::setClaimTypes(const QList<fhir::ClaimType> &types)
{
    ClaimFilter f = m_filter;
    f.setTypes(types);
    applyFilter(f);
}

void ClaimsProxyModel::showAllClaimTypes()
{
    ClaimFilter f = m_filter;
    f.showAllTypes();
    applyFilter(f);
}

void ClaimsProxyModel::setDateRange(const QDate &from, const QDate &to)
{
    ClaimFilter f = m_filter;
    f.setDateRange(from, to);
    applyFilter(f);
}

void ClaimsProxyModel::setDatePreset(DatePreset preset, const QDate &today)
{
    ClaimFilter f = m_filter;
    f.setDatePreset(preset, today);
    applyFilter(f);
}

void ClaimsProxyModel::setSearchText(const QString &text)
{
    ClaimFilter f = m_filter;
    f.setSearchText(text);
    applyFilter(f);
}

void ClaimsProxyModel::setOnlyPatientResponsibility(bool only)
{
    ClaimFilter f = m_filter;
    f.setOnlyPatientResponsibility(only);
    applyFilter(f);
}

void ClaimsProxyModel::setFilter(const ClaimFilter &filter)
{
    applyFilter(filter);
}

bool ClaimsProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_source || sourceParent.isValid())
        return false;
    return m_filter.accepts(m_source->claimRow(sourceRow));
}

bool ClaimsProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_source)
        return false;
    return m_source->compareRows(left.column(), left.row(), right.row()) < 0;
}

ClaimTotals ClaimsProxyModel::totals() const
{
    ClaimTotals t;
    if (!m_source)
        return t;
    t.loaded = m_source->claimCount();
    t.expected = m_source->expectedTotal();
    t.complete = m_source->isComplete();
    // The filter is cheap and exact; walking the source avoids a mapping per row.
    const bool all = m_filter.isPassThrough();
    for (int i = 0; i < t.loaded; ++i) {
        const ClaimRow &row = m_source->claimRow(i);
        if (!all && !m_filter.accepts(row))
            continue;
        ++t.shown;
        addOrCount(t.billed, t.billedUnknown, row.billed);
        addOrCount(t.paid, t.paidUnknown, row.paid);
        addOrCount(t.youMayOwe, t.oweUnknown, row.owe);
    }
    return t;
}

} // namespace bb::models
