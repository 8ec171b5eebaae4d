#pragma once

#include <QList>
#include <QString>

class QAbstractItemModel;

namespace bb::exporting {

// What exportModelCsv() writes of a model.
struct ModelCsvOptions
{
    // The model columns to write, in this order (the view's visible columns in its visual
    // order). Empty: every column in model order.
    QList<int> columns;
    // Tree models (DrugsModel): also write each top-level row's children, right after it.
    bool includeChildren = false;
    // Start the file with a UTF-8 byte order mark (spreadsheets that need it to detect UTF-8).
    bool byteOrderMark = false;
};

// "What is on screen" as CSV text (docs/export.md): the header row from each column's
// ColumnKeyRole (else its DisplayRole header), then every row in the model's current order,
// so a sorted and filtered proxy exports exactly what it shows. Cells come from ExportRole
// (else DisplayRole). Money and number cells are written as plain numbers; everything else
// goes through CsvWriter::text, which neutralises formula-looking text.
QString modelCsv(const QAbstractItemModel *model, const ModelCsvOptions &options = {});

// modelCsv() encoded as UTF-8 (with the BOM when asked) and written atomically to `path`.
// False with a translated `*error` (when given) if the file could not be written; a failed
// write leaves no file behind.
bool exportModelCsv(const QAbstractItemModel *model, const QString &path,
    const ModelCsvOptions &options = {}, QString *error = nullptr);

} // namespace bb::exporting
