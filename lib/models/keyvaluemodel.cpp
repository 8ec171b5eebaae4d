#include "models/keyvaluemodel.h"

#include "codes/decode.h"
#include "codes/glossary.h"
#include "models/roles.h"

using namespace Qt::StringLiterals;

namespace bb::models {

KeyValueModel::KeyValueModel(QObject *parent)
    : TableModel("bb::models::KeyValueModel",
        {{"field", QT_TRANSLATE_NOOP("bb::models::KeyValueModel", "Field")},
            {"value", QT_TRANSLATE_NOOP("bb::models::KeyValueModel", "Value")}},
        parent)
{
}

QVariant KeyValueModel::data(const QModelIndex &index, int role) const
{
    if (role == ColumnKeyRole) {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        return m_entries.at(index.row()).key;
    }
    return TableModel::data(index, role);
}

int KeyValueModel::rowForKey(const QString &key) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).key == key)
            return i;
    }
    return -1;
}

QString KeyValueModel::fieldHelp(const QString &key)
{
    QString help = codes::Glossary::text(key);
    if (!help.isEmpty() || !key.startsWith("extension:"_L1))
        return help;
    // A coded extension: the codebook's description of its variable (CMS's English).
    return codes::fieldDescription(
        QString(u"https://bluebutton.cms.gov/resources/variables/"_s + key.mid(10)));
}

Cell KeyValueModel::cell(int row, int column) const
{
    const Entry &e = m_entries.at(row);
    if (column == Field)
        return Cell::text(e.label, fieldHelp(e.key));
    return e.value;
}

void KeyValueModel::setEntries(QList<Entry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

void KeyValueModel::updateValue(int row, const Cell &value)
{
    if (row < 0 || row >= m_entries.size())
        return;
    m_entries[row].value = value;
    Q_EMIT dataChanged(index(row, Value), index(row, Value));
}

} // namespace bb::models
