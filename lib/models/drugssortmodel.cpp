#include "models/drugssortmodel.h"

#include "models/roles.h"

namespace bb::models {

DrugsSortModel::DrugsSortModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
}

bool DrugsSortModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (QSortFilterProxyModel::lessThan(left, right))
        return true;
    if (QSortFilterProxyModel::lessThan(right, left))
        return false;
    const QModelIndex leftDrug = left.siblingAtColumn(DrugsModel::Drug);
    const QModelIndex rightDrug = right.siblingAtColumn(DrugsModel::Drug);
    if (QSortFilterProxyModel::lessThan(leftDrug, rightDrug))
        return true;
    if (QSortFilterProxyModel::lessThan(rightDrug, leftDrug))
        return false;
    // Fills of one drug share its name; their claim ids never repeat.
    return left.data(ClaimIdRole).toString() < right.data(ClaimIdRole).toString();
}

} // namespace bb::models
