#pragma once

#include "models/drugsmodel.h"

#include <QSortFilterProxyModel>

namespace bb::models {

// The order of the Drugs tab and of its exports: DrugsModel sorted by SortRole, and where two
// rows are equal on the sort column (two drugs last filled the same day, two fills of a day)
// by drug, then by claim id. Without that tie-break the order of equal rows would follow the
// order the claims happened to arrive in, and the same data could show and export two ways.
class DrugsSortModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    // How the tab opens: the drug filled most recently first.
    static constexpr int defaultSortColumn = DrugsModel::LastFill;
    static constexpr Qt::SortOrder defaultSortOrder = Qt::DescendingOrder;

    explicit DrugsSortModel(QObject *parent = nullptr);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
};

} // namespace bb::models
