#include "views/claimsview.h"

#include "models/cell.h"
#include "models/claimdatespan.h"
#include "models/claimlistmodel.h"
#include "models/roles.h"
#include "report/claimstatement.h"
#include "report/viewreports.h"
#include "views/claimdetailview.h"
#include "views/claimfilterbar.h"
#include "views/elidedtips.h"
#include "views/moneytext.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bb::views {

using models::ClaimListModel;

ClaimsView::ClaimsView(models::ClaimListModel *claims, QWidget *parent)
    : QWidget(parent)
    , m_claims(claims)
{
    m_proxy = new models::ClaimsProxyModel(this);
    m_proxy->setSourceModel(claims);

    m_filters = new ClaimFilterBar(this);
    connect(
        m_filters, &ClaimFilterBar::filterChanged, m_proxy, &models::ClaimsProxyModel::setFilter);
    connect(m_proxy, &models::ClaimsProxyModel::filterChanged, this, &ClaimsView::onFilterChanged);

    m_table = new QTableView(this);
    m_table->setObjectName(u"claimsTable"_s);
    //: Accessible name of the claims list.
    m_table->setAccessibleName(tr("Claims"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setSortingEnabled(true);
    // Fixed row heights: with 10,000 rows, per-row measuring would cost more than the sort.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->verticalHeader()->hide();
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSortIndicatorShown(true);
    header->setHighlightSections(false);
    fitColumns();
    m_table->sortByColumn(ClaimListModel::ServiceStart, Qt::DescendingOrder);
    ElidedTextTips::install(m_table);

    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        openClaim(index.data(models::ClaimIdRole).toString());
    });

    m_detail = new ClaimDetailView(claims, this);
    m_detail->setObjectName(u"claimDetail"_s);
    // Back/forward in the detail pane moves the list's selection along.
    connect(m_detail, &ClaimDetailView::currentClaimChanged, this, &ClaimsView::selectClaim);

    // In place of the list when the filters leave nothing: why, and the way back.
    auto *empty = new QWidget(this);
    m_emptyNote = new QLabel(empty);
    m_emptyNote->setObjectName(u"claimsEmptyNote"_s);
    m_emptyNote->setWordWrap(true);
    m_emptyNote->setAlignment(Qt::AlignCenter);
    m_emptyNote->setTextFormat(Qt::PlainText);
    //: Button under an empty claims list: clears every filter.
    m_showAll = new QPushButton(tr("Show all claims"), empty);
    m_showAll->setObjectName(u"claimsShowAll"_s);
    connect(m_showAll, &QPushButton::clicked, this,
        [this] { m_filters->setFilter(models::ClaimFilter {}); });
    auto *emptyLayout = new QVBoxLayout(empty);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(m_emptyNote);
    emptyLayout->addWidget(m_showAll, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(2);
    m_listStack = new QStackedWidget(this);
    m_listStack->addWidget(m_table);
    m_listStack->addWidget(empty);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(u"claimsSplitter"_s);
    m_splitter->addWidget(m_listStack);
    m_splitter->addWidget(m_detail);
    // The list is what people scan: until a claim is opened the pane below only says how to
    // open one; then it gets two fifths, unless the person has set the split (kept).
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 0);
    m_splitter->setSizes({4000, m_detail->minimumSizeHint().height()});
    m_splitter->setChildrenCollapsible(false);
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] {
        m_userSplit = true;
        Q_EMIT splitChanged(m_splitter->saveState());
    });

    m_footer = new QLabel(this);
    m_footer->setObjectName(u"claimsFooter"_s);
    m_footer->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Large text or a narrow window: the totals wrap rather than lose their end.
    m_footer->setWordWrap(true);
    m_completeness = new QLabel(this);
    m_completeness->setObjectName(u"claimsCompleteness"_s);
    QFont bold = m_completeness->font();
    bold.setBold(true);
    m_completeness->setFont(bold);

    auto *footer = new QHBoxLayout;
    footer->addWidget(m_footer, 1);
    footer->addWidget(m_completeness);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filters);
    layout->addWidget(m_splitter, 1);
    layout->addLayout(footer);

    // A filter change can remove rows in thousands of ranges, each announcing new totals;
    // summing and relaying out the footer once per event-loop turn instead took a search over
    // 10,000 claims from ~200 ms to ~15 ms.
    m_footerTimer.setSingleShot(true);
    m_footerTimer.setInterval(0);
    connect(&m_footerTimer, &QTimer::timeout, this, &ClaimsView::updateFooter);
    connect(m_proxy, &models::ClaimsProxyModel::totalsChanged, &m_footerTimer,
        qOverload<>(&QTimer::start));
    updateFooter();
}

