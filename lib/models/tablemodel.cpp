#include "models/tablemodel.h"

#include "codes/glossary.h"
#include "models/roles.h"

#include <QCoreApplication>

namespace bb::models {

TableModel::TableModel(const char *context, QList<ColumnSpec> columns, QObject *parent)
    : QAbstractTableModel(parent)
    , m_context(context)
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
    // "What's this?" of the column, in plain words (tooltip and the F1 help panel).
    if (role == Qt::ToolTipRole || role == Qt::WhatsThisRole) {
        const QString help = codes::Glossary::text(QLatin1StringView(m_columns.at(section).key));
        return help.isEmpty() ? QVariant() : QVariant(help);
    }
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
    return QCoreApplication::translate(m_context, m_columns.at(column).header);
}

} // namespace bb::models
