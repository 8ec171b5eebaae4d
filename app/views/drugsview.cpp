#include "views/drugsview.h"

#include "models/cell.h"
#include "models/claimdatespan.h"
#include "models/claimlistmodel.h"
#include "models/drugsmodel.h"
#include "models/drugssortmodel.h"
#include "models/roles.h"
#include "report/viewreports.h"
#include "views/claimfilterbar.h"
#include "views/elidedtips.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTimer>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace bb::views {

using models::DrugsModel;

DrugsView::DrugsView(models::ClaimListModel *claims, QWidget *parent)
    : QWidget(parent)
    , m_claims(claims)
{
    m_drugs = new DrugsModel(this);
    m_drugs->setSourceModel(claims);
    // Shared with the exports, so the tab and its CSV list equal rows in the same order.
    m_sort = new models::DrugsSortModel(this);
    m_sort->setSourceModel(m_drugs);

    m_filters = new ClaimFilterBar(this);
    // Only prescriptions are in this tab: the claim-type menu would have one useful entry.
    m_filters->setTypeFilterVisible(false);
    connect(m_filters, &ClaimFilterBar::filterChanged, m_drugs, &DrugsModel::setFilter);

    m_tree = new QTreeView(this);
    m_tree->setObjectName(u"drugsTree"_s);
    //: Accessible name of the prescription drug list.
    m_tree->setAccessibleName(tr("Prescription drugs"));
    m_tree->setModel(m_sort);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSortingEnabled(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->sortByColumn(
        models::DrugsSortModel::defaultSortColumn, models::DrugsSortModel::defaultSortOrder);
    const int em = m_tree->fontMetrics().horizontalAdvance(u'M');
    // The drug name takes the room the numbers leave; the pharmacies get a fixed share.
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(DrugsModel::Drug, QHeaderView::Stretch);
    m_tree->header()->resizeSection(DrugsModel::Pharmacy, 16 * em);
    // Dates, counts and money take the width their text needs, so an amount is never cut
    // ("11.548,77 US$" in Spanish is wider than "$11,548.77"); the drug name gives way.
    for (int c = DrugsModel::FirstFill; c < DrugsModel::Pharmacy; ++c)
        m_tree->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_tree->setTextElideMode(Qt::ElideRight);
    ElidedTextTips::install(m_tree);
    connect(m_tree, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const QString id = index.data(models::ClaimIdRole).toString();
        if (!id.isEmpty())
            Q_EMIT claimActivated(id);
    });

    m_footer = new QLabel(this);
    m_footer->setObjectName(u"drugsFooter"_s);
    m_footer->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_footer->setWordWrap(true); // a narrow window wraps the totals instead of cutting them
    m_completeness = new QLabel(this);
    m_completeness->setObjectName(u"drugsCompleteness"_s);
    QFont bold = m_completeness->font();
    bold.setBold(true);
    m_completeness->setFont(bold);
    auto *footer = new QHBoxLayout;
    footer->addWidget(m_footer, 1);
    footer->addWidget(m_completeness);

    // In place of the tree when it is empty: why, and what to do.
    m_emptyNote = new QLabel(this);
    m_emptyNote->setObjectName(u"drugsEmptyNote"_s);
    m_emptyNote->setWordWrap(true);
    m_emptyNote->setAlignment(Qt::AlignCenter);
    m_emptyNote->setTextFormat(Qt::PlainText);
    m_listStack = new QStackedWidget(this);
    m_listStack->addWidget(m_tree);
    m_listStack->addWidget(m_emptyNote);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filters);
    layout->addWidget(m_listStack, 1);
    layout->addLayout(footer);

    // Pages insert fills one range at a time; summing the groups once per event-loop turn
    // keeps a 60-page sync from summing 60 times in a row.
    auto *footerTimer = new QTimer(this);
    footerTimer->setSingleShot(true);
    footerTimer->setInterval(0);
    connect(footerTimer, &QTimer::timeout, this, &DrugsView::updateFooter);
    const auto later = [footerTimer] { footerTimer->start(); };
    connect(m_drugs, &QAbstractItemModel::rowsInserted, footerTimer, later);
    connect(m_drugs, &QAbstractItemModel::modelReset, footerTimer, later);
    connect(m_drugs, &QAbstractItemModel::dataChanged, footerTimer, later);
    if (claims)
        connect(claims, &models::ClaimListModel::completenessChanged, footerTimer, later);
    updateFooter();
}

void DrugsView::setToday(const QDate &today)
{
    m_filters->setToday(today);
}

void DrugsView::resetForNewPerson()
{
    m_filters->setFilter(models::ClaimFilter {});
    m_tree->collapseAll();
    m_tree->clearSelection();
    m_tree->sortByColumn(
        models::DrugsSortModel::defaultSortColumn, models::DrugsSortModel::defaultSortOrder);
    m_tree->scrollToTop();
}

QString DrugsView::emptyText() const
{
    return m_listStack->currentIndex() == 1 ? m_emptyNote->text() : QString();
}

void DrugsView::updateEmptyState()
{
    const QString note = m_drugs->drugCount() == 0
        ? models::EmptyListText::drugs(m_drugs->filter(), m_prescriptions)
        : QString();
    m_emptyNote->setText(note);
    m_listStack->setCurrentIndex(note.isEmpty() ? 0 : 1);
}

QString DrugsView::footerText() const
{
    return m_footer->text();
}

QString DrugsView::completenessText() const
{
    return m_completeness->text();
}

const QAbstractItemModel *DrugsView::exportModel() const
{
    return m_tree->model();
}

QList<int> DrugsView::exportColumns() const
{
    return visibleColumns(m_tree->header());
}

QString DrugsView::filterDescription() const
{
    return report::describeFilter(m_drugs->filter());
}

std::optional<report::ReportDocument> DrugsView::buildReport(
    const report::ReportContext &context) const
{
    return report::drugsReport(
        exportModel(), m_drugs->filter(), context, exportColumns(), completenessText());
}

QString DrugsView::defaultFileBaseName() const
{
    //: Suggested file name of the Drugs tab's CSV or PDF: the tab's title in lower case.
    return tr("drugs");
}

void DrugsView::updateFooter()
{
    int fills = 0;
    fhir::Money cost;
    fhir::Money paid;
    for (int r = 0; r < m_drugs->drugCount(); ++r) {
        const DrugsModel::Group &g = m_drugs->group(r);
        fills += int(g.fills.size());
        cost += g.cost;
        paid += g.paid;
    }
    //: Drugs tab footer: %1 "N drugs", %2 "M fills", %3 total drug cost, %4 what you paid.
    m_footer->setText(tr("%1 · %2 · Total cost %3 · You paid %4")
                          //: Drugs tab footer: distinct drugs shown.
                          .arg(tr("%Ln drug(s)", nullptr, m_drugs->drugCount()),
                              //: Drugs tab footer: prescription fills shown.
                              tr("%Ln fill(s)", nullptr, fills), models::formatMoney(cost),
                              models::formatMoney(paid)));
    m_completeness->setText(m_claims ? m_claims->completenessText() : QString());
    const int count = m_claims ? m_claims->claimCount() : 0;
    if (count != m_spanCount) {
        m_spanCount = count;
        m_filters->setYears(m_claims ? models::claimDateSpan(*m_claims).years : QList<int> {});
        m_prescriptions = 0;
        for (int r = 0; m_claims && r < m_claims->claimCount(); ++r)
            m_prescriptions += m_claims->claim(r).type == fhir::ClaimType::Pde ? 1 : 0;
    }
    updateEmptyState();
}

} // namespace bb::views