bool ClaimsView::openClaim(const QString &id)
{
    if (!m_detail->showClaim(id))
        return false;
    if (!m_userSplit && !m_detailSized && m_splitter->height() > 0) {
        const int h = m_splitter->height();
        m_splitter->setSizes({h - h * 2 / 5, h * 2 / 5});
        m_detailSized = true;
    }
    m_table->scrollTo(m_table->currentIndex());
    Q_EMIT claimOpened(id);
    return true;
}

bool ClaimsView::restoreSplit(const QByteArray &state)
{
    if (state.isEmpty() || !m_splitter->restoreState(state))
        return false;
    m_userSplit = true;
    return true;
}

void ClaimsView::setToday(const QDate &today)
{
    m_filters->setToday(today);
}

QString ClaimsView::footerText() const
{
    flushFooter();
    return m_footer->text();
}

QString ClaimsView::completenessText() const
{
    flushFooter();
    return m_completeness->text();
}

const QAbstractItemModel *ClaimsView::exportModel() const
{
    return m_proxy;
}

QList<int> ClaimsView::exportColumns() const
{
    return visibleColumns(m_table->horizontalHeader());
}

QString ClaimsView::filterDescription() const
{
    return report::describeFilter(m_proxy->filter());
}

std::optional<report::ReportDocument> ClaimsView::buildReport(
    const report::ReportContext &context) const
{
    return report::claimsReport(
        m_proxy, m_proxy->filter(), context, exportColumns(), completenessText());
}

QString ClaimsView::defaultFileBaseName() const
{
    //: Suggested file name of the Claims tab's CSV or PDF: the tab's title in lower case.
    return tr("claims");
}

bool ClaimsView::hasOpenItem() const
{
    return !m_detail->currentClaimId().isEmpty();
}

std::optional<report::ReportDocument> ClaimsView::openItemReport(
    const report::ReportContext &context) const
{
    const QString id = m_detail->currentClaimId();
    const int row = m_claims && !id.isEmpty() ? m_claims->rowForId(id) : -1;
    if (row < 0)
        return std::nullopt;
    return report::claimStatement(m_claims->claim(row), context, m_detail->receivedJson(id));
}

QString ClaimsView::openItemFileName() const
{
    return u"claim-%1.pdf"_s.arg(m_detail->currentClaimId());
}

void ClaimsView::flushFooter() const
{
    // Callers read what the footer will show, not what it showed before the pending update.
    if (m_footerTimer.isActive())
        const_cast<ClaimsView *>(this)->updateFooter();
}

void ClaimsView::fitColumns()
{
    QHeaderView *header = m_table->horizontalHeader();
    const int em = m_table->fontMetrics().horizontalAdvance(u'M');
    const struct
    {
        int column;
        int ems;
    } widths[] = {{ClaimListModel::ServiceStart, 7}, {ClaimListModel::ServiceEnd, 7},
        {ClaimListModel::Type, 11}, {ClaimListModel::Provider, 16}, {ClaimListModel::Billed, 9},
        {ClaimListModel::Paid, 12}, {ClaimListModel::YouMayOwe, 8}, {ClaimListModel::ClaimId, 12}};
    // At least as wide as the column's title ("Pagado por Medicare o el plan" is longer than
    // its amounts), plus room for the sort arrow.
    const QFontMetrics headerFont = header->fontMetrics();
    const auto titleWidth = [&](int column) {
        return headerFont.horizontalAdvance(m_proxy->headerData(column, Qt::Horizontal).toString())
            + 2 * em;
    };
    for (const auto &w : widths)
        header->resizeSection(w.column, std::max(w.ems * em, titleWidth(w.column)));
    header->setMinimumSectionSize(4 * em);
    // Dates take the width the locale's format needs (measured once, not per row).
    const int dateWidth =
        m_table->fontMetrics().horizontalAdvance(models::formatDate(QDate(2028, 12, 28))) + em;
    header->resizeSection(ClaimListModel::ServiceStart, std::max(dateWidth, 7 * em));
    header->resizeSection(ClaimListModel::ServiceEnd, std::max(dateWidth, 7 * em));
    m_detailMinimum = std::max(14 * em, titleWidth(ClaimListModel::Detail));
    fitDetailColumn();
}

