#pragma once

// Internal to lib/fhir: the shared store of texts that repeat across claims.

#include <QString>

#include <string_view>
#include <vector>

namespace bb::fhir::detail {

// Many strings repeat thousands of times (code systems, displays, roles, category codes).
// Sharing one UTF-16 copy per distinct text saves both the conversion and the memory of every
// copy. Pooled texts live for the rest of the process in one store shared by all threads, and
// the QStrings handed out refer to it without a reference count (QString::fromRawData): a
// claim holds hundreds of them, and copying or destroying them then costs no atomic operation.
// The store is bounded; past its limit texts are converted as ordinary QStrings, so a long
// session with endless distinct strings cannot grow it forever.
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
    // unescaping. Null when not met yet.
    const QString *find(std::string_view raw) const;
    // Pools `text`, the unescaped form of `raw`.
    QString intern(std::string_view raw, std::string_view text);

private:
    struct Slot
    {
        quint64 hash = 0;
        const char *utf8 = nullptr; // the store's copy; null marks a free slot
        size_t size = 0;
        QString text;
    };

    const Slot *lookup(std::string_view raw, quint64 hash, size_t &free) const;
    void grow();

    std::vector<Slot> m_slots;
    size_t m_used = 0;
};

} // namespace bb::fhir::detail
