#pragma once

#include "report/reportcontext.h"

#include <QList>
#include <QString>

#include <optional>

class QAbstractItemModel;
class QHeaderView;

namespace bb::views {

// What File > Export and Print need of a tab, so they can act on whichever tab is shown
// without knowing its widgets. Each tab widget implements it; the window's export actions
// find it on the current tab with dynamic_cast.
class ExportableView
{
public:
    virtual ~ExportableView() = default;

    // The table as the tab shows it: the model the view displays, after its sort and filter
    // proxies, so a CSV holds exactly what is on screen. Null when the tab has no table.
    virtual const QAbstractItemModel *exportModel() const = 0;
    // The model's columns the view shows, in the order the person arranged them (empty: all).
    virtual QList<int> exportColumns() const { return {}; }
    // A tree (the Drugs tab): every child row goes right after its parent in the CSV.
    virtual bool exportsChildRows() const { return false; }
    // The filters applied, in words ("All claims", "types: …"); empty when the tab has none.
    virtual QString filterDescription() const { return {}; }
    // Whether File > Export as CSV applies at all (the Overview's charts are no table).
    virtual bool canExportCsv() const { return exportModel() != nullptr; }

    // Whether buildReport() gives a document (Export as PDF, Print, Print Preview).
    virtual bool hasReport() const = 0;
    // The tab's report for PDF and print; nullopt when it has none.
    virtual std::optional<report::ReportDocument> buildReport(
        const report::ReportContext &context) const = 0;

    // The suggested file name without extension ("claims"): the tab's title in the
    // language shown, so the file dialog proposes what the person sees.
    virtual QString defaultFileBaseName() const = 0;

    // An item open in the tab that has a statement of its own (a claim in the Claims tab):
    // Export Claim as PDF and Print Claim. None by default.
    virtual bool hasOpenItem() const { return false; }
    virtual std::optional<report::ReportDocument> openItemReport(
        const report::ReportContext &context) const
    {
        Q_UNUSED(context);
        return std::nullopt;
    }
    // The suggested file name of the open item's PDF, with its extension.
    virtual QString openItemFileName() const { return {}; }

protected:
    ExportableView() = default;
    ExportableView(const ExportableView &) = default;
    ExportableView &operator=(const ExportableView &) = default;
};

// The logical columns a header shows, in its visual order: what a view reports as
// exportColumns().
QList<int> visibleColumns(const QHeaderView *header);

} // namespace bb::views
