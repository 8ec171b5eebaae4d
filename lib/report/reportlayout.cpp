#include "report/reportlayout.h"

#include <QCoreApplication>
#include <QPaintDevice>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>
#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace bb::report {

namespace {

// Black on white with light greys only: the report must read the same printed in grayscale.
const QColor kText(0, 0, 0);
const QColor kMuted(0x44, 0x44, 0x44);
const QColor kHeaderFill(0xd9, 0xd9, 0xd9);
const QColor kStripe(0xf2, 0xf2, 0xf2);
const QColor kRule(0x80, 0x80, 0x80);

constexpr qreal kCellPaddingPt = 3;
constexpr qreal kCellVerticalPaddingPt = 1.5;
constexpr qreal kIndentPt = 12;
constexpr qreal kBlockGapPt = 10;
// A text column never asks for more than this share of the page for its longest word: longer
// words (URLs, codes) break anywhere instead of starving the other columns.
constexpr qreal kMaxWordShare = 0.25;
// Nor does any column claim more than this share for its one-line width: a very long cell
// wraps anyway, and must not squeeze short columns ("Lisinopril 10 mg") into wrapping too.
constexpr qreal kMaxNaturalShare = 0.5;
constexpr int kRowsPerProgressStep = 64;

QFont baseFont()
{
    // Fonts every Linux desktop has, then whatever sans-serif the system maps to; QPdfWriter
    // embeds the subset it uses, so the file reads the same elsewhere.
    QFont font;
    font.setFamilies(
        {u"DejaVu Sans"_s, u"Noto Sans"_s, u"Liberation Sans"_s, u"Arial"_s, u"Helvetica"_s});
    font.setStyleHint(QFont::SansSerif);
    // No ligatures: text copied or extracted from the PDF ("fill", "office") must read as
    // typed, and Latin text needs no other shaping.
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

QFont sized(const QFont &base, qreal points, bool bold)
{
    QFont font(base);
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("bb::report::ReportLayout", text);
}

} // namespace

ReportLayout::ReportLayout(const QPaintDevice *device, QSizeF pageSize)
    : m_device(device)
    , m_page(pageSize)
    , m_dotsPerPoint(device->logicalDpiY() / 72.0)
{
    const QFont base = baseFont();
    m_fonts = {
        sized(base, 16, true), // Title
        sized(base, 11, true), // Caption
        sized(base, 9, false), // Body
        sized(base, 9, true), // BodyBold
        sized(base, 8, false), // Table
        sized(base, 8, true), // TableBold
        sized(base, 6.5, false), // TableCompact
        sized(base, 6.5, true), // TableCompactBold
        sized(base, 7, false), // Small
    };
    // QFontMetricsF(font, device) resolves point sizes at the device's resolution, exactly as
    // a QPainter on that device will.
    auto *metricsDevice = const_cast<QPaintDevice *>(device);
    for (const QFont &font : m_fonts)
        m_metrics.emplace_back(font, metricsDevice);
    m_top = lineHeight(FontRole::Small) + points(8);
    m_bottom = m_page.height() - lineHeight(FontRole::Small) - points(8);
}

bool ReportLayout::layout(const ReportDocument &document, const RenderControl &control)
{
    m_pages.clear();
    m_runningHeader = document.runningHeader;
    m_footer = document.footer;
    m_pages.append(QList<PageItem>());
    m_y = 0; // the first page has no running header: the title starts at the top

    layoutFacts(document.title, document.facts);

    int rowsTotal = 0;
    for (const Block &block : document.blocks) {
        if (const auto *table = std::get_if<TableBlock>(&block))
            rowsTotal += int(table->rows.size());
    }
    int rowsDone = 0;
    for (const Block &block : document.blocks) {
        if (control.isCancelled())
            return false;
        if (const auto *fields = std::get_if<FieldsBlock>(&block))
            layoutFields(*fields);
        else if (const auto *table = std::get_if<TableBlock>(&block)) {
            if (!layoutTable(*table, control, rowsDone, rowsTotal))
                return false;
        } else if (const auto *text = std::get_if<TextBlock>(&block))
            layoutText(*text);
        else if (std::holds_alternative<PageBreak>(block) && m_y > m_top)
            newPage();
    }
    return true;
}

void ReportLayout::newPage()
{
    m_pages.append(QList<PageItem>());
    m_y = m_top;
}

void ReportLayout::ensureSpace(qreal height)
{
    if (m_y + height > m_bottom && m_y > m_top)
        newPage();
}

QStringList ReportLayout::wrap(const QString &text, FontRole role, qreal width) const
{
    QStringList lines;
    const QFontMetricsF &fm = metrics(role);
    for (const QString &paragraph : text.split(u'\n')) {
        if (fm.horizontalAdvance(paragraph) <= width) {
            lines << paragraph;
            continue;
        }
        QTextLayout layout(paragraph, font(role), m_device);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            lines << paragraph.mid(line.textStart(), line.textLength()).trimmed();
        }
        layout.endLayout();
    }
    return lines;
}

