#include "codes/codetables.h"

#include <QFile>

#include <algorithm>
#include <atomic>
#include <mutex>

using namespace Qt::StringLiterals;

namespace bb::codes {

namespace {

std::once_flag g_loadOnce;
std::atomic<const CodeTables *> g_tables = nullptr;

qint64 stringBytes(const QString &s)
{
    return s.isEmpty() ? 0 : qint64(s.capacity() + 1) * 2 + 16;
}

QList<QByteArrayView> splitTabs(QByteArrayView line)
{
    QList<QByteArrayView> fields;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= line.size(); ++i) {
        if (i == line.size() || line[i] == '\t') {
            fields.append(line.sliced(start, i - start));
            start = i + 1;
        }
    }
    return fields;
}

QString text(const QList<QByteArrayView> &fields, qsizetype i)
{
    return i < fields.size() ? QString::fromUtf8(fields[i]) : QString();
}

} // namespace

QList<const CodeValue *> CodeTable::valuesFor(QStringView code) const
{
    QList<const CodeValue *> found;
    auto it = std::lower_bound(values.cbegin(), values.cend(), code,
        [](const CodeValue &v, QStringView c) { return QStringView(v.code) < c; });
    for (; it != values.cend() && QStringView(it->code) == code; ++it)
        found.append(&*it);
    return found;
}

CodeTables CodeTables::fromText(QByteArrayView text)
{
    CodeTables t;
    CodeTable *current = nullptr;
    qint16 group = -1;
    qsizetype pos = 0;
    while (pos < text.size()) {
        qsizetype end = text.indexOf('\n', pos);
        if (end < 0)
            end = text.size();
        const QByteArrayView line = text.sliced(pos, end - pos);
        pos = end + 1;
        if (line.isEmpty() || line[0] == '#')
            continue;
        const QList<QByteArrayView> f = splitTabs(line);
        const char kind = f[0].isEmpty() ? '\0' : f[0][0];
        if (kind == 'V' || kind == 'S') {
            t.m_tables.emplaceBack();
            current = &t.m_tables.last();
            current->id = codes::text(f, 1).toUpper();
            current->label = codes::text(f, 2);
            current->description = codes::text(f, 3);
            group = -1;
        } else if (kind == 'G' && current) {
            ValueGroup g;
            g.field = codes::text(f, 1);
            const QString list = codes::text(f, 2);
            g.codes = list.isEmpty() ? QStringList() : list.split(u',');
            current->groups.append(g);
            group = qint16(current->groups.size() - 1);
        } else if (kind == 'C' && current) {
            current->values.append({codes::text(f, 1), codes::text(f, 2), group});
        }
    }
    t.index();
    return t;
}

void CodeTables::index()
{
    m_valueCount = 0;
    m_heapBytes = qint64(m_tables.capacity()) * qint64(sizeof(CodeTable));
    for (CodeTable &table : m_tables) {
        std::stable_sort(table.values.begin(), table.values.end(),
            [](const CodeValue &a, const CodeValue &b) { return a.code < b.code; });
        table.values.squeeze();
        m_valueCount += table.values.size();
        m_heapBytes += stringBytes(table.id) + stringBytes(table.label)
            + stringBytes(table.description)
            + qint64(table.values.capacity()) * qint64(sizeof(CodeValue))
            + qint64(table.groups.capacity()) * qint64(sizeof(ValueGroup));
        for (const CodeValue &v : std::as_const(table.values))
            m_heapBytes += stringBytes(v.code) + stringBytes(v.meaning);
        for (const ValueGroup &g : std::as_const(table.groups)) {
            m_heapBytes += stringBytes(g.field);
            for (const QString &c : g.codes)
                m_heapBytes += stringBytes(c) + qint64(sizeof(QString));
        }
    }
    std::sort(m_tables.begin(), m_tables.end(),
        [](const CodeTable &a, const CodeTable &b) { return a.id < b.id; });
}

const CodeTable *CodeTables::find(QStringView id) const
{
    const QString key = id.toString().toUpper();
    auto it = std::lower_bound(m_tables.cbegin(), m_tables.cend(), key,
        [](const CodeTable &t, const QString &k) { return t.id < k; });
    return it != m_tables.cend() && it->id == key ? &*it : nullptr;
}

bool CodeTables::isLoaded()
{
    return g_tables.load() != nullptr;
}

const CodeTables &CodeTables::instance()
{
    std::call_once(g_loadOnce, [] {
        // The resource is compressed by rcc; readAll() gives the text back.
        QFile file(u":/bbcodes/cms-codes.tsv"_s);
        QByteArray data;
        if (file.open(QIODevice::ReadOnly))
            data = file.readAll();
        g_tables.store(new CodeTables(fromText(data))); // lives as long as the process
    });
    return *g_tables.load();
}

} // namespace bb::codes
