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

// The id of a "V" or "S" line: the text between the first and the second tab.
QByteArrayView lineId(QByteArrayView line)
{
    const qsizetype tab = line.indexOf('\t', 2);
    return line.sliced(2, (tab < 0 ? line.size() : tab) - 2);
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

CodeTables::CodeTables(QByteArray text)
    : m_text(std::move(text))
{
    // One pass over the lines: where each table starts, and how many values there are.
    qsizetype pos = 0;
    while (pos < m_text.size()) {
        qsizetype end = m_text.indexOf('\n', pos);
        if (end < 0)
            end = m_text.size();
        const char kind = m_text.at(pos);
        if ((kind == 'V' || kind == 'S') && end - pos > 2) {
            if (!m_index.isEmpty())
                m_index.last().end = pos;
            const QByteArrayView line(m_text.constData() + pos, end - pos);
            m_index.append({QString::fromLatin1(lineId(line)).toUpper(), pos, m_text.size()});
        } else if (kind == 'C') {
            ++m_valueCount;
        }
        pos = end + 1;
    }
    std::sort(
        m_index.begin(), m_index.end(), [](const Entry &a, const Entry &b) { return a.id < b.id; });
}

CodeTables::~CodeTables() = default;

std::unique_ptr<CodeTable> CodeTables::parse(const Entry &entry) const
{
    auto table = std::make_unique<CodeTable>();
    qint16 group = -1;
    const QByteArrayView text(m_text.constData() + entry.begin, entry.end - entry.begin);
    qsizetype pos = 0;
    while (pos < text.size()) {
        qsizetype end = text.indexOf('\n', pos);
        if (end < 0)
            end = text.size();
        const QByteArrayView line = text.sliced(pos, end - pos);
        pos = end + 1;
        if (line.isEmpty())
            continue;
        const QList<QByteArrayView> f = splitTabs(line);
        switch (line[0]) {
        case 'V':
        case 'S':
            table->id = entry.id;
            table->label = codes::text(f, 2);
            table->description = codes::text(f, 3);
            break;
        case 'G': {
            ValueGroup g;
            g.field = codes::text(f, 1);
            const QString list = codes::text(f, 2);
            g.codes = list.isEmpty() ? QStringList() : list.split(u',');
            table->groups.append(g);
            group = qint16(table->groups.size() - 1);
            break;
        }
        case 'C':
            table->values.append({codes::text(f, 1), codes::text(f, 2), group});
            break;
        default:
            break;
        }
    }
    std::stable_sort(table->values.begin(), table->values.end(),
        [](const CodeValue &a, const CodeValue &b) { return a.code < b.code; });
    table->values.squeeze();
    return table;
}

const CodeTable *CodeTables::find(QStringView id) const
{
    const QString key = id.toString().toUpper();
    const auto it = std::lower_bound(m_index.cbegin(), m_index.cend(), key,
        [](const Entry &e, const QString &k) { return e.id < k; });
    if (it == m_index.cend() || it->id != key)
        return nullptr;
    const qsizetype at = it - m_index.cbegin();
    QMutexLocker lock(&m_mutex);
    if (const auto parsed = m_parsed.constFind(at); parsed != m_parsed.cend())
        return parsed->get();
    std::shared_ptr<const CodeTable> table = parse(*it);
    qint64 bytes = qint64(sizeof(CodeTable)) + stringBytes(table->id) + stringBytes(table->label)
        + stringBytes(table->description)
        + qint64(table->values.capacity()) * qint64(sizeof(CodeValue))
        + qint64(table->groups.capacity()) * qint64(sizeof(ValueGroup));
    for (const CodeValue &v : table->values)
        bytes += stringBytes(v.code) + stringBytes(v.meaning);
    for (const ValueGroup &g : table->groups) {
        bytes += stringBytes(g.field);
        for (const QString &c : g.codes)
            bytes += stringBytes(c) + qint64(sizeof(QString));
    }
    m_parsedBytes += bytes;
    m_parsed.insert(at, table);
    return table.get();
}

QStringList CodeTables::tableIds() const
{
    QStringList ids;
    ids.reserve(m_index.size());
    for (const Entry &e : m_index)
        ids << e.id;
    return ids;
}

qint64 CodeTables::heapBytes() const
{
    qint64 bytes = m_text.capacity() + qint64(m_index.capacity()) * qint64(sizeof(Entry));
    for (const Entry &e : m_index)
        bytes += stringBytes(e.id);
    QMutexLocker lock(&m_mutex);
    return bytes + m_parsedBytes;
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
        g_tables.store(new CodeTables(std::move(data))); // lives as long as the process
    });
    return *g_tables.load();
}

} // namespace bb::codes
