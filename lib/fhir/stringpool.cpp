#include "fhir/stringpool_p.h"

#include <algorithm>
#include <cstring>
#include <mutex>
#include <string>
#include <unordered_map>
#include <utility>

namespace bb::fhir::detail {

namespace {

quint64 load(const char *p, size_t n)
{
    quint64 v = 0;
    std::memcpy(&v, p, n);
    return v;
}

// Every byte counts: pooled texts are often long URLs that share a prefix and a suffix and
// differ in between ("…/variables/line_bene_pmt_amt"), and probing compares hashes first.
quint64 hashBytes(std::string_view s)
{
    constexpr quint64 k = 0x9E3779B97F4A7C15ull;
    quint64 h = s.size() * k;
    const char *p = s.data();
    size_t n = s.size();
    for (; n >= 8; n -= 8, p += 8)
        h = (h ^ load(p, 8)) * 0xBF58476D1CE4E5B9ull + k;
    if (n > 0)
        h = (h ^ load(p, n)) * 0xBF58476D1CE4E5B9ull + k;
    h ^= h >> 31;
    h *= 0x94D049BB133111EBull;
    return h ^ (h >> 29);
}

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

    Entry find(std::string_view utf8)
    {
        const std::lock_guard lock(m_mutex);
        if (auto it = m_texts.find(utf8); it != m_texts.end())
            return {it->first.data(), QString::fromRawData(it->second.constData(), it->second.size())};
        if (m_bytes > limitBytes)
            return {};
        auto [it, added] = m_texts.emplace(std::string(utf8), QString::fromUtf8(utf8.data(), qsizetype(utf8.size())));
        m_bytes += 64 + utf8.size() * 3; // node, key and UTF-16 text, roughly
        return {it->first.data(), QString::fromRawData(it->second.constData(), it->second.size())};
    }

private:
    // Far more than the distinct texts of the largest Blue Button history (a few MB).
    static constexpr size_t limitBytes = 48u << 20;

    std::mutex m_mutex;
    struct Hash
    {
        using is_transparent = void;
        size_t operator()(std::string_view s) const noexcept { return size_t(hashBytes(s)); }
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

QString StringPool::intern(std::string_view utf8)
{
    if (utf8.empty())
        return QString::fromUtf8(utf8.data(), 0);
    const quint64 hash = hashBytes(utf8);
    if (!m_slots.empty()) {
        const size_t mask = m_slots.size() - 1;
        for (size_t i = size_t(hash) & mask;; i = (i + 1) & mask) {
            const Slot &s = m_slots[i];
            if (!s.utf8)
                return insert(utf8, hash, i);
            if (s.hash == hash && s.size == utf8.size()
                && std::memcmp(s.utf8, utf8.data(), utf8.size()) == 0)
                return s.text;
        }
    }
    return insert(utf8, hash, 0);
}

QString StringPool::insert(std::string_view utf8, quint64 hash, size_t slot)
{
    const SharedStore::Entry entry = sharedStore().find(utf8);
    if (!entry.utf8) // the store is full
        return QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
    // At most half full, so probing stays short.
    if ((m_used + 1) * 2 > m_slots.size()) {
        grow();
        const size_t mask = m_slots.size() - 1;
        slot = size_t(hash) & mask;
        while (m_slots[slot].utf8)
            slot = (slot + 1) & mask;
    }
    m_slots[slot] = Slot {hash, entry.utf8, utf8.size(), entry.text};
    ++m_used;
    return entry.text;
}

void StringPool::grow()
{
    const size_t size = std::max<size_t>(1024, m_slots.size() * 2); // a power of two
    std::vector<Slot> old = std::exchange(m_slots, std::vector<Slot>(size));
    const size_t mask = m_slots.size() - 1;
    for (Slot &s : old) {
        if (!s.utf8)
            continue;
        size_t i = size_t(s.hash) & mask;
        while (m_slots[i].utf8)
            i = (i + 1) & mask;
        m_slots[i] = std::move(s);
    }
}

} // namespace bb::fhir::detail
