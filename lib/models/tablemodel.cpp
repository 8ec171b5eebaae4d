#include "models/tablemodel.h"

#include "models/roles.h"

#include <QCoreApplication>

namespace bb::models {

TableModel::TableModel(QList<ColumnSpec> columns, QObject *parent)
    : QAbstractTableModel(parent)
    , m_columns(std::move(columns))
{
}

int TableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : rows();
}

int TableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant TableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case Qt::TextAlignmentRole:
    case SortRole:
    case ExportRole:
    case CentsRole:
    case RawValueRole:
        break;
    default:
        return {};
    }
    const Cell c = cell(index.row(), index.column());
    switch (role) {
    case Qt::DisplayRole:
        return c.display;
    case Qt::ToolTipRole:
        return c.toolTip.isEmpty() ? QVariant() : QVariant(c.toolTip);
    case Qt::TextAlignmentRole:
        // Amounts and counts line up on their last digit.
        if (c.kind == Cell::Kind::Money || c.kind == Cell::Kind::Number)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case SortRole:
        return c.sortKey;
    case ExportRole:
        return c.exportValue;
    case CentsRole:
        return c.cents;
    case RawValueRole:
        return c.raw.isEmpty() ? QVariant() : QVariant(c.raw);
    }
    return {};
}

QVariant TableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return headerText(section);
    if (role == ColumnKeyRole)
        return QString::fromLatin1(m_columns.at(section).key);
    return {};
}

int TableModel::columnForKey(QStringView key) const
{
    for (int i = 0; i < m_columns.size(); ++i) {
        if (key == QLatin1String(m_columns.at(i).key))
            return i;
    }
    return -1;
}

QString TableModel::headerText(int column) const
{
    return QCoreApplication::translate(metaObject()->className(), m_columns.at(column).header);
}

} // namespace bb::models
