#include "export/csvwriter.h"

using namespace Qt::StringLiterals;

namespace bb::exporting {

namespace {

// What a spreadsheet may take as the start of a formula: = + - @, the tab and CR that OWASP
// lists, and the full-width forms some spreadsheets fold into the ASCII ones.
bool startsFormula(QChar c)
{
    switch (c.unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
    case u'\n':
    case 0xFF1D: // ＝
    case 0xFF0B: // ＋
    case 0xFF0D: // －
    case 0xFF20: // ＠
        return true;
    default:
        return false;
    }
}

// Where a spreadsheet may start a new cell when it guesses the separator: a comma, a
// semicolon (the usual one in Spanish locales), a tab, or a line break. A list joined with
// ';' splits there too, so each of its items is a segment.
bool separatesCells(QChar c)
{
    return c == u',' || c == u';' || c == u'\t' || c == u'\r' || c == u'\n';
}

// Whether the segment starting at `from` would read as a formula: leading spaces and quote
// marks are skipped, since a spreadsheet may trim them or take them as its own quoting.
bool segmentIsFormula(const QString &value, qsizetype from)
{
    for (qsizetype i = from; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == u' ' || c == u'"')
            continue;
        return startsFormula(c);
    }
    return false;
}

} // namespace

QString CsvWriter::neutralise(const QString &value)
{
    if (value.isEmpty())
        return value;
    QString out;
    out.reserve(value.size() + 2);
    if (segmentIsFormula(value, 0))
        out += u'\'';
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        out += c;
        if (separatesCells(c) && segmentIsFormula(value, i + 1))
            out += u'\'';
    }
    return out;
}

QString CsvWriter::quote(const QString &value)
{
    // ';' and tab as well as ',': a spreadsheet splitting on either keeps a quoted cell whole.
    static const QString special = u",;\t\"\r\n"_s;
    bool needs = false;
    for (QChar c : value) {
        if (special.contains(c)) {
            needs = true;
            break;
        }
    }
    if (!needs)
        return value;
    QString q = value;
    q.replace(u'"', u"\"\""_s);
    return u'"' + q + u'"';
}

void CsvWriter::endRow()
{
    m_out += m_row.join(u',');
    m_out += u"\r\n"_s;
    m_row.clear();
}

void CsvWriter::addRow(const QStringList &cells, bool neutraliseCells)
{
    for (const QString &c : cells)
        m_row << quote(neutraliseCells ? neutralise(c) : c);
    endRow();
}

} // namespace bb::exporting
