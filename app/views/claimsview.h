#pragma once

#include "models/claimlistmodel.h"
#include "models/claimsproxymodel.h"
#include "views/exportableview.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;

namespace bb::views {

class ClaimDetailView;
class ClaimFilterBar;

// The Claims tab: filters on top, the list newest first, the opened claim in a pane below
// it, and a footer with the count and totals of what is shown, exact to the cent.
//
// The list gets most of the height; the person sets the split (splitter(), which the main
// window saves and restores). When the filters leave no claim, the list says why and offers
// to show them all; when they hide the open claim, the detail pane says so instead of
// showing a claim the list no longer has.
//
//   ClaimsView(models::ClaimListModel *claims, QWidget *parent)
//                          the list may still be filling: rows appear as pages arrive
//   proxy()                the ClaimsProxyModel the table shows (an exporter reads it: what
//                          you see is what you export)
//   filterBar() / table() / detailView()
//   openClaim(id) -> bool  shows a claim in the detail pane (double-click or Enter on a row
//                          does the same) and selects its row when it is shown
//   setToday(QDate)        the day the date presets count from (tests pin it)
//   footerText() / completenessText()
//   emptyText()            why the list is empty and what to do, or empty when it is not
//   resetForNewPerson()    filters, sort, selection, detail and scroll back to their start
//   signal claimOpened(id)
//
// File > Export and Print (ExportableView): the list as shown (sort, filters, visible
// columns in their order); the claim open in the detail pane is the tab's open item, with a
// statement of its own.
//
// Sorting: click any column header; the proxy compares typed values (dates, cents). The
// search box waits 200 ms after the last key before filtering.
class ClaimsView : public QWidget, public ExportableView
{
    Q_OBJECT
public:
    explicit ClaimsView(models::ClaimListModel *claims, QWidget *parent = nullptr);

    models::ClaimsProxyModel *proxy() const { return m_proxy; }
    ClaimFilterBar *filterBar() const { return m_filters; }
    QTableView *table() const { return m_table; }
    ClaimDetailView *detailView() const { return m_detail; }
    QSplitter *splitter() const { return m_splitter; }
    // The split the person set in an earlier run (QSplitter::saveState); false if unusable.
    bool restoreSplit(const QByteArray &state);
    QPushButton *showAllButton() const { return m_showAll; }

    bool openClaim(const QString &id);
    void setToday(const QDate &today);
    QString footerText() const;
    QString completenessText() const;
    QString emptyText() const;
    void resetForNewPerson();

    const QAbstractItemModel *exportModel() const override;
    QList<int> exportColumns() const override;
    QString filterDescription() const override;
    bool hasReport() const override { return true; }
    std::optional<report::ReportDocument> buildReport(
        const report::ReportContext &context) const override;
    QString defaultFileBaseName() const override;
    bool hasOpenItem() const override;
    std::optional<report::ReportDocument> openItemReport(
        const report::ReportContext &context) const override;
    QString openItemFileName() const override;

Q_SIGNALS:
    void claimOpened(const QString &id);
    // The person dragged the split: its new state, to keep for the next run.
    void splitChanged(const QByteArray &state);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    // Column widths for the current text size (at 200% they double, titles whole).
    void fitColumns();
    // The diagnosis takes the room left, but never less than its title: when the window
    // has no room for that, the list scrolls sideways instead of squeezing it to nothing.
    void fitDetailColumn();
    void updateFooter();
    void flushFooter() const;
    void selectClaim(const QString &id);
    void onFilterChanged();
    void updateEmptyState();

    models::ClaimListModel *m_claims = nullptr;
    models::ClaimsProxyModel *m_proxy = nullptr;
    ClaimFilterBar *m_filters = nullptr;
    QTableView *m_table = nullptr;
    int m_detailMinimum = 0;
    QSplitter *m_splitter = nullptr;
    QStackedWidget *m_listStack = nullptr;
    QLabel *m_emptyNote = nullptr;
    QPushButton *m_showAll = nullptr;
    bool m_userSplit = false; // the person set the split (now or in an earlier run)
    bool m_detailSized = false; // the first opened claim gave the pane its share
    int m_spanCount = -1; // claims counted in m_span
    QList<int> m_years;
    QDate m_newest;
    ClaimDetailView *m_detail = nullptr;
    QLabel *m_footer = nullptr;
    QLabel *m_completeness = nullptr;
    QTimer m_footerTimer;
};

} // namespace bb::views
