#pragma once

// Internal helpers over simdjson's On-Demand API, shared by the resource readers. Not part
// of the library interface: nothing outside lib/fhir sees simdjson.

#include "fhir/common.h"
#include "fhir/money.h"

#include <QString>

#include <optional>
#include <simdjson.h>
#include <string>
#include <string_view>
#include <unordered_map>

namespace bb::fhir::detail {

// The DOM API: simdjson picks the fastest kernel for this CPU at run time, and the whole
// document is validated before any field is read, so a walk never meets broken syntax.
using simdjson::error_code;
using simdjson::SUCCESS;
using array = simdjson::dom::array;
using object = simdjson::dom::object;
using value = simdjson::dom::element;

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
        size_t operator()(std::string_view s) const noexcept
        {
            return std::hash<std::string_view> {}(s);
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

// Calls f(key, value) for every field of an object. Readers return an error only to stop a
// walk early; the document itself is already known to be well-formed.
template<class F>
error_code forEachFieldOf(object &obj, F &&f)
{
    for (auto field : obj) {
        value fv = field.value;
        if (const error_code fe = f(field.key, fv))
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
    for (value ev : arr) {
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
