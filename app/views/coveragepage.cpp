#include "views/coveragepage.h"

#include "models/coveragemodels.h"
#include "models/datanotes.h"
#include "report/viewreports.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bb::views {

using models::CoverageModel;

CoveragePage::CoveragePage(CoverageModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_detailModel(new models::CoverageDetailModel(this))
    , m_cardArea(new QWidget(this))
    , m_cardLayout(new QHBoxLayout(m_cardArea))
    , m_empty(new QLabel(tr("No coverage has been loaded yet."), this))
    , m_table(new QTableView(this))
    , m_detail(new QTableView(this))
{
    setObjectName(u"coveragePage"_s);
    m_cardArea->setObjectName(u"coverageCards"_s);
    m_cardLayout->setContentsMargins(0, 0, 0, 0);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    for (QTableView *view : {m_table, m_detail}) {
        view->verticalHeader()->setVisible(false);
        view->horizontalHeader()->setStretchLastSection(true);
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setAlternatingRowColors(true);
    }
    m_table->setObjectName(u"coverageTable"_s);
    m_table->setAccessibleName(tr("Medicare parts"));
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setModel(model);
    m_detail->setObjectName(u"coverageDetail"_s);
    m_detail->setAccessibleName(tr("Every field of the selected part"));
    m_detail->setModel(m_detailModel);

    // The cards scroll rather than cut their last lines or make a small window wider; the
    // person can give them more room by dragging the split below them.
    m_cardScroll = new QScrollArea(this);
    m_cardScroll->setObjectName(u"coverageCardScroll"_s);
    m_cardScroll->setWidget(m_cardArea);
    m_cardScroll->setWidgetResizable(true);
    m_cardScroll->setFrameShape(QFrame::NoFrame);
    m_cardScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    //: Accessible name of the Coverage tab's scrolling list of Medicare parts.
    m_cardScroll->setAccessibleName(tr("Your Medicare parts"));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_cardScroll);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 2);
    splitter->setChildrenCollapsible(false);
    m_splitter = splitter;

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_empty);
    layout->addWidget(splitter, 1);

    connect(model, &QAbstractItemModel::modelReset, this, &CoveragePage::rebuildCards);
    connect(model, &QAbstractItemModel::rowsInserted, this, &CoveragePage::rebuildCards);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &CoveragePage::rebuildCards);
    connect(model, &QAbstractItemModel::dataChanged, this, &CoveragePage::rebuildCards);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) { showDetail(current.row()); });
    rebuildCards();
}

const QAbstractItemModel *CoveragePage::exportModel() const
{
    return m_model;
}

QList<int> CoveragePage::exportColumns() const
{
    return visibleColumns(m_table->horizontalHeader());
}

std::optional<report::ReportDocument> CoveragePage::buildReport(
    const report::ReportContext &context) const
{
    return report::coverageReport(m_model, context);
}

QString CoveragePage::defaultFileBaseName() const
{
    //: Suggested file name of the Coverage tab's CSV or PDF: the tab's title in lower case.
    return tr("coverage");
}

QString CoveragePage::cardText(int index) const
{
    const QWidget *card = m_cards.value(index);
    if (!card)
        return {};
    QStringList parts;
    if (auto *box = qobject_cast<const QGroupBox *>(card))
        parts << box->title();
    const auto labels = card->findChildren<QLabel *>();
    for (const QLabel *label : labels)
        parts << label->text();
    return parts.join(u'\n');
}

void CoveragePage::fitCards()
{
    const int h = m_splitter->height();
    if (m_cardsFitted || m_cards.isEmpty() || !isVisible() || h <= 0)
        return;
    m_cardsFitted = true; // after this, the person's split stays
    const int width = m_cardScroll->viewport()->width();
    const int wanted = m_cardArea->hasHeightForWidth() ? m_cardArea->heightForWidth(width)
                                                       : m_cardArea->sizeHint().height();
    const int cards = std::min(wanted + 2 * m_cardScroll->frameWidth() + 4, h * 45 / 100);
    const int rest = h - cards;
    m_splitter->setSizes({cards, rest / 3, rest - rest / 3});
}

void CoveragePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    QTimer::singleShot(0, this, &CoveragePage::fitCards);
}

void CoveragePage::setToday(const QDate &today)
{
    m_today = today;
    rebuildCards();
}

void CoveragePage::rebuildCards()
{
    qDeleteAll(m_cards);
    m_cards.clear();
    const auto text = [this](int row, int column) {
        return m_model->index(row, column).data().toString();
    };
    for (int row = 0; row < m_model->rowCount(); ++row) {
        auto *card = new QGroupBox(text(row, CoverageModel::Part), m_cardArea);
        card->setObjectName(u"coverageCard"_s);
        auto *lines = new QVBoxLayout(card);
        const QString start = text(row, CoverageModel::Start);
        const QString end = text(row, CoverageModel::End);
        QString period;
        if (!start.isEmpty() && !end.isEmpty())
            period = tr("%1 to %2").arg(start, end);
        else if (!start.isEmpty())
            period = tr("Since %1").arg(start);
        // A start in the future is shown as sent, with a word that it looks wrong.
        const QString note =
            models::DataNotes::futureStart(m_model->coverage(row).period.start, m_today);
        if (!note.isEmpty())
            period += u' ' + note;
        // Each line names its field with the table's own column title, so card and table
        // read the same.
        const auto labelled = [this, &text, row](int column) {
            QString value = text(row, column);
            if (value.isEmpty())
                return value;
            return tr("%1: %2").arg(m_model->headerData(column, Qt::Horizontal).toString(), value);
        };
        const QStringList values {labelled(CoverageModel::Status), period,
            labelled(CoverageModel::Plan), text(row, CoverageModel::Details)};
        for (const QString &value : values) {
            if (value.isEmpty())
                continue;
            auto *label = new QLabel(value, card);
            label->setTextFormat(Qt::PlainText); // the server's text, never markup
            label->setWordWrap(true);
            label->setTextInteractionFlags(Qt::TextSelectableByMouse);
            lines->addWidget(label);
        }
        lines->addStretch();
        card->setAccessibleName(card->title());
        card->setAccessibleDescription(values.join(u' ').simplified());
        m_cardLayout->addWidget(card, 1);
        m_cards << card;
    }
    m_empty->setVisible(m_cards.isEmpty());
    m_cardScroll->setVisible(!m_cards.isEmpty());
    // Once the layout has settled, the cards get the height their text needs.
    QTimer::singleShot(0, this, &CoveragePage::fitCards);
    m_table->resizeColumnsToContents();
    if (m_model->rowCount() > 0 && !m_table->currentIndex().isValid())
        m_table->setCurrentIndex(m_model->index(0, 0));
    else if (m_model->rowCount() == 0)
        m_detailModel->clear();
}

void CoveragePage::showDetail(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        m_detailModel->clear();
        return;
    }
    m_detailModel->setCoverage(m_model->coverage(row));
    m_detail->resizeColumnToContents(0);
}

} // namespace bb::views
