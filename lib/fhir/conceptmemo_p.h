#pragma once

// Internal to lib/fhir: what coded concepts that repeat said, by their bytes.

#include "fhir/jsonwalk_p.h"

#include <deque>
#include <string>
#include <string_view>
#include <vector>

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
        const Slot *s = lookup(json, StringPool::hashBytes(json), nullptr);
        return s ? &s->entry->view : nullptr;
    }
    // Null when the view cannot be remembered: a text that is not the concept's own bytes.
    const ConceptView *add(Reader &r, std::string_view json, const ConceptView &view);
    void trim()
    {
        if (m_entries.size() > 20000) {
            m_slots.clear();
            m_entries.clear();
        }
    }

private:
    struct Entry
    {
        std::string json; // the concept's bytes, then simdjson's padding
        ConceptView view;
        PooledConcept pooled;
    };
    struct Slot
    {
        quint64 hash = 0;
        const char *json = nullptr; // null marks a free slot
        size_t size = 0;
        Entry *entry = nullptr;
    };

    const Slot *lookup(std::string_view json, quint64 hash, size_t *free) const
    {
        if (m_slots.empty())
            return nullptr;
        const size_t mask = m_slots.size() - 1;
        for (size_t i = size_t(hash) & mask;; i = (i + 1) & mask) {
            const Slot &s = m_slots[i];
            if (!s.json) {
                if (free)
                    *free = i;
                return nullptr;
            }
            if (s.hash == hash && s.size == json.size()
                && StringPool::sameBytes(s.json, json.data(), json.size()))
                return &s;
        }
    }
    size_t freeSlot(quint64 hash) const;
    void grow();

    std::vector<Slot> m_slots;
    std::deque<Entry> m_entries; // deque: entries never move as it grows
};

// The concept's view: through the memo when the reader has one, else read. `out` points at the
// remembered view or at `scratch`.
error_code readConcept(Reader &r, value &cc, ConceptView &scratch, const ConceptView *&out);

} // namespace bb::fhir::detail