void ClaimsView::fitDetailColumn()
{
    // The diagnosis or drug takes what room is left, so a wide window shows it whole and a
    // narrow one does not scroll sideways for the claim ID (hovering shows cut text whole).
    QHeaderView *header = m_table->horizontalHeader();
    int others = 0;
    for (int column = 0; column < header->count(); ++column) {
        if (column != ClaimListModel::Detail && !header->isSectionHidden(column))
            others += header->sectionSize(column);
    }
    const bool room = m_table->viewport()->width() - others >= m_detailMinimum;
    const auto mode = room ? QHeaderView::Stretch : QHeaderView::Interactive;
    if (header->sectionResizeMode(ClaimListModel::Detail) != mode)
        header->setSectionResizeMode(ClaimListModel::Detail, mode);
    if (!room)
        header->resizeSection(ClaimListModel::Detail, m_detailMinimum);
}

void ClaimsView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        fitColumns();
}

void ClaimsView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitDetailColumn();
}

void ClaimsView::updateFooter()
{
    m_footerTimer.stop();
    m_footer->setText(MoneyText::claimTotals(m_proxy->totals()));
    m_completeness->setText(m_claims ? m_claims->completenessText() : QString());
    // The years the date menu offers follow the claims that arrived (not the filters).
    const int count = m_claims ? m_claims->claimCount() : 0;
    if (count != m_spanCount) {
        m_spanCount = count;
        const models::ClaimDateSpan span =
            m_claims ? models::claimDateSpan(*m_claims) : models::ClaimDateSpan {};
        m_years = span.years;
        m_newest = span.newest;
        m_filters->setYears(m_years);
    }
    updateEmptyState();
}

QString ClaimsView::emptyText() const
{
    flushFooter();
    return m_listStack->currentIndex() == 1 ? m_emptyNote->text() : QString();
}

void ClaimsView::updateEmptyState()
{
    const int loaded = m_claims ? m_claims->claimCount() : 0;
    const bool empty = m_proxy->rowCount() == 0;
    if (empty) {
        models::ClaimDateSpan span;
        span.years = m_years;
        span.newest = m_newest;
        m_emptyNote->setText(models::EmptyListText::claims(m_proxy->filter(), loaded, span));
    }
    m_showAll->setVisible(loaded > 0);
    m_listStack->setCurrentIndex(empty ? 1 : 0);
}

void ClaimsView::onFilterChanged()
{
    // A claim the filters hide is not left in the detail pane beside another row's highlight.
    const QString open = m_detail->currentClaimId();
    if (open.isEmpty() || !m_claims)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_claims->index(m_claims->rowForId(open), 0));
    if (index.isValid()) {
        selectClaim(open);
        return;
    }
    m_table->selectionModel()->clear();
    m_detail->clear(
        //: Detail pane after a filter hid the claim that was open in it.
        tr("The claim you had open is hidden by the filters. Change the filters to see it "
           "again, or open another claim."));
}

void ClaimsView::resetForNewPerson()
{
    m_filters->setFilter(models::ClaimFilter {});
    m_detail->clear();
    m_table->selectionModel()->clear();
    m_table->sortByColumn(ClaimListModel::ServiceStart, Qt::DescendingOrder);
    m_table->scrollToTop();
    m_table->horizontalScrollBar()->setValue(0);
}

void ClaimsView::selectClaim(const QString &id)
{
    if (id.isEmpty() || !m_claims)
        return;
    const int source = m_claims->rowForId(id);
    const QModelIndex index = m_proxy->mapFromSource(m_claims->index(source, 0));
    if (!index.isValid())
        return; // filtered out: the detail still shows it, the list keeps its selection
    // Select without making the list emit activated again.
    m_table->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

} // namespace bb::views