void ReportLayout::addText(const QStringList &lines, FontRole role, QRectF box,
    Qt::Alignment alignment, const QColor &color)
{
    PageItem item;
    item.kind = PageItem::Kind::Text;
    item.font = role;
    item.color = color;
    const QFontMetricsF &fm = metrics(role);
    qreal baseline = box.top() + fm.ascent();
    for (const QString &line : lines) {
        qreal x = box.left();
        if (alignment & Qt::AlignRight)
            x = box.right() - fm.horizontalAdvance(line);
        else if (alignment & Qt::AlignHCenter)
            x = box.center().x() - fm.horizontalAdvance(line) / 2;
        if (!line.isEmpty())
            item.runs.append({QPointF(x, baseline), line});
        baseline += fm.lineSpacing();
    }
    if (!item.runs.isEmpty())
        m_pages.last().append(std::move(item));
}

void ReportLayout::addRule(qreal y, qreal thickness, const QColor &color)
{
    PageItem item;
    item.kind = PageItem::Kind::Rule;
    item.color = color;
    item.rect = QRectF(0, y, m_page.width(), thickness);
    m_pages.last().append(std::move(item));
}

void ReportLayout::addFill(const QRectF &rect, const QColor &color)
{
    PageItem item;
    item.kind = PageItem::Kind::Fill;
    item.color = color;
    item.rect = rect;
    m_pages.last().append(std::move(item));
}

void ReportLayout::layoutFacts(const QString &title, const QList<Field> &facts)
{
    const QStringList titleLines = wrap(title, FontRole::Title, m_page.width());
    addText(titleLines, FontRole::Title, QRectF(0, m_y, m_page.width(), 0), Qt::AlignLeft, kText);
    m_y += titleLines.size() * lineHeight(FontRole::Title) + points(4);
    layoutFields(FieldsBlock {QString(), facts});
    addRule(m_y, points(0.8), kText);
    m_y += points(kBlockGapPt);
}

void ReportLayout::layoutCaption(const QString &caption)
{
    if (caption.isEmpty())
        return;
    const QStringList lines = wrap(caption, FontRole::Caption, m_page.width());
    addText(lines, FontRole::Caption, QRectF(0, m_y, m_page.width(), 0), Qt::AlignLeft, kText);
    m_y += lines.size() * lineHeight(FontRole::Caption) + points(3);
}

void ReportLayout::layoutFields(const FieldsBlock &block)
{
    if (block.fields.isEmpty())
        return;
    qreal labelWidth = 0;
    for (const Field &field : block.fields)
        labelWidth =
            std::max(labelWidth, metrics(FontRole::BodyBold).horizontalAdvance(field.first));
    labelWidth = std::min(labelWidth + points(10), m_page.width() * 0.4);
    const qreal valueWidth = m_page.width() - labelWidth;
    const qreal line = lineHeight(FontRole::Body);

    if (!block.caption.isEmpty()) {
        ensureSpace(lineHeight(FontRole::Caption) + 2 * line);
        layoutCaption(block.caption);
    }
    for (const Field &field : block.fields) {
        const QStringList label = wrap(field.first, FontRole::BodyBold, labelWidth - points(10));
        const QStringList value = wrap(field.second, FontRole::Body, valueWidth);
        const qreal height = std::max(label.size(), value.size()) * line + points(1.5);
        if (height <= m_bottom - m_top) {
            ensureSpace(height);
            addText(label, FontRole::BodyBold, QRectF(0, m_y, labelWidth, height), Qt::AlignLeft,
                kMuted);
            addText(value, FontRole::Body, QRectF(labelWidth, m_y, valueWidth, height),
                Qt::AlignLeft, kText);
            m_y += height;
            continue;
        }
        // A value longer than a page (a long note) runs on over the pages, line by line.
        for (qsizetype i = 0; i < std::max(label.size(), value.size()); ++i) {
            ensureSpace(line);
            if (i < label.size()) {
                addText({label[i]}, FontRole::BodyBold, QRectF(0, m_y, labelWidth, line),
                    Qt::AlignLeft, kMuted);
            }
            if (i < value.size()) {
                addText({value[i]}, FontRole::Body, QRectF(labelWidth, m_y, valueWidth, line),
                    Qt::AlignLeft, kText);
            }
            m_y += line;
        }
        m_y += points(1.5);
    }
    m_y += points(kBlockGapPt) / 2;
}

