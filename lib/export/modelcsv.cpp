#include "export/modelcsv.h"

#include "export/atomicfile.h"
#include "export/csvwriter.h"
#include "models/roles.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace bb::exporting {

namespace {

using models::CentsRole;
using models::ColumnKeyRole;
using models::ExportRole;
using models::SortRole;

bool isNumericType(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
    case QMetaType::Float:
        return true;
    default:
        return false;
    }
}

// Only text that is really a plain number bypasses neutralisation, even in a numeric column:
// a model that put something else there must not slip a formula past CsvWriter::text.
bool looksNumeric(const QString &text)
{
    static const QRegularExpression number(u"^-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?$"_s);
    return number.match(text).hasMatch();
}

QString cellText(const QModelIndex &index)
{
    const QVariant exported = index.data(ExportRole);
    if (exported.isValid())
        return exported.toString();
    return index.data(Qt::DisplayRole).toString();
}

bool isNumericCell(const QModelIndex &index)
{
    return index.data(CentsRole).isValid() || isNumericType(index.data(SortRole));
}

void writeRow(CsvWriter &csv, const QAbstractItemModel *model, int row, const QModelIndex &parent,
    const QList<int> &columns)
{
    for (const int column : columns) {
        const QModelIndex index = model->index(row, column, parent);
        const QString text = cellText(index);
        if (!text.isEmpty() && isNumericCell(index) && looksNumeric(text))
            csv.number(text);
        else
            csv.text(text);
    }
    csv.endRow();
}

} // namespace

QString modelCsv(const QAbstractItemModel *model, const ModelCsvOptions &options)
{
    if (!model)
        return {};
    QList<int> columns = options.columns;
    if (columns.isEmpty()) {
        for (int c = 0; c < model->columnCount(); ++c)
            columns << c;
    }
    columns.removeIf([&](int c) { return c < 0 || c >= model->columnCount(); });

    QStringList header;
    for (const int column : columns) {
        QString name = model->headerData(column, Qt::Horizontal, ColumnKeyRole).toString();
        if (name.isEmpty())
            name = model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
        header << name;
    }
    CsvWriter csv;
    csv.addHeader(header);
    for (int row = 0; row < model->rowCount(); ++row) {
        writeRow(csv, model, row, {}, columns);
        if (!options.includeChildren)
            continue;
        const QModelIndex parent = model->index(row, 0);
        for (int child = 0; child < model->rowCount(parent); ++child)
            writeRow(csv, model, child, parent, columns);
    }
    return csv.result();
}

bool exportModelCsv(const QAbstractItemModel *model, const QString &path,
    const ModelCsvOptions &options, QString *error)
{
    QByteArray bytes = options.byteOrderMark ? utf8ByteOrderMark() : QByteArray();
    bytes += modelCsv(model, options).toUtf8();
    QString reason;
    if (writeFileAtomically(path, bytes, &reason))
        return true;
    if (error) {
        *error = QCoreApplication::translate("bb::exporting::ModelCsv", "Cannot write %1: %2")
                     .arg(path, reason);
    }
    return false;
}

} // namespace bb::exporting
