#pragma once

#include "fhir/common.h"
#include "fhir/money.h"
#include "models/cell.h"
#include "models/claimfilter.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QPointer>

#include <optional>

namespace bb::models {

class ClaimListModel;

// Prescription history grouped by drug, read from a ClaimListModel's Part D claims: a tree of
// drug -> fills. Each drug row sums its fills exactly (cents); fills stay in arrival order
// (put a QSortFilterProxyModel with SortRole on top to order them). Follows the claim list as
// pages arrive: new fills and drugs are inserted, a replaced claim regroups everything.
class DrugsModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column {
        Drug,
        FirstFill, // a fill row: its date
        LastFill,
        Fills,
        DaysSupply,
        TotalCost,
        YouPaid,
        Pharmacy,
        ColumnCount
    };
    Q_ENUM(Column)

    struct Fill
    {
        int sourceRow = -1; // row in the ClaimListModel
        QDate date;
        fhir::Coding drug; // NDC and name of this fill
        std::optional<int> daysSupply;
        std::optional<fhir::Money> cost;
        std::optional<fhir::Money> paid;
        QString pharmacy;
    };

    struct Group
    {
        QString key; // case-folded drug name, else the NDC
        QString name;
        QString code; // NDC of the first fill seen
        QList<Fill> fills;
        QDate first;
        QDate last;
        qint64 daysSupply = 0;
        fhir::Money cost;
        fhir::Money paid;
        QStringList pharmacies;
    };

    explicit DrugsModel(QObject *parent = nullptr);

    void setSourceModel(ClaimListModel *source);
    // The claims-list filter applied to the fills (date range, search text, "you may owe");
    // its type part applies too, so a filter hiding prescriptions leaves this model empty.
    void setFilter(const ClaimFilter &filter);
    const ClaimFilter &filter() const { return m_filter; }

    int drugCount() const { return int(m_groups.size()); }
    const Group &group(int row) const { return m_groups.at(row); }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void rebuild();
    void addRows(int first, int last);
    std::optional<Fill> fillFor(int sourceRow) const;
    static QString keyOf(const Fill &fill);
    static void addToGroup(Group &group, const Fill &fill);
    Cell groupCell(const Group &group, int column) const;
    Cell fillCell(const Fill &fill, int column) const;

    QPointer<ClaimListModel> m_source;
    ClaimFilter m_filter;
    QList<Group> m_groups;
    QHash<QString, int> m_groupByKey;
};

} // namespace bb::models
