#pragma once

// Internal to lib/fhir: what adjudication category concepts said, by their bytes.

#include "fhir/amountmeaning_p.h"
#include "fhir/stringpool_p.h"

#include <QString>

#include <algorithm>
#include <deque>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace bb::fhir::detail {

// What reading one adjudication `category` concept yields (see readAdjudication): the category
// code and label of its first coding, and the CMS variable and label of the last coding that
// names one. The code and variable are kept as UTF-8 too, for classifying the amount; those
// views stay valid for the document being read.
struct CategoryOutcome
{
    bool hasCategory = false;
    QString category;
    QString categoryLabel;
    std::string_view categoryText;
    bool hasVariable = false;
    QString variable;
    QString label;
    std::string_view variableText;
    // classifyAmountUtf8(categoryText, variableText), worked out once per remembered concept.
    AmountMeaning meaning = AmountMeaning::Other;
};

// A claim repeats the same few category concepts on every line ("submitted" + the line's
// charge variable, "benefit" + the payment variable, ...), byte for byte. Remembering what each
// distinct concept said lets the reader skip over a known one at the speed of the structural
// index instead of reading its codings. Equal bytes are the same JSON, so the outcome is the
// same; bytes never seen are read normally. Per thread; emptied between documents once large.
//
// A page holds a few dozen distinct concepts met thousands of times: an open-addressing table
// of hashes and sizes finds one with a single probe, and only a match compares the bytes.
class CategoryMemo
{
public:
    const CategoryOutcome *find(std::string_view json) const
    {
        const Slot *s = lookup(json, StringPool::hashBytes(json), nullptr);
        return s ? &s->entry->outcome : nullptr;
    }
    // Keeps its own copy of the bytes and texts. Entries stay where they are until trim(), so
    // outcomes handed out remain valid for the rest of the document.
    const CategoryOutcome &add(std::string_view json, const CategoryOutcome &outcome)
    {
        const quint64 hash = StringPool::hashBytes(json);
        size_t slot = 0;
        if (const Slot *s = lookup(json, hash, &slot))
            return s->entry->outcome;
        if ((m_entries.size() + 1) * 2 > m_slots.size()) {
            grow();
            slot = freeSlot(hash);
        }
        Entry &entry = m_entries.emplace_back();
        entry.json.assign(json);
        entry.texts.assign(outcome.categoryText).append(outcome.variableText);
        entry.outcome = outcome;
        const std::string_view texts = entry.texts;
        entry.outcome.categoryText = texts.substr(0, outcome.categoryText.size());
        entry.outcome.variableText = texts.substr(outcome.categoryText.size());
        entry.outcome.meaning =
            classifyAmountUtf8(entry.outcome.categoryText, entry.outcome.variableText);
        m_slots[slot] = Slot {hash, entry.json.data(), entry.json.size(), &entry};
        return entry.outcome;
    }
    // Between documents: endless distinct concepts over a long run cannot grow it forever.
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
        std::string json; // the concept's bytes, the key
        CategoryOutcome outcome;
        std::string texts; // what outcome's UTF-8 views point at
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

    size_t freeSlot(quint64 hash) const
    {
        const size_t mask = m_slots.size() - 1;
        size_t i = size_t(hash) & mask;
        while (m_slots[i].json)
            i = (i + 1) & mask;
        return i;
    }

    // At most half full, a power of two.
    void grow()
    {
        std::vector<Slot> old =
            std::exchange(m_slots, std::vector<Slot>(std::max<size_t>(64, m_slots.size() * 2)));
        for (const Slot &s : old) {
            if (s.json)
                m_slots[freeSlot(s.hash)] = s;
        }
    }

    std::vector<Slot> m_slots;
    std::deque<Entry> m_entries; // deque: entries never move as it grows
};

} // namespace bb::fhir::detail
