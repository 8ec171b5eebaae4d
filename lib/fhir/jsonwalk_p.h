#pragma once

// Internal helpers over simdjson's On-Demand API, shared by the resource readers. Not part
// of the library interface: nothing outside lib/fhir sees simdjson.

#include "fhir/categorymemo_p.h"
#include "fhir/common.h"
#include "fhir/money.h"
#include "fhir/stringpool_p.h"

#include <QString>

#include <cstring>
#include <optional>
#include <simdjson.h>
#include <string>
#include <string_view>
#include <vector>

namespace bb::fhir::detail {

// simdjson's On-Demand API: one forward pass, no intermediate tree; subtrees nobody asks for
// (most of a claim's extensions) are skipped at the speed of the structural index. Syntax is
// checked as the walk goes, so every walk step can report a malformed document.
using simdjson::error_code;
using simdjson::SUCCESS;
using array = simdjson::ondemand::array;
using object = simdjson::ondemand::object;
using value = simdjson::ondemand::value;

// A string value as it stands in the input, read without converting it. `bytes` are either
// as written between the quotes (Raw: escapes and all) or already unescaped (Text).
class ConceptMemo;

struct JsonString
{
    enum class Form : quint8 { Absent, Raw, Text };
    std::string_view bytes;
    Form form = Form::Absent; // Absent: the value was not a string

    bool isString() const { return form != Form::Absent; }
};

class Reader
{
public:
    Reader(StringPool &strings, const simdjson::ondemand::parser &parser, const char *input,
        size_t length, std::vector<uint8_t> &scratch)
        : pool(strings)
        , base(input)
        , m_parser(parser)
        , m_length(length)
        , m_scratch(scratch)
    {
    }

    // The unescaped text (empty when not a string). Valid until the next document.
    std::string_view text(const JsonString &s);
    // The text as a pooled QString: repeated texts are found by their bytes as written.
    QString pooled(const JsonString &s);
    // What follows the last '/' of the text, pooled: the CMS variable name of a URL code.
    QString pooledSuffix(const JsonString &s);
    // A fresh QString, for texts that rarely repeat (ids, identifier values).
    QString string(const JsonString &s);

    StringPool &pool;
    const char *const base; // start of the input, to turn positions into offsets
    // Set while reading a document of the usual shape (see readDocument() in parser.cpp).
    CategoryMemo *categories = nullptr;
    ConceptMemo *concepts = nullptr;
    // Where an adjudication category not remembered is read (see readCategoryRemembered).
    CategoryOutcome categoryScratch;

private:
    std::string_view unescape(std::string_view raw);

