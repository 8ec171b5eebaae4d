#pragma once

#include "models/tablemodel.h"

namespace bb::models {

// Two columns, field and value, for records that are read rather than compared (the
// patient, one coverage). data(ColumnKeyRole) on any cell gives the field's stable key
// ("birth_date"), so an exporter can write key/value pairs.
class KeyValueModel : public TableModel
{
    Q_OBJECT
public:
    enum Column { Field, Value, ColumnCount };
    Q_ENUM(Column)

    struct Entry
    {
        QString key;
        QString label; // translated
        Cell value;
    };

    explicit KeyValueModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // The row of a field key, or -1.
    int rowForKey(const QString &key) const;
    // "What's this?" of a field key in plain words (the Field column's tooltip).
    static QString fieldHelp(const QString &key);

protected:
    int rows() const override { return int(m_entries.size()); }
    Cell cell(int row, int column) const override;
    // Replaces every entry with a model reset.
    void setEntries(QList<Entry> entries);
    const QList<Entry> &entries() const { return m_entries; }
    // Replaces one row's value in place (dataChanged).
    void updateValue(int row, const Cell &value);

private:
    QList<Entry> m_entries;
};

} // namespace bb::models