void ReportLayout::layoutText(const TextBlock &block)
{
    const FontRole role = block.emphasised ? FontRole::BodyBold : FontRole::Body;
    const qreal line = lineHeight(role);
    for (const QString &text : wrap(block.text, role, m_page.width())) {
        ensureSpace(line);
        addText({text}, role, QRectF(0, m_y, m_page.width(), line), Qt::AlignLeft, kText);
        m_y += line;
    }
    m_y += points(kBlockGapPt) / 2;
}

QList<ReportLayout::ColumnPlan> ReportLayout::planColumns(
    const TableBlock &table, TableFonts fonts) const
{
    const QFontMetricsF &cell = metrics(fonts.cell);
    const QFontMetricsF &head = metrics(fonts.head);
    const qreal wordCap = m_page.width() * kMaxWordShare;
    auto longestWord = [wordCap](const QFontMetricsF &fm, const QString &text) {
        qreal longest = 0;
        for (const QStringView word : QStringView(text).split(u' ', Qt::SkipEmptyParts))
            longest = std::max(longest, fm.horizontalAdvance(word.toString()));
        return std::min(longest, wordCap);
    };

    QList<ColumnPlan> plans(table.columns.size());
    for (qsizetype c = 0; c < table.columns.size(); ++c) {
        plans[c].natural = head.horizontalAdvance(table.columns[c].title);
        plans[c].minimum = longestWord(head, table.columns[c].title);
    }
    auto measure = [&](const QStringList &cells, qreal indent, const QFontMetricsF &fm) {
        for (qsizetype c = 0; c < std::min(cells.size(), plans.size()); ++c) {
            const qreal extra = c == 0 ? indent : 0;
            const qreal width = fm.horizontalAdvance(cells[c]) + extra;
            plans[c].natural = std::max(plans[c].natural, width);
            const qreal minimum =
                table.columns[c].wraps ? longestWord(fm, cells[c]) + extra : width;
            plans[c].minimum = std::max(plans[c].minimum, minimum);
        }
    };
    for (const TableRow &row : table.rows)
        measure(row.cells, row.depth * points(kIndentPt), cell);
    measure(table.totals, 0, head);
    for (ColumnPlan &plan : plans)
        plan.natural =
            std::max(plan.minimum, std::min(plan.natural, m_page.width() * kMaxNaturalShare));
    return plans;
}

qreal ReportLayout::naturalTableWidth(const TableBlock &table) const
{
    qreal width = 0;
    for (const ColumnPlan &plan : planColumns(table, {}))
        width += plan.natural + 2 * points(kCellPaddingPt);
    return width;
}

ReportLayout::TableFonts ReportLayout::tableFonts(const TableBlock &table) const
{
    const TableFonts normal;
    qreal minimum = 0;
    for (const ColumnPlan &plan : planColumns(table, normal))
        minimum += plan.minimum + 2 * points(kCellPaddingPt);
    if (minimum <= m_page.width())
        return normal;
    return {FontRole::TableCompact, FontRole::TableCompactBold};
}

