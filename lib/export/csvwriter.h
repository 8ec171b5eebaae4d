#pragma once

#include <QString>
#include <QStringList>

namespace bb::exporting {

// Builds CSV as RFC 4180 describes it: comma-separated, CRLF line ends, fields quoted when
// they hold a comma, quote, CR or LF, quotes doubled. UTF-8 when encoded by the caller.
//
// Spreadsheets run a cell that starts with = + - @ (or a tab or CR) as a formula. Text cells
// therefore get a leading apostrophe in that case, which spreadsheets show as plain text.
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
