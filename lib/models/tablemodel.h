#pragma once

#include "models/cell.h"

#include <QAbstractTableModel>
#include <QList>

namespace bb::models {

// One column of a table: a stable key for exports and a header text marked with
// QT_TRANSLATE_NOOP in the context of the concrete model's class name.
struct ColumnSpec
{
    const char *key;
    const char *header;
};

// Base of the flat tables: answers every role of docs/models.md from the Cell a subclass
// builds for (row, column), so all tables read the same to views and exporters.
class TableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit TableModel(QList<ColumnSpec> columns, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The column with this key, or -1.
    int columnForKey(QStringView key) const;

protected:
    virtual int rows() const = 0;
    virtual Cell cell(int row, int column) const = 0;
    // The translated header: QCoreApplication::translate(<class name>, header).
    QString headerText(int column) const;

private:
    QList<ColumnSpec> m_columns;
};

} // namespace bb::models
