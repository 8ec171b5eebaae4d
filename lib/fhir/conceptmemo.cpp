#include "fhir/conceptmemo_p.h"

#include <algorithm>
#include <utility>

namespace bb::fhir::detail {

namespace {

// `s` moved from `from` to the same offset in `to`, an equal copy of it; false when `s` does
// not lie in `from` (a text unescaped elsewhere).
bool moveInto(JsonString &s, std::string_view from, const char *to)
{
    if (s.form == JsonString::Form::Absent) {
        s.bytes = {};
        return true;
    }
    if (s.form != JsonString::Form::Raw || s.bytes.data() < from.data()
        || s.bytes.data() + s.bytes.size() > from.data() + from.size())
        return false;
    s.bytes = std::string_view(to + (s.bytes.data() - from.data()), s.bytes.size());
    return true;
}

error_code readConceptOf(Reader &r, object &cc, ConceptView &out)
{
    return forEachCodingViewOf(cc, [&](const CodingView &c) {
        if (!out.found)
            out.first = c;
        // Stops at the first code with a text, as an assignment to an empty QString does.
        if (!out.found || r.text(out.firstCode).empty())
            out.firstCode = c.code;
        out.found = true;
    });
}

} // namespace

const ConceptView *ConceptMemo::add(Reader &r, std::string_view json, const ConceptView &view)
{
    ConceptView moved = view;
    // First only checks that every text lies in the concept's bytes.
    const char *const check = json.data();
    if (!moveInto(moved.first.system, json, check) || !moveInto(moved.first.code, json, check)
        || !moveInto(moved.first.display, json, check) || !moveInto(moved.firstCode, json, check))
        return nullptr;
    const quint64 hash = StringPool::hashBytes(json);
    size_t slot = 0;
    if (const Slot *s = lookup(json, hash, &slot))
        return &s->entry->view;
    if ((m_entries.size() + 1) * 2 > m_slots.size()) {
        grow();
        slot = freeSlot(hash);
    }
    Entry &entry = m_entries.emplace_back();
    entry.json.reserve(json.size() + simdjson::SIMDJSON_PADDING);
    entry.json.assign(json).append(simdjson::SIMDJSON_PADDING, '\0');
    const char *to = entry.json.data();
    moveInto(moved.first.system, json, to);
    moveInto(moved.first.code, json, to);
    moveInto(moved.first.display, json, to);
    moveInto(moved.firstCode, json, to);
    entry.pooled = {r.pooled(moved.first.code), r.pooled(moved.first.display),
        r.pooled(moved.firstCode), r.pooledSuffix(moved.first.code)};
    entry.view = moved;
    entry.view.pooled = &entry.pooled;
    m_slots[slot] = Slot {hash, to, json.size(), &entry};
    return &entry.view;
}

size_t ConceptMemo::freeSlot(quint64 hash) const
{
    const size_t mask = m_slots.size() - 1;
    size_t i = size_t(hash) & mask;
    while (m_slots[i].json)
        i = (i + 1) & mask;
    return i;
}

void ConceptMemo::grow()
{
    // At most half full, a power of two.
    std::vector<Slot> old =
        std::exchange(m_slots, std::vector<Slot>(std::max<size_t>(64, m_slots.size() * 2)));
    for (const Slot &s : old) {
        if (s.json)
            m_slots[freeSlot(s.hash)] = s;
    }
}

error_code readConcept(Reader &r, value &cc, ConceptView &scratch, const ConceptView *&out)
{
    out = &scratch;
    object obj;
    const error_code oe = cc.get_object().get(obj);
    if (oe == simdjson::INCORRECT_TYPE)
        return SUCCESS; // as reading it would: nothing
    if (oe)
        return oe;
    if (!r.concepts)
        return readConceptOf(r, obj, scratch);
    std::string_view json;
    if (const error_code e = obj.raw_json().get(json))
        return e;
    if (const ConceptView *known = r.concepts->find(json)) {
        out = known;
        return SUCCESS;
    }
    // Not seen yet: rewind and read it. Only a concept read without error is remembered.
    if (const error_code e = obj.reset().error())
        return e;
    const error_code e = readConceptOf(r, obj, scratch);
    if (!e) {
        if (const ConceptView *stored = r.concepts->add(r, json, scratch))
            out = stored;
    }
    return e;
}

} // namespace bb::fhir::detail
