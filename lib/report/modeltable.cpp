#include "report/modeltable.h"

#include "models/cell.h"
#include "models/roles.h"

#include <QAbstractItemModel>
#include <QCoreApplication>

namespace bb::report {

namespace {

QStringList rowCells(
    const QAbstractItemModel *model, int row, const QModelIndex &parent, const QList<int> &columns)
{
    QStringList cells;
    cells.reserve(columns.size());
    for (const int column : columns)
        cells << model->index(row, column, parent).data(Qt::DisplayRole).toString();
    return cells;
}

} // namespace

TableBlock tableFromModel(const QAbstractItemModel *model, const ModelTableOptions &options)
{
    TableBlock table;
    table.caption = options.caption;
    table.emptyText = options.emptyText;
    if (!model)
        return table;

    QList<int> columns = options.columns;
    if (columns.isEmpty()) {
        for (int c = 0; c < model->columnCount(); ++c)
            columns << c;
    }
    columns.removeIf([&](int c) { return c < 0 || c >= model->columnCount(); });
    if (columns.isEmpty())
        return table; // nothing to show: the layout prints emptyText

    const int rows = model->rowCount();
    // A column is money when any of its cells carries cents; it is summed and never wrapped.
    QList<bool> money(columns.size(), false);
    QList<fhir::Money> sums(columns.size()); // saturating sums: a total never wraps round
    QList<bool> wraps(columns.size(), true);
    for (const int source : columns) {
        TableColumn column;
        column.title = model->headerData(source, Qt::Horizontal, Qt::DisplayRole).toString();
        if (rows > 0) {
            const QModelIndex first = model->index(0, source);
            const QVariant alignment = first.data(Qt::TextAlignmentRole);
            if (alignment.isValid())
                column.alignment = Qt::Alignment(alignment.toInt()) & Qt::AlignHorizontal_Mask;
            const QVariant sortKey = first.data(models::SortRole);
            // Dates and numbers read best on one line; text may wrap.
            const int type = sortKey.typeId();
            column.wraps = !(type == QMetaType::QDate || type == QMetaType::LongLong
                || type == QMetaType::Int || type == QMetaType::Double);
        }
        table.columns << column;
    }

    table.rows.reserve(rows);
    QList<bool> missing(rows, false); // a money cell of the row has no amount
    for (int row = 0; row < rows; ++row) {
        table.rows << TableRow {rowCells(model, row, {}, columns), 0};
        for (int i = 0; i < columns.size(); ++i) {
            const QModelIndex index = model->index(row, columns[i]);
            const QVariant cents = index.data(models::CentsRole);
            if (cents.isValid()) {
                money[i] = true;
                sums[i] += fhir::Money::fromCents(cents.toLongLong());
            } else if (index.data(Qt::DisplayRole).toString().isEmpty()) {
                missing[row] = true; // counted below once the money columns are known
            }
        }
        if (!options.includeChildren)
            continue;
        const QModelIndex parent = model->index(row, 0);
        for (int child = 0; child < model->rowCount(parent); ++child)
            table.rows << TableRow {rowCells(model, child, parent, columns), 1};
    }
    for (int i = 0; i < columns.size(); ++i) {
        if (money[i])
            table.columns[i].wraps = false;
    }

    if (options.totals && rows > 0) {
        // Rows with no amount in a money column add nothing there: say how many, as the
        // Claims tab's footer does, so the totals are not read as covering them.
        int withoutAmount = 0;
        for (int row = 0; row < rows; ++row) {
            if (!missing[row])
                continue;
            for (int i = 0; i < columns.size(); ++i) {
                if (money[i] && !model->index(row, columns[i]).data(models::CentsRole).isValid()) {
                    ++withoutAmount;
                    break;
                }
            }
        }
        if (withoutAmount > 0) {
            table.footnote = QCoreApplication::translate("bb::report",
                "Totals add up the amounts shown; %Ln row(s) have no amount in one or more "
                "columns.",
                nullptr, withoutAmount);
        }
        table.totals = QStringList(columns.size(), QString());
        bool labelled = false;
        for (int i = 0; i < columns.size(); ++i) {
            if (money[i])
                table.totals[i] = models::formatMoney(sums[i]);
            else if (!labelled) {
                table.totals[i] = options.totalsLabel;
                labelled = true;
            }
        }
    }
    return table;
}

FieldsBlock fieldsFromModel(const QAbstractItemModel *model, const QString &caption)
{
    FieldsBlock block;
    block.caption = caption;
    if (!model || model->columnCount() < 2)
        return block;
    for (int row = 0; row < model->rowCount(); ++row) {
        block.fields << Field {model->index(row, 0).data(Qt::DisplayRole).toString(),
            model->index(row, 1).data(Qt::DisplayRole).toString()};
    }
    return block;
}

} // namespace bb::report
