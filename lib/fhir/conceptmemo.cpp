#include "fhir/conceptmemo_p.h"

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
    const auto [entry, added] = m_table.emplace(json, StringPool::hashBytes(json));
    if (!added)
        return &entry->view;
    const char *to = entry->json.data();
    moveInto(moved.first.system, json, to);
    moveInto(moved.first.code, json, to);
    moveInto(moved.first.display, json, to);
    moveInto(moved.firstCode, json, to);
    entry->pooled = {r.pooled(moved.first.code), r.pooled(moved.first.display),
        r.pooled(moved.firstCode), r.pooledSuffix(moved.first.code)};
    entry->view = moved;
    entry->view.pooled = &entry->pooled;
    return &entry->view;
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
