#include "export/csvwriter.h"

using namespace Qt::StringLiterals;

namespace bb::exporting {

QString CsvWriter::neutralise(const QString &value)
{
    if (value.isEmpty())
        return value;
    switch (value.at(0).unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
        return u'\'' + value;
    default:
        return value;
    }
}

QString CsvWriter::quote(const QString &value)
{
    static const QString special = u",\"\r\n"_s;
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
