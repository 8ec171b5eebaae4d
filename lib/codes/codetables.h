#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>
#include <QStringList>

#include <memory>

namespace bb::codes {

// One coded value of a table. `group` indexes Table::groups (-1: applies always).
struct CodeValue
{
    QString code;
    QString meaning;
    qint16 group = -1;
};

// The values after a codebook's group heading apply only when another field of the same
// resource holds one of `codes` ("For facility type code 7 (clinics)").
struct ValueGroup
{
    QString field; // lower-case variable name, or "claim_type"
    QStringList codes;
};

// One codebook variable (id "MS_CD") or one v3 CodeSystem (id "CLM-POS-CD").
struct CodeTable
{
    QString id;
    QString label; // "Medicare Status Code"
    QString description; // the codebook's first paragraph
    QList<ValueGroup> groups;
    QList<CodeValue> values; // sorted by code, then group

    // Every value listed for `code` (more than one when it depends on another field).
    QList<const CodeValue *> valuesFor(QStringView code) const;
};

// The CMS code tables bundled with the app (lib/codes/data/cms-codes.tsv, public domain),
// read from the compressed resource the first time anything asks: the app pays for them only
// when a coded value is shown. Then only an index of the tables is made; a table's values are
// read the first time one of its codes is looked up, so showing a coverage costs the few
// tables it uses, not all 835. Thread-safe: any thread may look codes up.
class CodeTables
{
public:
    static const CodeTables &instance();
    // Whether instance() has been loaded yet (for measurements; does not load).
    static bool isLoaded();

    // The table of a codebook variable ("MS_CD", any case) or a v3 CodeSystem ("CLM-POS-CD");
    // null when there is none. The table lives as long as the CodeTables.
    const CodeTable *find(QStringView id) const;

    qsizetype tableCount() const { return m_index.size(); }
    // Every table's id, sorted.
    QStringList tableIds() const;
    qsizetype valueCount() const { return m_valueCount; }
    // Heap bytes held now: the text, its index, and the tables read so far (estimated from
    // capacities).
    qint64 heapBytes() const;

    // Tables from the text format of scripts/gen_code_tables.py.
    explicit CodeTables(QByteArray text);
    ~CodeTables();

private:
    struct Entry
    {
        QString id; // upper case
        qsizetype begin = 0; // the table's "V"/"S" line
        qsizetype end = 0; // where the next table starts
    };
    std::unique_ptr<CodeTable> parse(const Entry &entry) const;

    QByteArray m_text;
    QList<Entry> m_index; // sorted by id
    qsizetype m_valueCount = 0;
    mutable QMutex m_mutex; // guards m_parsed and m_parsedBytes
    mutable QHash<qsizetype, std::shared_ptr<const CodeTable>> m_parsed; // by index position
    mutable qint64 m_parsedBytes = 0;
};

} // namespace bb::codes
