#include "report/htmlreport.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace bb::report {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("bb::report", text);
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// Large, plain, high-contrast text that the reader's own settings may still override; on
// paper, tables keep their header on every page and rows are not split.
constexpr auto styleSheet = R"(
body { font-family: sans-serif; font-size: 1.1rem; line-height: 1.5; color: #111; background: #fff; margin: 1.5rem; max-width: 75rem; }
h1 { font-size: 1.8rem; } h2 { font-size: 1.4rem; margin-top: 2rem; }
dl.facts, dl.fields { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1.5rem; }
dt { font-weight: bold; } dd { margin: 0; }
table { border-collapse: collapse; margin: 1rem 0; }
caption { text-align: left; font-weight: bold; font-size: 1.2rem; padding: 0.5rem 0; }
th, td { border: 1px solid #555; padding: 0.3rem 0.6rem; vertical-align: top; }
thead th { background: #e8e8e8; }
td.number, th.number { text-align: right; white-space: nowrap; }
tr.child th { padding-left: 2rem; font-weight: normal; }
tfoot th, tfoot td { font-weight: bold; border-top: 3px double #111; }
p.emphasised { font-weight: bold; } p.footnote { font-size: 0.95rem; }
footer { margin-top: 2rem; font-size: 0.95rem; }
@media print {
  body { margin: 0; font-size: 11pt; max-width: none; }
  thead { display: table-header-group; } tr { break-inside: avoid; }
  h2 { break-after: avoid; } .page-break { break-before: page; }
}
)";

void writeFields(QString &out, const QList<Field> &fields, const QString &cssClass)
{
    out += u"<dl class=\"%1\">\n"_s.arg(cssClass);
    for (const Field &f : fields)
        out += u"<dt>%1</dt><dd>%2</dd>\n"_s.arg(esc(f.first), esc(f.second));
    out += u"</dl>\n"_s;
}

QString cellClass(const TableColumn &column)
{
    return column.alignment & Qt::AlignRight ? u" class=\"number\""_s : QString();
}

void writeTable(QString &out, const TableBlock &table)
{
    if (!table.caption.isEmpty() && (table.rows.isEmpty() || table.columns.isEmpty()))
        out += u"<h2>%1</h2>\n"_s.arg(esc(table.caption));
    if (table.rows.isEmpty() || table.columns.isEmpty()) {
        out += u"<p>%1</p>\n"_s.arg(
            esc(table.emptyText.isEmpty() ? tr("Nothing to show.") : table.emptyText));
        return;
    }
    out += u"<table>\n"_s;
    if (!table.caption.isEmpty())
        out += u"<caption>%1</caption>\n"_s.arg(esc(table.caption));
    out += u"<thead><tr>"_s;
    for (const TableColumn &column : table.columns)
        out += u"<th scope=\"col\"%1>%2</th>"_s.arg(cellClass(column), esc(column.title));
    out += u"</tr></thead>\n<tbody>\n"_s;
    for (const TableRow &row : table.rows) {
        out += row.depth > 0 ? u"<tr class=\"child\">"_s : u"<tr>"_s;
        for (qsizetype c = 0; c < table.columns.size(); ++c) {
            const QString text = esc(row.cells.value(c));
            // The first cell names the row (a date, a drug), so a screen reader says it with
            // every other cell of the row.
            if (c == 0)
                out += u"<th scope=\"row\"%1>%2</th>"_s.arg(cellClass(table.columns.at(c)), text);
            else
                out += u"<td%1>%2</td>"_s.arg(cellClass(table.columns.at(c)), text);
        }
        out += u"</tr>\n"_s;
    }
    out += u"</tbody>\n"_s;
    if (!table.totals.isEmpty()) {
        out += u"<tfoot><tr>"_s;
        for (qsizetype c = 0; c < table.columns.size(); ++c) {
            const QString text = esc(table.totals.value(c));
            if (c == 0)
                out += u"<th scope=\"row\">%1</th>"_s.arg(text);
            else
                out += u"<td%1>%2</td>"_s.arg(cellClass(table.columns.at(c)), text);
        }
        out += u"</tr></tfoot>\n"_s;
    }
    out += u"</table>\n"_s;
    if (!table.footnote.isEmpty())
        out += u"<p class=\"footnote\">%1</p>\n"_s.arg(esc(table.footnote));
}

} // namespace

QByteArray toHtml(const ReportDocument &document, const QString &language)
{
    QString out;
    out += u"<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"_s.arg(
        esc(language.isEmpty() ? u"en"_s : language));
    out += u"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"_s;
    out += u"<title>%1</title>\n"_s.arg(
        esc(document.runningHeader.isEmpty() ? document.title : document.runningHeader));
    out += u"<style>%1</style>\n</head>\n<body>\n<main>\n"_s.arg(QString::fromLatin1(styleSheet));
    out += u"<h1>%1</h1>\n"_s.arg(esc(document.title));
    if (!document.facts.isEmpty())
        writeFields(out, document.facts, u"facts"_s);
    bool pageBreak = false;
    for (const Block &block : document.blocks) {
        if (std::holds_alternative<PageBreak>(block)) {
            pageBreak = true;
            continue;
        }
        if (pageBreak) {
            out += u"<hr class=\"page-break\">\n"_s;
            pageBreak = false;
        }
        if (const auto *fields = std::get_if<FieldsBlock>(&block)) {
            if (!fields->caption.isEmpty())
                out += u"<h2>%1</h2>\n"_s.arg(esc(fields->caption));
            writeFields(out, fields->fields, u"fields"_s);
        } else if (const auto *table = std::get_if<TableBlock>(&block)) {
            writeTable(out, *table);
        } else if (const auto *text = std::get_if<TextBlock>(&block)) {
            out += text->emphasised ? u"<p class=\"emphasised\">%1</p>\n"_s.arg(esc(text->text))
                                    : u"<p>%1</p>\n"_s.arg(esc(text->text));
        }
    }
    out += u"</main>\n"_s;
    if (!document.footer.isEmpty())
        out += u"<footer><p>%1</p></footer>\n"_s.arg(esc(document.footer));
    out += u"</body>\n</html>\n"_s;
    return out.toUtf8();
}

} // namespace bb::report
