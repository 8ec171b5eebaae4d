#pragma once

#include <QList>
#include <QString>
#include <QStringList>

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
// when a coded value is shown. Read-only after loading, so any thread may share them.
class CodeTables
{
public:
    static const CodeTables &instance();
    // Whether instance() has been loaded yet (for measurements; does not load).
    static bool isLoaded();

    // The table of a codebook variable ("MS_CD", any case) or a v3 CodeSystem ("CLM-POS-CD").
    const CodeTable *find(QStringView id) const;

    qsizetype tableCount() const { return m_tables.size(); }
    qsizetype valueCount() const { return m_valueCount; }
    // Heap bytes the loaded tables hold (strings, lists and index), estimated from capacities.
    qint64 heapBytes() const { return m_heapBytes; }

    // Reads tables from the text format of scripts/gen_code_tables.py (for tests).
    static CodeTables fromText(QByteArrayView text);

private:
    void index();

    QList<CodeTable> m_tables; // sorted by upper-case id
    qsizetype m_valueCount = 0;
    qint64 m_heapBytes = 0;
};

} // namespace bb::codes
