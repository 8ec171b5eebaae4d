#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>
#include <variant>

namespace bb::report {

// What a printed report says, independent of paper and device: a title, facts about the
// report (whose data, which filters, when), then blocks in reading order. Built on the GUI
// thread from the models (cheap: text only), laid out and painted on any thread.

using Field = std::pair<QString, QString>; // label, value

// Labelled values read top to bottom: a patient record, a claim's summary.
struct FieldsBlock
{
    QString caption;
    QList<Field> fields;
};

struct TableColumn
{
    QString title;
    // Numbers and dates are right- or left-aligned as on screen and never wrapped, so a
    // column of amounts stays readable; text columns wrap at word boundaries.
    Qt::Alignment alignment = Qt::AlignLeft;
    bool wraps = true;
};

struct TableRow
{
    QStringList cells;
    int depth = 0; // 1 for a child row of a tree (a fill under its drug): indented
};

// A table whose header row is repeated on every page it runs onto.
struct TableBlock
{
    QString caption;
    QList<TableColumn> columns;
    QList<TableRow> rows;
    QStringList totals; // a last, emphasised row; empty when the table has none
    QString footnote; // small print under the table: what the totals leave out
    QString emptyText; // shown instead of an empty table (no rows, or no columns)
};

// A paragraph: notes, the footer of a view ("Totals cover 120 of 130 claims").
struct TextBlock
{
    QString text;
    bool emphasised = false;
};

// The next block starts on a new page (one claim statement per page).
struct PageBreak
{
};

using Block = std::variant<FieldsBlock, TableBlock, TextBlock, PageBreak>;

struct ReportDocument
{
    QString title; // "Claims", "Claim statement"
    QList<Field> facts; // patient, Medicare number, filters, generated at
    QList<Block> blocks;
    QString runningHeader; // on pages after the first: "Claims · Jane Doe"
    QString footer; // left of the page number: "From Medicare Blue Button data · <time>"
};

} // namespace bb::report