QList<qreal> ReportLayout::columnWidths(const TableBlock &table, TableFonts fonts) const
{
    const QList<ColumnPlan> plans = planColumns(table, fonts);
    const qreal padding = 2 * points(kCellPaddingPt);
    const qreal available = m_page.width();
    qreal natural = 0;
    qreal minimum = 0;
    for (const ColumnPlan &plan : plans) {
        natural += plan.natural + padding;
        minimum += plan.minimum + padding;
    }
    QList<qreal> widths;
    if (natural <= available) {
        // Everything fits on one line: the spare width goes to the text columns, which read
        // better roomy, and the table spans the page like the other blocks.
        qreal wrapping = 0;
        for (qsizetype c = 0; c < plans.size(); ++c)
            wrapping += table.columns[c].wraps ? plans[c].natural : 0;
        for (qsizetype c = 0; c < plans.size(); ++c) {
            qreal share = 0;
            if (wrapping > 0)
                share = table.columns[c].wraps ? plans[c].natural / wrapping : 0;
            else
                share = (plans[c].natural + padding) / natural;
            widths << plans[c].natural + padding + (available - natural) * share;
        }
    } else if (minimum <= available) {
        // Every column gets its minimum (amounts and dates: their whole width); what is left
        // goes where wrapping costs the most.
        const qreal flexible = natural - minimum;
        for (const ColumnPlan &plan : plans) {
            const qreal want = plan.natural - plan.minimum;
            widths << plan.minimum + padding + (available - minimum) * want / flexible;
        }
    } else {
        // Even the compact font does not fit: amounts and dates keep their width as long as
        // they can; the text columns share the rest, breaking words anywhere.
        qreal fixed = 0;
        qreal text = 0;
        for (qsizetype c = 0; c < plans.size(); ++c) {
            if (table.columns[c].wraps)
                text += plans[c].minimum + padding;
            else
                fixed += plans[c].minimum + padding;
        }
        const qreal left = available - fixed;
        const bool keepFixed = left >= text * 0.25 || text == 0;
        for (qsizetype c = 0; c < plans.size(); ++c) {
            const qreal want = plans[c].minimum + padding;
            if (!keepFixed)
                widths << want * available / minimum; // nothing else is left to do
            else if (table.columns[c].wraps)
                widths << (text > 0 ? want * std::max<qreal>(left, 0) / text : 0);
            else
                widths << (text > 0 ? want : want * available / fixed);
        }
    }
    return widths;
}

