#pragma once

#include "report/rendercontrol.h"
#include "report/reportdocument.h"

#include <QColor>
#include <QFont>
#include <QFontMetricsF>
#include <QList>
#include <QPointF>
#include <QRectF>

#include <vector>

class QPainter;
class QPaintDevice;

namespace bb::report {

enum class FontRole : quint8 {
    Title,
    Caption,
    Body,
    BodyBold,
    Table,
    TableBold,
    // A table whose columns cannot fit at the normal size is set smaller rather than breaking
    // amounts and dates across lines.
    TableCompact,
    TableCompactBold,
    Small,
    Count
};

// One thing to draw on a page, positioned in device pixels relative to the paint rect.
struct PageItem
{
    enum class Kind : quint8 { Text, Fill, Rule };
    struct Run
    {
        QPointF baseline;
        QString text;
    };

    Kind kind = Kind::Text;
    FontRole font = FontRole::Body;
    QColor color;
    QRectF rect; // Fill: the area; Rule: a horizontal line along rect.top(), rect.height() thick
    QList<Run> runs; // Text
};

// Breaks a report into pages for one paint device: measures with that device's font metrics
// (so what is laid out for a PDF writer or a printer is what gets painted there), wraps text
// columns, repeats table headers after a page break and reserves a running header and a
// footer with page numbers. Pure computation: runs on any thread.
class ReportLayout
{
public:
    // `pageSize`: the paint rect in device pixels (inside the margins).
    ReportLayout(const QPaintDevice *device, QSizeF pageSize);

    // False when `control` asked to stop; the pages are then incomplete.
    bool layout(const ReportDocument &document, const RenderControl &control = {});

    int pageCount() const { return int(m_pages.size()); }
    // Paints page `index` (0-based), with its running header and "Page n of m" footer.
    void paintPage(QPainter &painter, int index) const;

    // The width a table's columns want on one line each (device pixels): the reporter
    // compares it with the page width to pick portrait or landscape.
    qreal naturalTableWidth(const TableBlock &table) const;

    QFont font(FontRole role) const { return m_fonts[std::size_t(role)]; }
    qreal points(qreal pt) const { return pt * m_dotsPerPoint; }

private:
    struct ColumnPlan
    {
        qreal natural = 0; // widest cell on one line
        qreal minimum = 0; // longest word, or natural when the column does not wrap
    };

    void newPage();
    void ensureSpace(qreal height);
    const QFontMetricsF &metrics(FontRole role) const { return m_metrics[std::size_t(role)]; }
    qreal lineHeight(FontRole role) const { return metrics(role).lineSpacing(); }
    QStringList wrap(const QString &text, FontRole role, qreal width) const;
    void addText(const QStringList &lines, FontRole role, QRectF box, Qt::Alignment alignment,
        const QColor &color);
    void addRule(qreal y, qreal thickness, const QColor &color);
    void addFill(const QRectF &rect, const QColor &color);

    void layoutFacts(const QString &title, const QList<Field> &facts);
    void layoutFields(const FieldsBlock &block);
    bool layoutTable(
        const TableBlock &table, const RenderControl &control, int &rowsDone, int rowsTotal);
    void layoutText(const TextBlock &block);
    void layoutCaption(const QString &caption);

    struct TableFonts
    {
        FontRole cell = FontRole::Table;
        FontRole head = FontRole::TableBold;
    };
    QList<ColumnPlan> planColumns(const TableBlock &table, TableFonts fonts) const;
    // The fonts a table is set in: compact when its unbreakable columns do not fit otherwise.
    TableFonts tableFonts(const TableBlock &table) const;
    QList<qreal> columnWidths(const TableBlock &table, TableFonts fonts) const;

    const QPaintDevice *m_device;
    QSizeF m_page;
    qreal m_dotsPerPoint = 1;
    std::vector<QFont> m_fonts;
    std::vector<QFontMetricsF> m_metrics;
    qreal m_top = 0; // content area, between running header and footer
    qreal m_bottom = 0;
    qreal m_y = 0;
    QList<QList<PageItem>> m_pages;
    QString m_runningHeader;
    QString m_footer;
};

} // namespace bb::report
