#pragma once

// Internal helpers over simdjson's On-Demand API, shared by the resource readers. Not part
// of the library interface: nothing outside lib/fhir sees simdjson.

#include "fhir/common.h"
#include "fhir/money.h"

#include <QString>

#include <cstring>
#include <optional>
#include <simdjson.h>
#include <string>
#include <string_view>
#include <unordered_map>

namespace bb::fhir::detail {

// simdjson's On-Demand API: one forward pass, no intermediate tree; subtrees nobody asks for
// (most of a claim's extensions) are skipped at the speed of the structural index. Syntax is
// checked as the walk goes, so every walk step can report a malformed document.
using simdjson::error_code;
using simdjson::SUCCESS;
using array = simdjson::ondemand::array;
using object = simdjson::ondemand::object;
using value = simdjson::ondemand::value;

// Many strings repeat thousands of times (code systems, displays, roles). Sharing one QString
// per distinct text saves both the UTF-16 conversion and the memory of every copy.
class StringPool
{
public:
    const QString &intern(std::string_view text);

private:
    struct Hash
    {
        using is_transparent = void;
        // Pooled strings are mostly long URLs that differ near the end ("…/variables/x_cd"):
        // mixing the length with the first and last 8 bytes spreads them well, at a fraction
        // of the cost of hashing every byte. Equal hashes are still compared in full.
        size_t operator()(std::string_view s) const noexcept
        {
            quint64 head = 0, tail = 0;
            const size_t n = s.size() < 8 ? s.size() : 8;
            if (n > 0) { // an empty view may carry a null pointer
                std::memcpy(&head, s.data(), n);
                std::memcpy(&tail, s.data() + s.size() - n, n);
            }
            quint64 h = (head ^ (tail * 0x9E3779B97F4A7C15ull) ^ s.size()) * 0xBF58476D1CE4E5B9ull;
            return size_t(h ^ (h >> 31));
        }
    };
    std::unordered_map<std::string, QString, Hash, std::equal_to<>> m_strings;
};

struct Reader
{
    StringPool &pool;
    const char *base = nullptr; // start of the input, to turn positions into offsets
};

inline bool endsWith(std::string_view s, std::string_view suffix)
{
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

inline QString toQString(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// A string value, or empty when the value is not a string. Type mismatches are tolerated:
// an unexpected shape loses that one field, never the resource.
inline std::string_view stringView(value &v)
{
    std::string_view s;
    if (v.get_string().get(s) != SUCCESS)
        return {};
    return s;
}

inline QString string(value &v)
{
    return toQString(stringView(v));
}

inline QString pooled(Reader &r, value &v)
{
    return r.pool.intern(stringView(v));
}

std::optional<qint64> integer(value &v);
std::optional<double> number(value &v);
// Exact money from the number's own digits (a quoted number is accepted too).
std::optional<Money> money(value &v);
bool boolean(value &v);

// "2015-05-12", "2016-01-16T00:00:00+00:00" -> the date part. Invalid for anything else.
QDate parseDate(std::string_view text);
// FHIR instant/dateTime with optional fraction and offset; invalid QDateTime otherwise.
QDateTime parseDateTime(std::string_view text);

// Calls f(key, value) for every field of an object. A malformed document stops the walk with
// its error; a field the callback does not read is skipped.
template<class F>
error_code forEachFieldOf(object &obj, F &&f)
{
    for (auto field : obj) {
        std::string_view key;
        if (const error_code ke = field.unescaped_key().get(key))
            return ke;
        value fv;
        if (const error_code ve = field.value().get(fv))
            return ve;
        if (const error_code fe = f(key, fv))
            return fe;
    }
    return SUCCESS;
}

// Same for a value that should be an object; a value of another type is skipped silently.
template<class F>
error_code forEachField(value &v, F &&f)
{
    object obj;
    const error_code e = v.get_object().get(obj);
    if (e == simdjson::INCORRECT_TYPE)
        return SUCCESS;
    if (e)
        return e;
    return forEachFieldOf(obj, std::forward<F>(f));
}

template<class F>
error_code forEachElement(value &v, F &&f)
{
    array arr;
    const error_code e = v.get_array().get(arr);
    if (e == simdjson::INCORRECT_TYPE)
        return SUCCESS;
    if (e)
        return e;
    for (auto element : arr) {
        value ev;
        if (const error_code ee = element.get(ev))
            return ee;
        if (const error_code fe = f(ev))
            return fe;
    }
    return SUCCESS;
}

error_code readCoding(Reader &r, value &v, Coding &out);
// Calls f(const Coding &) for each coding of a CodeableConcept.
template<class F>
error_code forEachCoding(Reader &r, value &cc, F &&f)
{
    return forEachField(cc, [&](std::string_view key, value &fv) -> error_code {
        if (key != "coding")
            return SUCCESS;
        return forEachElement(fv, [&](value &cv) -> error_code {
            Coding c;
            if (const error_code e = readCoding(r, cv, c))
                return e;
            f(c);
            return SUCCESS;
        });
    });
}
// The first coding of a CodeableConcept (empty when none).
error_code readFirstCoding(Reader &r, value &cc, Coding &out);
error_code readPeriod(value &v, DateRange &out);
// Reference.reference, e.g. "Patient/-1000".
error_code readReference(Reader &r, value &v, QString &out);

} // namespace bb::fhir::detail
