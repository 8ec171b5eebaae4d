#include "views/chartpanel.h"

#include <QAccessible>
#include <QChart>
#include <QChartView>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bb::views {

ChartPanel::ChartPanel(const QString &title, QWidget *parent)
    : QWidget(parent)
    , m_title(title)
{
    // The title is a label above the chart: it wraps where QChart would cut it short, and a
    // screen reader finds it as the chart's heading.
    m_titleLabel = new QLabel(title, this);
    m_titleLabel->setWordWrap(true);
    QFont bold = m_titleLabel->font();
    bold.setBold(true);
    m_titleLabel->setFont(bold);
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    // The legend is the label below: QLegend cuts long names short when text is large.
    chart->legend()->hide();
    m_view = new QChartView(chart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(280);
    m_view->setAccessibleName(title);
    m_view->viewport()->setAccessibleName(title);
    m_titleLabel->setBuddy(m_view);
    // A chart is a picture to a screen reader; focus lets one reach its description.
    m_view->setFocusPolicy(Qt::StrongFocus);

    m_legend = new QLabel(this);
    m_legend->setWordWrap(true);
    m_legend->setTextFormat(Qt::RichText);
    m_legend->setVisible(false);

    m_toggle = new QToolButton(this);
    m_toggle->setCheckable(true);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextOnly);
    //: Under a chart: shows the chart's numbers in a table below it.
    m_toggle->setText(tr("Show the numbers as a table"));
    //: Accessible description of the button under a chart.
    m_toggle->setAccessibleDescription(tr("Shows the numbers of the chart \"%1\"").arg(title));

    m_table = new QTableWidget(this);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAccessibleName(title);
    m_table->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_toggle, &QToolButton::toggled, this, [this](bool on) {
        m_table->setVisible(on);
        m_toggle->setText(on ? tr("Hide the table") : tr("Show the numbers as a table"));
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_legend);
    layout->addWidget(m_toggle, 0, Qt::AlignLeft);
    layout->addWidget(m_table);
}

QChart *ChartPanel::chart() const
{
    return m_view->chart();
}

void ChartPanel::setLegend(const QList<QPair<QColor, QString>> &entries)
{
    QStringList items;
    QStringList plain;
    for (const auto &[color, name] : entries) {
        // A square in the series colour, then the name; no break inside an entry.
        QString entry = name.toHtmlEscaped();
        entry.replace(u' ', u"&nbsp;"_s);
        items << u"<span style=\"color:%1\">&#9632;</span>&nbsp;%2"_s.arg(color.name(), entry);
        plain << name;
    }
    m_legend->setText(items.join(u" &nbsp; "_s));
    //: Accessible name of a chart's legend, %1 the chart's series names.
    m_legend->setAccessibleName(tr("Legend: %1").arg(plain.join(u", "_s)));
    m_legend->setVisible(!entries.isEmpty());
}

void ChartPanel::setData(const QString &rowHeader, const QStringList &columns,
    const QList<Row> &rows, const QString &summary)
{
    m_summary = summary;
    m_view->setAccessibleDescription(summary);
    m_view->setToolTip(summary);
    m_table->clear();
    m_table->setColumnCount(int(columns.size()) + 1);
    m_table->setRowCount(int(rows.size()));
    m_table->setHorizontalHeaderLabels(QStringList {rowHeader} + columns);
    QStringList rowHeaders;
    for (int r = 0; r < rows.size(); ++r) {
        const Row &row = rows.at(r);
        m_table->setItem(r, 0, new QTableWidgetItem(row.header));
        for (int c = 0; c < row.cells.size(); ++c) {
            auto *item = new QTableWidgetItem(row.cells.at(c));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(r, c + 1, item);
        }
        rowHeaders << row.header;
    }
    m_table->verticalHeader()->hide();
    m_table->setMinimumHeight(m_table->horizontalHeader()->sizeHint().height()
        + int(std::min<qsizetype>(rows.size(), 12))
            * m_table->verticalHeader()->defaultSectionSize()
        + 2 * m_table->frameWidth());
    QAccessibleEvent event(m_view, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&event);
}

} // namespace bb::views
