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

// Pooled texts are often long URLs that share a prefix and a suffix and differ in between
// ("…/variables/line_bene_pmt_amt"): sampling the start, the middle and the last 16 bytes
// tells them apart at a fraction of the cost of hashing every byte. Probing compares the
// whole text anyway, so a shared hash only costs time.
quint64 hashBytes(std::string_view s)
{
    constexpr quint64 m = 0xBF58476D1CE4E5B9ull;
    const char *p = s.data();
    const size_t n = s.size();
    quint64 h = n * 0x9E3779B97F4A7C15ull;
    if (n >= 16) {
        h = (h ^ load(p, 8)) * m;
        h = (h ^ load(p + n / 2 - 4, 8)) * m;
        h = (h ^ load(p + n - 16, 8)) * m;
        h = (h ^ load(p + n - 8, 8)) * m;
    } else if (n >= 8) {
        h = (h ^ load(p, 8)) * m;
        h = (h ^ load(p + n - 8, 8)) * m;
    } else if (n > 0) {
        h = (h ^ load(p, n)) * m;
    }
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

    Entry find(std::string_view raw, std::string_view text)
    {
        const std::lock_guard lock(m_mutex);
        auto it = m_texts.find(raw);
        if (it == m_texts.end()) {
            if (m_bytes > limitBytes)
                return {};
            it = m_texts.emplace(std::string(raw), QString::fromUtf8(text.data(), qsizetype(text.size())))
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

QString StringPool::intern(std::string_view text)
{
    if (std::memchr(text.data(), '\\', text.size()))
        return QString::fromUtf8(text.data(), qsizetype(text.size()));
    return intern(text, text);
}

const StringPool::Slot *StringPool::lookup(std::string_view raw, quint64 hash, size_t &free) const
{
    if (m_slots.empty())
        return nullptr;
    const size_t mask = m_slots.size() - 1;
    for (size_t i = size_t(hash) & mask;; i = (i + 1) & mask) {
        const Slot &s = m_slots[i];
        if (!s.utf8) {
            free = i;
            return nullptr;
        }
        if (s.hash == hash && s.size == raw.size() && std::memcmp(s.utf8, raw.data(), raw.size()) == 0)
            return &s;
    }
}

const QString *StringPool::find(std::string_view raw) const
{
    size_t free = 0;
    const Slot *s = lookup(raw, hashBytes(raw), free);
    return s ? &s->text : nullptr;
}

QString StringPool::intern(std::string_view raw, std::string_view text)
{
    // The empty string is not worth a slot; converted as it always was (null stays null).
    if (text.empty())
        return QString::fromUtf8(text.data(), 0);
    const quint64 hash = hashBytes(raw);
    size_t slot = 0;
    if (const Slot *s = lookup(raw, hash, slot))
        return s->text;
    const SharedStore::Entry entry = sharedStore().find(raw, text);
    if (!entry.utf8) // the store is full
        return QString::fromUtf8(text.data(), qsizetype(text.size()));
    // At most half full, so probing stays short.
    if ((m_used + 1) * 2 > m_slots.size()) {
        grow();
        const size_t mask = m_slots.size() - 1;
        slot = size_t(hash) & mask;
        while (m_slots[slot].utf8)
            slot = (slot + 1) & mask;
    }
    m_slots[slot] = Slot {hash, entry.utf8, raw.size(), entry.text};
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
