#pragma once

#include "report/reportdocument.h"

class QAbstractItemModel;

namespace bb::report {

struct ModelTableOptions
{
    // The model columns to print, in this order (the view's visible columns in its visual
    // order). Empty: every column in model order.
    QList<int> columns;
    // Tree models (DrugsModel): each top-level row's children right after it, indented.
    bool includeChildren = false;
    // Add a totals row: the exact sum, in cents, of every money column over the top-level
    // rows. `totalsLabel` goes into the first column that is not money.
    bool totals = false;
    QString totalsLabel;
    QString caption;
    QString emptyText;
};

// The table a view shows, as text: headers and cells from Qt::DisplayRole (localised, as on
// screen), alignment from Qt::TextAlignmentRole, rows in the model's current order, so a
// sorted and filtered proxy prints exactly what it shows. Reads the model: call it on the
// model's thread.
TableBlock tableFromModel(const QAbstractItemModel *model, const ModelTableOptions &options = {});

// Field/value rows of a two-column model (KeyValueModel: the patient, a claim's summary).
FieldsBlock fieldsFromModel(const QAbstractItemModel *model, const QString &caption = {});

} // namespace bb::report