    const simdjson::ondemand::parser &m_parser;
    const size_t m_length;
    std::vector<uint8_t> &m_scratch; // unescaped texts, reused between documents
    uint8_t *m_scratchNext = nullptr;
};

inline bool endsWith(std::string_view s, std::string_view suffix)
{
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// What follows the last '/' ("…/variables/line_nch_pmt_amt" -> "line_nch_pmt_amt"), or all of
// it. A '/' byte is always the character itself in UTF-8.
inline std::string_view afterLastSlash(std::string_view s)
{
    const size_t slash = s.rfind('/');
    return slash == std::string_view::npos ? s : s.substr(slash + 1);
}

inline QString toQString(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// Whether n bytes from p hold a backslash, eight at a time. Reads up to 7 bytes past the end:
// only for bytes inside the input, which simdjson's padding follows.
inline bool hasBackslash(const char *p, size_t n)
{
    constexpr quint64 ones = 0x0101010101010101ull;
    for (size_t i = 0; i < n; i += 8) {
        quint64 word;
        std::memcpy(&word, p + i, 8);
        const quint64 x = word ^ (ones * '\\');
        quint64 zero = (x - ones) & ~x & (ones * 0x80); // a flag in each byte that was '\\'
        if (n - i < 8)
            zero &= (quint64(1) << (8 * (n - i))) - 1; // only the bytes in range
        if (zero)
            return true;
    }
    return false;
}

inline bool isJsonSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

// A string value, or empty when the value is not a string. Type mismatches are tolerated:
// an unexpected shape loses that one field, never the resource.
inline std::string_view stringView(value &v)
{
    // Almost no FHIR string holds an escape, and then its text is simply the bytes between the
    // quotes: read them in place instead of having simdjson copy them into its string buffer.
    // The raw token runs up to the next structural character, so whitespace may trail it.
    // (Stage 1 has already checked the encoding and that every string is closed.)
    const std::string_view token = v.raw_json_token();
    if (token.empty() || token.front() != '"')
        return {};
    size_t end = token.size();
    while (end > 1 && isJsonSpace(token[end - 1]))
        --end;
    if (end >= 2 && token[end - 1] == '"') {
        const std::string_view text = token.substr(1, end - 2);
        // Still consume the value, as reading it would: an unread value is skipped leniently
        // later, and a malformed document must fail where it fails.
        simdjson::ondemand::raw_json_string raw;
        if (!hasBackslash(text.data(), text.size()) && v.get_raw_json_string().get(raw) == SUCCESS)
            return text;
    }
    std::string_view s;
    if (v.get_string().get(s) != SUCCESS)
        return {};
    return s;
}

// Consumes a string value without converting it: as reading it would, since an unread value
// is skipped leniently and a malformed document must fail where it fails.
inline JsonString readString(value &v)
{
    const std::string_view token = v.raw_json_token();
    if (token.empty() || token.front() != '"')
        return {};
    size_t end = token.size();
    while (end > 1 && isJsonSpace(token[end - 1]))
        --end;
    simdjson::ondemand::raw_json_string consumed;
    if (end >= 2 && token[end - 1] == '"' && v.get_raw_json_string().get(consumed) == SUCCESS)
        return {token.substr(1, end - 2), JsonString::Form::Raw};
    std::string_view text; // not expected: simdjson's own reading decides
    if (v.get_string().get(text) != SUCCESS)
        return {};
    return {text, JsonString::Form::Text};
}

inline QString string(value &v)
{
    return toQString(stringView(v));
}

inline QString pooled(Reader &r, value &v)
{
    return r.pooled(readString(v));
}

std::optional<qint64> integer(value &v);
std::optional<double> number(value &v);
// Exact money from the number's own digits (a quoted number is accepted too).
std::optional<Money> money(value &v);
bool boolean(value &v);

// "2015-05-12", "2016-01-16T00:00:00+00:00" -> the date part. Invalid for anything else.
QDate parseDate(std::string_view s);
// FHIR instant/dateTime with optional fraction and offset; invalid QDateTime otherwise.
QDateTime parseDateTime(std::string_view s);

// The key of a field. Keys are compared as they stand in the input, sparing simdjson's copy;
// the rare key with an escape is unescaped (`escaped` tells). Between the key's closing quote
// and its value there is only the colon and whitespace, so the key ends where that begins.
inline error_code keyOf(
    simdjson::ondemand::field &field, std::string_view &key, bool *escaped = nullptr)
{
    const char *const k = field.key().raw();
    const char *p = field.value().raw_json_token().data() - 1;
    while (p > k && isJsonSpace(*p))
        --p;
    if (p > k && *p == ':') {
        --p;
        while (p >= k && isJsonSpace(*p))
            --p;
    }
    const bool plain = p >= k && *p == '"' && !hasBackslash(k, size_t(p - k));
    if (escaped)
        *escaped = !plain;
    if (plain) {
        key = std::string_view(k, size_t(p - k));
        return SUCCESS;
    }
    return field.unescaped_key().get(key);
}

// Calls f(key, value) for every field of an object. A malformed document stops the walk with
// its error; a field the callback does not read is skipped.
template<class F>
error_code forEachFieldOf(object &obj, F &&f)
{
    for (auto result : obj) {
        if (const error_code fe = result.error())
            return fe;
        simdjson::ondemand::field &field = result.value_unsafe(); // checked just above
        std::string_view key;
        if (const error_code ke = keyOf(field, key))
            return ke;
        if (const error_code e = f(key, field.value()))
            return e;
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

// The resource's `resourceType`, wherever it sits among the keys (empty when missing or not a
// string), with the object rewound for the walk that follows. Copied: find_field hands out a
// view into the parser's buffer.
inline error_code resourceTypeOf(object &obj, std::string &type)
{
    std::string_view found;
    const error_code te = obj.find_field_unordered("resourceType").get_string().get(found);
    if (te && te != simdjson::NO_SUCH_FIELD && te != simdjson::INCORRECT_TYPE)
        return te;
    type.assign(te ? std::string_view() : found);
    return obj.reset().error();
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

// A coding read but not yet converted: each reader converts only the parts it keeps, and
// matches systems on their bytes.
struct CodingView
{
    enum Part : quint8 { System = 1, Code = 2, Display = 4 };
    JsonString system;
    JsonString code;
    JsonString display;
    quint8 seen = 0; // the Parts whose keys were present, strings or not
};

error_code readCodingView(value &v, CodingView &out);
error_code readCoding(Reader &r, value &v, Coding &out);
inline Coding toCoding(Reader &r, const CodingView &c)
{
    return Coding {r.pooled(c.system), r.pooled(c.code), r.pooled(c.display)};
}
// Sets the parts of `out` whose keys were present, leaving the others as they were.
void assignCoding(Reader &r, const CodingView &c, Coding &out);

// Calls f(const CodingView &) for each coding of a CodeableConcept.
template<class F>
error_code forEachCodingViewOf(object &cc, F &&f)
{
    return forEachFieldOf(cc, [&](std::string_view key, value &fv) -> error_code {
        if (key != "coding")
            return SUCCESS;
        return forEachElement(fv, [&](value &cv) -> error_code {
            CodingView c;
            if (const error_code e = readCodingView(cv, c))
                return e;
            f(c);
            return SUCCESS;
        });
    });
}

template<class F>
error_code forEachCodingView(value &cc, F &&f)
{
    object obj;
    const error_code e = cc.get_object().get(obj);
    if (e == simdjson::INCORRECT_TYPE)
        return SUCCESS;
    if (e)
        return e;
    return forEachCodingViewOf(obj, std::forward<F>(f));
}

// Calls f(const Coding &) for each coding of a CodeableConcept.
template<class F>
error_code forEachCoding(Reader &r, value &cc, F &&f)
{
    return forEachCodingView(cc, [&](const CodingView &c) { f(toCoding(r, c)); });
}

// The first coding of a CodeableConcept (empty when none).
error_code readFirstCodingView(value &cc, CodingView &out, bool *found = nullptr);
error_code readFirstCoding(Reader &r, value &cc, Coding &out);
error_code readPeriod(value &v, DateRange &out);
// Reference.reference, e.g. "Patient/-1000".
error_code readReference(Reader &r, value &v, QString &out);

} // namespace bb::fhir::detail