bool ReportLayout::layoutTable(
    const TableBlock &table, const RenderControl &control, int &rowsDone, int rowsTotal)
{
    const qreal padding = points(kCellPaddingPt);
    const qreal vpadding = points(kCellVerticalPaddingPt);
    const qreal width = m_page.width();

    if (table.columns.isEmpty() || (table.rows.isEmpty() && table.totals.isEmpty())) {
        if (!table.caption.isEmpty()) {
            ensureSpace(lineHeight(FontRole::Caption) + lineHeight(FontRole::Body));
            layoutCaption(table.caption);
        }
        if (!table.emptyText.isEmpty())
            layoutText(TextBlock {table.emptyText, false});
        return true;
    }

    const TableFonts fonts = tableFonts(table);
    const QList<qreal> widths = columnWidths(table, fonts);
    struct MeasuredRow
    {
        QList<QStringList> lines;
        qreal height = 0;
    };
    auto measure = [&](const QStringList &cells, FontRole role, int depth) {
        MeasuredRow row;
        int most = 1;
        for (qsizetype c = 0; c < widths.size(); ++c) {
            const QString text = c < cells.size() ? cells[c] : QString();
            const qreal indent = c == 0 ? depth * points(kIndentPt) : 0;
            row.lines << wrap(text, role, std::max<qreal>(1, widths[c] - 2 * padding - indent));
            most = std::max(most, int(row.lines.last().size()));
        }
        row.height = most * lineHeight(role) + 2 * vpadding;
        return row;
    };
    auto place = [&](const MeasuredRow &row, FontRole role, int depth, const QColor &fill) {
        if (fill.isValid())
            addFill(QRectF(0, m_y, width, row.height), fill);
        qreal x = 0;
        for (qsizetype c = 0; c < widths.size(); ++c) {
            const qreal indent = c == 0 ? depth * points(kIndentPt) : 0;
            const QRectF box(x + padding + indent, m_y + vpadding, widths[c] - 2 * padding - indent,
                row.height - 2 * vpadding);
            addText(row.lines[c], role, box, table.columns[c].alignment, kText);
            x += widths[c];
        }
        m_y += row.height;
    };

    QStringList titles;
    for (const TableColumn &column : table.columns)
        titles << column.title;
    const MeasuredRow header = measure(titles, fonts.head, 0);
    const qreal usable = m_bottom - m_top - header.height;
    auto placeHeader = [&]() {
        place(header, fonts.head, 0, kHeaderFill);
        addRule(m_y, points(0.6), kText);
    };
    // A row longer than a page is cut to a page, marked with an ellipsis.
    auto fitPage = [&](MeasuredRow &row, FontRole role) {
        if (row.height <= usable)
            return;
        const int fit = std::max(1, int((usable - 2 * vpadding) / lineHeight(role)));
        for (QStringList &lines : row.lines) {
            if (lines.size() > fit) {
                lines.resize(fit);
                lines.last() += u'…';
            }
        }
        row.height = fit * lineHeight(role) + 2 * vpadding;
    };

    std::optional<MeasuredRow> first;
    if (!table.rows.isEmpty()) {
        first = measure(table.rows.first().cells, fonts.cell, table.rows.first().depth);
        fitPage(*first, fonts.cell);
    }
    ensureSpace((table.caption.isEmpty() ? 0 : lineHeight(FontRole::Caption) + points(3))
        + header.height + (first ? first->height : 0));
    layoutCaption(table.caption);
    placeHeader();

    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        const TableRow &source = table.rows[r];
        MeasuredRow row =
            r == 0 ? std::move(*first) : measure(source.cells, fonts.cell, source.depth);
        fitPage(row, fonts.cell);
        if (m_y + row.height > m_bottom) {
            newPage();
            placeHeader();
        }
        place(row, fonts.cell, source.depth, r % 2 ? kStripe : QColor());
        ++rowsDone;
        if (rowsDone % kRowsPerProgressStep == 0) {
            if (control.isCancelled())
                return false;
            control.report(rowsTotal > 0 ? rowsDone * 50 / rowsTotal : 0);
        }
    }
    if (!table.totals.isEmpty()) {
        MeasuredRow totals = measure(table.totals, fonts.head, 0);
        fitPage(totals, fonts.head);
        if (m_y + totals.height > m_bottom) {
            newPage();
            placeHeader();
        }
        addRule(m_y, points(0.8), kText);
        place(totals, fonts.head, 0, QColor());
    } else {
        addRule(m_y, points(0.4), kRule);
    }
    if (!table.footnote.isEmpty()) {
        m_y += points(2);
        for (const QString &line : wrap(table.footnote, FontRole::Small, width)) {
            ensureSpace(lineHeight(FontRole::Small));
            addText({line}, FontRole::Small, QRectF(0, m_y, width, lineHeight(FontRole::Small)),
                Qt::AlignLeft, kMuted);
            m_y += lineHeight(FontRole::Small);
        }
    }
    m_y += points(kBlockGapPt);
    return true;
}

void ReportLayout::paintPage(QPainter &painter, int index) const
{
    if (index < 0 || index >= m_pages.size())
        return;
    painter.save();
    auto drawText = [&](const PageItem &item) {
        painter.setFont(font(item.font));
        painter.setPen(item.color);
        for (const PageItem::Run &run : item.runs)
            painter.drawText(run.baseline, run.text);
    };
    for (const PageItem &item : m_pages[index]) {
        switch (item.kind) {
        case PageItem::Kind::Fill:
            painter.fillRect(item.rect, item.color);
            break;
        case PageItem::Kind::Rule:
            painter.fillRect(item.rect, item.color);
            break;
        case PageItem::Kind::Text:
            drawText(item);
            break;
        }
    }

    const QFontMetricsF &small = metrics(FontRole::Small);
    painter.setFont(font(FontRole::Small));
    painter.setPen(kMuted);
    if (index > 0 && !m_runningHeader.isEmpty()) {
        painter.drawText(QPointF(0, small.ascent()), m_runningHeader);
        painter.fillRect(
            QRectF(0, small.lineSpacing() + points(2), m_page.width(), points(0.4)), kRule);
    }
    const qreal footerTop = m_page.height() - small.lineSpacing();
    painter.fillRect(QRectF(0, footerTop - points(3), m_page.width(), points(0.4)), kRule);
    painter.drawText(QPointF(0, footerTop + small.ascent()), m_footer);
    const QString number = tr("Page %1 of %2").arg(index + 1).arg(m_pages.size());
    painter.drawText(
        QPointF(m_page.width() - small.horizontalAdvance(number), footerTop + small.ascent()),
        number);
    painter.restore();
}

} // namespace bb::report
