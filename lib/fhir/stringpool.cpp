#include "fhir/stringpool_p.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <mutex>
#include <string>
#include <unordered_map>
#include <utility>

namespace bb::fhir::detail {

namespace {

// The process-wide store. Entries are never removed, so the bytes and UTF-16 text of each stay
// where they are for the rest of the process (unordered_map nodes do not move).
class SharedStore
{
public:
    struct Entry
    {
        const char *utf8 = nullptr;
        QString text; // a raw-data view of the stored UTF-16, or an ordinary string when full
    };

    Entry find(std::string_view raw, std::string_view text)
    {
        const std::lock_guard lock(m_mutex);
        auto it = m_texts.find(raw);
        if (it == m_texts.end()) {
            if (m_bytes > limitBytes)
                return {};
            it = m_texts
                     .emplace(
                         std::string(raw), QString::fromUtf8(text.data(), qsizetype(text.size())))
                     .first;
            m_bytes += 64 + raw.size() + 2 * size_t(it->second.size()); // node, key, UTF-16
        }
        return {it->first.data(), QString::fromRawData(it->second.constData(), it->second.size())};
    }

private:
    // Far more than the distinct texts of the largest Blue Button history (a few MB).
    static constexpr size_t limitBytes = 48u << 20;

    std::mutex m_mutex;
    struct Hash
    {
        using is_transparent = void;
        size_t operator()(std::string_view s) const noexcept
        {
            return std::hash<std::string_view>()(s);
        }
    };
    std::unordered_map<std::string, QString, Hash, std::equal_to<>> m_texts;
    size_t m_bytes = 0;
};

SharedStore &sharedStore()
{
    // Never destroyed: claims read on any thread may refer to it until the very end.
    static SharedStore *const store = new SharedStore;
    return *store;
}

} // namespace

QString StringPool::intern(std::string_view text)
{
    if (!text.empty() && std::memchr(text.data(), '\\', text.size()))
        return QString::fromUtf8(text.data(), qsizetype(text.size()));
    return intern(text, text);
}

QString StringPool::intern(std::string_view raw, std::string_view text)
{
    // The empty string is not worth a slot; converted as it always was (null stays null).
    if (text.empty())
        return QString::fromUtf8(text.data(), 0);
    const quint64 hash = hashBytes(raw);
    size_t slot = 0;
    if (const Slot *s = lookup(raw, hash, &slot))
        return s->text();
    const SharedStore::Entry entry = sharedStore().find(raw, text);
    if (!entry.utf8) // the store is full
        return QString::fromUtf8(text.data(), qsizetype(text.size()));
    if (raw.size() > UINT32_MAX || size_t(entry.text.size()) > UINT32_MAX)
        return entry.text; // beyond a slot's sizes: found in the store each time
    // At most half full, so probing stays short.
    if ((m_used + 1) * 2 > m_slots.size()) {
        grow();
        const size_t mask = m_slots.size() - 1;
        slot = size_t(hash) & mask;
        while (m_slots[slot].utf8)
            slot = (slot + 1) & mask;
    }
    m_slots[slot] = Slot {
        hash, entry.utf8, entry.text.constData(), quint32(raw.size()), quint32(entry.text.size())};
    ++m_used;
    return entry.text;
}

void StringPool::grow()
{
    const size_t size = std::max<size_t>(1024, m_slots.size() * 2); // a power of two
    std::vector<Slot> old = std::exchange(m_slots, std::vector<Slot>(size));
    const size_t mask = m_slots.size() - 1;
    for (const Slot &s : old) {
        if (!s.utf8)
            continue;
        size_t i = size_t(s.hash) & mask;
        while (m_slots[i].utf8)
            i = (i + 1) & mask;
        m_slots[i] = s;
    }
}

} // namespace bb::fhir::detail
