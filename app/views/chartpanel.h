#pragma once

#include <QColor>
#include <QList>
#include <QStringList>
#include <QWidget>

class QChart;
class QChartView;
class QLabel;
class QTableWidget;
class QToolButton;

namespace bb::views {

// A chart with what makes it readable without seeing it: a legend that wraps as text (large
// text never clips an entry), a button that shows the same numbers as a table, and a text
// summary that screen readers read as the chart's description.
class ChartPanel : public QWidget
{
    Q_OBJECT

public:
    // One row of the numbers: its header (a year, a month) and one text per column.
    struct Row
    {
        QString header;
        QStringList cells;
    };

    ChartPanel(const QString &title, QWidget *parent = nullptr);

    QChartView *view() const { return m_view; }
    QChart *chart() const;
    QTableWidget *table() const { return m_table; }
    QToolButton *tableButton() const { return m_toggle; }
    QLabel *legend() const { return m_legend; }
    QLabel *titleLabel() const { return m_titleLabel; }
    QString summary() const { return m_summary; }

    // The legend under the chart: a swatch and a name per series. Empty hides it.
    void setLegend(const QList<QPair<QColor, QString>> &entries);
    // The numbers the chart draws: `columns` names the row header's column and then each
    // cell's; `summary` says in one or two sentences what the chart shows.
    void setData(const QString &rowHeader, const QStringList &columns, const QList<Row> &rows,
        const QString &summary);

private:
    QString m_title;
    QLabel *m_titleLabel;
    QChartView *m_view;
    QLabel *m_legend;
    QToolButton *m_toggle;
    QTableWidget *m_table;
    QString m_summary;
};

} // namespace bb::views
