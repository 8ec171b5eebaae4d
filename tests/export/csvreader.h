#pragma once

#include <QString>
#include <QStringList>

// A strict RFC 4180 reader for checking what the exporter wrote (tests only).
inline QList<QStringList> parseCsv(const QString &text, bool *ok)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool inQuotes = false;
    *ok = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                field += c;
            }
        } else if (c == u'"') {
            if (!field.isEmpty())
                *ok = false;
            inQuotes = true;
        } else if (c == u',') {
            row << field;
            field.clear();
        } else if (c == u'\r') {
            if (i + 1 >= text.size() || text.at(i + 1) != u'\n')
                *ok = false;
            row << field;
            rows << row;
            row.clear();
            field.clear();
            ++i;
        } else if (c == u'\n') {
            *ok = false; // bare LF: not RFC 4180
        } else {
            field += c;
        }
    }
    if (inQuotes || !field.isEmpty() || !row.isEmpty())
        *ok = false;
    return rows;
}
