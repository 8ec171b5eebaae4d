#pragma once

// Internal to lib/fhir: the table behind the reader's memos (categorymemo_p.h,
// conceptmemo_p.h).

#include "fhir/stringpool_p.h"

#include <algorithm>
#include <deque>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace bb::fhir::detail {

// Entries found by the exact JSON bytes they were read from. A page holds a few dozen distinct
// concepts met thousands of times: an open-addressing table of hashes and sizes finds one with
// a single probe, and only a match compares the bytes. Each entry keeps its own copy of the
// bytes (`Entry::json`, followed by `Padding` zero bytes when texts inside it are to be
// unescaped in place) and stays where it is until trim(), so what callers hold of it remains
// valid for the rest of the document. Per thread, like the reader's other state.
template<typename Entry, size_t Padding = 0>
class BytesMemo
{
public:
    const Entry *find(std::string_view json, quint64 hash) const
    {
        const Slot *s = lookup(json, hash, nullptr);
        return s ? s->entry : nullptr;
    }

    // The entry remembered for `json`, or a new one holding a copy of the bytes (second: true),
    // for the caller to fill.
    std::pair<Entry *, bool> emplace(std::string_view json, quint64 hash)
    {
        size_t slot = 0;
        if (const Slot *s = lookup(json, hash, &slot))
            return {s->entry, false};
        if ((m_entries.size() + 1) * 2 > m_slots.size()) {
            grow();
            slot = freeSlot(hash);
        }
        Entry &entry = m_entries.emplace_back();
        entry.json.reserve(json.size() + Padding);
        entry.json.assign(json).append(Padding, '\0');
        m_slots[slot] = Slot {hash, entry.json.data(), json.size(), &entry};
        return {&entry, true};
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
