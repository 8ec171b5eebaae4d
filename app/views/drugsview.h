#pragma once

#include "views/exportableview.h"

#include <QWidget>

class QLabel;
class QSortFilterProxyModel;
class QStackedWidget;
class QTreeView;

namespace bb::models {
class ClaimListModel;
class DrugsModel;
} // namespace bb::models

namespace bb::views {

class ClaimFilterBar;

// The Drugs tab: prescription history grouped by drug (first and last fill, fills, days'
// supply, total cost, you paid, pharmacies); expanding a drug lists its fills. The same
// filters as the claims list (date presets, search, "only where you may owe").
//
//   DrugsView(models::ClaimListModel *claims, QWidget *parent)
//   drugsModel() / tree() / filterBar()
//   setToday(QDate)            the day the date presets count from
//   footerText() / completenessText()
//   resetForNewPerson()        filters, expanded drugs, selection and scroll back to the start
//   signal claimActivated(id)  double-click or Enter on a fill: the shell opens that claim
//
// File > Export and Print (ExportableView): the sorted tree as shown, each drug followed by
// its fills.
class DrugsView : public QWidget, public ExportableView
{
    Q_OBJECT
public:
    explicit DrugsView(models::ClaimListModel *claims, QWidget *parent = nullptr);

    models::DrugsModel *drugsModel() const { return m_drugs; }
    QTreeView *tree() const { return m_tree; }
    ClaimFilterBar *filterBar() const { return m_filters; }
    void setToday(const QDate &today);
    void resetForNewPerson();
    QString footerText() const;
    // Why the list is empty and what to do, or empty when it is not.
    QString emptyText() const;
    QString completenessText() const;

    const QAbstractItemModel *exportModel() const override;
    QList<int> exportColumns() const override;
    bool exportsChildRows() const override { return true; }
    QString filterDescription() const override;
    bool hasReport() const override { return true; }
    std::optional<report::ReportDocument> buildReport(
        const report::ReportContext &context) const override;
    QString defaultFileBaseName() const override;

Q_SIGNALS:
    void claimActivated(const QString &id);

private:
    void updateFooter();
    void updateEmptyState();
    int m_spanCount = -1; // claims counted for the date menu's years
    int m_prescriptions = 0; // prescription claims loaded, whatever the filter
    QLabel *m_emptyNote = nullptr;
    QStackedWidget *m_listStack = nullptr;

    models::ClaimListModel *m_claims = nullptr;
    models::DrugsModel *m_drugs = nullptr;
    QSortFilterProxyModel *m_sort = nullptr;
    ClaimFilterBar *m_filters = nullptr;
    QTreeView *m_tree = nullptr;
    QLabel *m_footer = nullptr;
    QLabel *m_completeness = nullptr;
};

} // namespace bb::views
