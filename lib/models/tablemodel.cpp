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
    if (!isCellRole(role))
        return {};
    return cellData(cell(index.row(), index.column()), role);
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
