#include "export/csvwriter.h"

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdlib>

namespace {

// Reads back what the writer wrote, as RFC 4180 says; fails on anything it does not allow.
bool readCsv(const QString &text, QList<QStringList> &rows)
{
    QStringList row;
    QString field;
    bool inQuotes = false;
    bool quotedField = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c != u'"')
                field += c;
            else if (i + 1 < text.size() && text.at(i + 1) == u'"')
                field += text.at(++i);
            else
                inQuotes = false;
        } else if (c == u'"') {
            if (!field.isEmpty() || quotedField)
                return false;
            inQuotes = quotedField = true;
        } else if (c == u',') {
            row << field;
            field.clear();
            quotedField = false;
        } else if (c == u'\r') {
            if (i + 1 >= text.size() || text.at(i + 1) != u'\n')
                return false;
            ++i;
            row << field;
            rows << row;
            row.clear();
            field.clear();
            quotedField = false;
        } else if (c == u'\n' || c == u';' || c == u'\t') {
            return false; // the writer quotes every cell holding one of these
        } else {
            field += c;
        }
    }
    return !inQuotes && field.isEmpty() && row.isEmpty();
}

bool formulaStart(QChar c)
{
    const char16_t u = c.unicode();
    return u == u'=' || u == u'+' || u == u'-' || u == u'@' || u == u'\t' || u == u'\r'
        || u == u'\n' || u == 0xFF1D || u == 0xFF0B || u == 0xFF0D || u == 0xFF20;
}

// No piece of the file, split on any separator a spreadsheet may guess, starts a formula.
bool noLiveFormula(const QString &text, QChar separator)
{
    bool atStart = true;
    for (QChar c : text) {
        if (c == separator || c == u'\r' || c == u'\n') {
            atStart = true;
            continue;
        }
        if (!atStart || c == u' ' || c == u'"')
            continue;
        if (formulaStart(c))
            return false;
        atStart = false;
    }
    return true;
}

} // namespace

// Arbitrary text as cells: the first byte says how many cells make a row (1-8), and 0x1F
// separates cells. Checks that the output reads back as RFC 4180 to the neutralised cells,
// and that no separator a spreadsheet may split on exposes a formula.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const int perRow = 1 + data[0] % 8;
    const QString text = QString::fromUtf8(
        QByteArrayView(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1)));
    const QStringList cells = text.split(QChar(0x1F));
    bb::exporting::CsvWriter csv;
    QList<QStringList> expected;
    QStringList row;
    for (const QString &cell : cells) {
        csv.text(cell);
        row << bb::exporting::CsvWriter::neutralise(cell);
        if (row.size() == perRow) {
            csv.endRow();
            expected << row;
            row.clear();
        }
    }
    if (!row.isEmpty()) {
        csv.endRow();
        expected << row;
    }
    const QString out = csv.result();
    QList<QStringList> read;
    if (!readCsv(out, read) || read != expected)
        std::abort();
    for (QChar separator : {QChar(u','), QChar(u';'), QChar(u'\t')}) {
        if (!noLiveFormula(out, separator))
            std::abort();
    }
    return 0;
}
