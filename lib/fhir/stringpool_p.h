#pragma once

// Internal to lib/fhir: the shared store of texts that repeat across claims.

#include <QString>

#include <cstring>
#include <string_view>
#include <vector>

namespace bb::fhir::detail {

// Many strings repeat thousands of times (code systems, displays, roles, category codes).
// Sharing one UTF-16 copy per distinct text saves both the conversion and the memory of every
// copy. Pooled texts live for the rest of the process in one store shared by all threads, and
// the QStrings handed out refer to it without a reference count (QString::fromRawData): a
// claim holds hundreds of them, and copying or destroying them then costs no atomic operation.
// The store is bounded (48 MB); past its limit texts are converted as ordinary QStrings, so
// endless distinct strings over a long run cannot grow it forever.
//
// One StringPool per thread caches the lookups, so the store's lock is only taken the first
// time a thread meets a text.
class StringPool
{
public:
    // Pools a text that may have been unescaped already: one holding a backslash is converted
    // but not pooled, since its bytes could be mistaken for another string's escapes.
    QString intern(std::string_view text);

    // Lookups go by the bytes of a JSON string as written (between the quotes, escapes and
    // all), which determine its text: a text met before then needs neither an escape check nor
    // unescaping. Null when not met yet (pooled texts are never empty).
    QString find(std::string_view raw) const
    {
        const Slot *s = lookup(raw, hashBytes(raw), nullptr);
        return s ? s->text() : QString();
    }
    // Pools `text`, the unescaped form of `raw`.
    QString intern(std::string_view raw, std::string_view text);

    // Hashing and comparing bytes, shared with the other tables keyed by JSON bytes.
    static quint64 load8(const char *p)
    {
        quint64 v;
        std::memcpy(&v, p, 8);
        return v;
    }

    // Fewer than 8 bytes, all of them, without a call: two overlapping halves, or byte by byte.
    static quint64 loadShort(const char *p, size_t n)
    {
        if (n >= 4) {
            quint32 lo, hi;
            std::memcpy(&lo, p, 4);
            std::memcpy(&hi, p + n - 4, 4);
            return lo | (quint64(hi) << 32);
        }
        quint64 v = 0;
        for (size_t i = 0; i < n; ++i)
            v |= quint64(quint8(p[i])) << (8 * i);
        return v;
    }

    // Pooled texts are often long URLs that share a prefix and a suffix and differ in between
    // ("…/variables/line_bene_pmt_amt"): sampling the start, the middle and the last 16 bytes
    // tells them apart at a fraction of the cost of hashing every byte. Probing compares the
    // whole text anyway, so a shared hash only costs time.
    static quint64 hashBytes(std::string_view s)
    {
        constexpr quint64 m = 0xBF58476D1CE4E5B9ull;
        const char *p = s.data();
        const size_t n = s.size();
        quint64 h = n * 0x9E3779B97F4A7C15ull;
        if (n >= 16) {
            h = (h ^ load8(p)) * m;
            h = (h ^ load8(p + n / 2 - 4)) * m;
            h = (h ^ load8(p + n - 16)) * m;
            h = (h ^ load8(p + n - 8)) * m;
        } else if (n >= 8) {
            h = (h ^ load8(p)) * m;
            h = (h ^ load8(p + n - 8)) * m;
        } else if (n > 0) {
            h = (h ^ loadShort(p, n)) * m;
        }
        h ^= h >> 31;
        h *= 0x94D049BB133111EBull;
        return h ^ (h >> 29);
    }

    // Equal hashes nearly always mean equal bytes: compare word by word, without a call.
    static bool sameBytes(const char *a, const char *b, size_t n)
    {
        if (n < 8)
            return loadShort(a, n) == loadShort(b, n);
        for (size_t i = 0; i + 8 < n; i += 8) {
            if (load8(a + i) != load8(b + i))
                return false;
        }
        return load8(a + n - 8) == load8(b + n - 8);
    }

private:
    // 32 bytes, two to a cache line, so more of the table stays in cache. The text is the
    // store's UTF-16, handed out without a reference count as the store does.
    struct Slot
    {
        quint64 hash = 0;
        const char *utf8 = nullptr; // the store's copy; null marks a free slot
        const QChar *utf16 = nullptr;
        quint32 size = 0; // bytes
        quint32 length = 0; // UTF-16 code units
        QString text() const { return QString::fromRawData(utf16, length); }
    };

    // The slot holding `raw`, else null and `free` set to where it would go. Inline: it runs
    // for nearly every string a claim keeps, and nearly always finds it.
    const Slot *lookup(std::string_view raw, quint64 hash, size_t *free) const
    {
        if (m_slots.empty())
            return nullptr;
        const size_t mask = m_slots.size() - 1;
        for (size_t i = size_t(hash) & mask;; i = (i + 1) & mask) {
            const Slot &s = m_slots[i];
            if (!s.utf8) {
                if (free)
                    *free = i;
                return nullptr;
            }
            if (s.hash == hash && size_t(s.size) == raw.size()
                && sameBytes(s.utf8, raw.data(), raw.size()))
                return &s;
        }
    }

    void grow();

    std::vector<Slot> m_slots;
    size_t m_used = 0;
};

} // namespace bb::fhir::detail
