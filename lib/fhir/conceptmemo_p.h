#pragma once

// Internal to lib/fhir: what coded concepts that repeat said, by their bytes.

#include "fhir/bytesmemo_p.h"
#include "fhir/jsonwalk_p.h"

#include <string>
#include <string_view>

namespace bb::fhir::detail {

// A remembered concept's texts, pooled once: Reader::pooled() of the view's parts.
struct PooledConcept
{
    QString code; // of the first coding
    QString display; // of the first coding
    QString firstCode;
    QString codeSuffix; // Reader::pooledSuffix() of the first coding's code
};

// What the readers that keep one coding of a CodeableConcept take from it.
struct ConceptView
{
    CodingView first; // the first coding
    bool found = false; // whether there was a coding at all
    // What assigning each coding's pooled code in turn to a QString, while it is still empty,
    // leaves: the first code with a text, else the last coding's code.
    JsonString firstCode;
    const PooledConcept *pooled = nullptr; // set when remembered
};

// Reader::pooled() of the view's parts, without a lookup when remembered.
inline QString conceptCode(Reader &r, const ConceptView &c)
{
    return c.pooled ? c.pooled->code : r.pooled(c.first.code);
}
inline QString conceptDisplay(Reader &r, const ConceptView &c)
{
    return c.pooled ? c.pooled->display : r.pooled(c.first.display);
}
inline QString conceptFirstCode(Reader &r, const ConceptView &c)
{
    return c.pooled ? c.pooled->firstCode : r.pooled(c.firstCode);
}
inline QString conceptCodeSuffix(Reader &r, const ConceptView &c)
{
    return c.pooled ? c.pooled->codeSuffix : r.pooledSuffix(c.first.code);
}

// Roles, identifier types, benefit balance types: the same few concepts, byte for byte, on
// claim after claim. As CategoryMemo does for adjudication categories, a concept seen before is
// skipped at the speed of the structural index and what it said is taken from here. The texts
// of a remembered view point into the memo's own copy of the concept's bytes (equal bytes, so
// the same texts), which keeps simdjson's padding after it for unescaping. Per thread; emptied
// between documents once large.
class ConceptMemo
{
public:
    const ConceptView *find(std::string_view json) const
    {
        const Entry *entry = m_table.find(json, StringPool::hashBytes(json));
        return entry ? &entry->view : nullptr;
    }
    // Null when the view cannot be remembered: a text that is not the concept's own bytes.
    const ConceptView *add(Reader &r, std::string_view json, const ConceptView &view);
    void trim() { m_table.trim(); }

private:
    struct Entry
    {
        std::string json; // the concept's bytes, then simdjson's padding
        ConceptView view;
        PooledConcept pooled;
    };

    BytesMemo<Entry, simdjson::SIMDJSON_PADDING> m_table;
};

// The concept's view: through the memo when the reader has one, else read. `out` points at the
// remembered view or at `scratch`.
error_code readConcept(Reader &r, value &cc, ConceptView &scratch, const ConceptView *&out);

} // namespace bb::fhir::detail
