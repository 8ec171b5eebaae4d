#pragma once

#include <QString>
#include <QStringList>

namespace bb::exporting {

// Builds CSV as RFC 4180 describes it: comma-separated, CRLF line ends, fields quoted when
// they hold a comma, semicolon, tab, quote, CR or LF, quotes doubled. UTF-8 when encoded by the
// caller.
//
// Spreadsheets run a cell that starts with = + - @ (or a tab or CR) as a formula, and one that
// guesses the separator (';' in Spanish locales, or tab) may start a cell in the middle of
// ours. So every segment of a text cell, at its start and after each ',' ';' tab or line
// break (each item of a ';'-joined list), gets a leading apostrophe when it starts like a
// formula; spreadsheets show that as plain text.
// Amount columns are written by number() only, from exact cents, so a negative amount stays
// "-12.50" and reads as a number.
class CsvWriter
{
public:
    void addHeader(const QStringList &names) { addRow(names, false); }

    void text(const QString &value) { m_row << quote(neutralise(value)); }
    void number(const QString &plainDecimal) { m_row << plainDecimal; }
    void endRow();

    QString result() const { return m_out; }

    static QString neutralise(const QString &value);
    static QString quote(const QString &value);

private:
    void addRow(const QStringList &cells, bool neutraliseCells);

    QStringList m_row;
    QString m_out;
};

} // namespace bb::exporting
