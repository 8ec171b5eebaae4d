#include "fhir/jsonwalk_p.h"

#include <charconv>
#include <cstring>

namespace bb::fhir::detail {

namespace {

// The number's own text ("37.5", "-1e3"), or empty when the value is not a number. Reading the
// token once serves integers, doubles and exact money alike.
std::string_view numberToken(value &v)
{
    std::string_view token = v.raw_json_token();
    if (token.empty())
        return {};
    while (!token.empty()
        && (token.back() == ' ' || token.back() == '\n' || token.back() == '\r'
            || token.back() == '\t'))
        token.remove_suffix(1);
    const char c = token.front();
    if (c == '"' && token.size() >= 2 && token.back() == '"')
        return token.substr(1, token.size() - 2); // a quoted number: accepted leniently
    return (c == '-' || (c >= '0' && c <= '9')) ? token : std::string_view();
}

} // namespace

std::string_view Reader::text(const JsonString &s)
{
    if (s.form != JsonString::Form::Raw || !hasBackslash(s.bytes.data(), s.bytes.size()))
        return s.bytes;
    return unescape(s.bytes);
}

std::string_view Reader::unescape(std::string_view raw)
{
    // Unescaped texts never outgrow the input, so one buffer of its size (plus simdjson's
    // padding) holds every one of a document; sized on the first escape met.
    if (!m_scratchNext) {
        if (m_scratch.size() < m_length + simdjson::SIMDJSON_PADDING)
            m_scratch.resize(m_length + simdjson::SIMDJSON_PADDING);
        m_scratchNext = m_scratch.data();
    }
    uint8_t *next = m_scratchNext;
    std::string_view text;
    const simdjson::ondemand::raw_json_string in(reinterpret_cast<const uint8_t *>(raw.data()));
    if (m_parser.unescape(in, next).get(text) != SUCCESS)
        return {}; // a bad escape: as simdjson's get_string, the text is lost
    m_scratchNext = next;
    return text;
}

QString Reader::pooled(const JsonString &s)
{
    if (s.form != JsonString::Form::Raw)
        return pool.intern(s.bytes);
    if (QString known = pool.find(s.bytes); !known.isNull())
        return known;
    return pool.intern(s.bytes, text(s));
}

QString Reader::pooledSuffix(const JsonString &s)
{
    const std::string_view t = text(s);
    if (t.empty()) // null or empty, exactly as the whole text would be
        return pooled(s).mid(0);
    const std::string_view suffix = afterLastSlash(t);
    // Bytes as written with no escape are their own text: no second look for a backslash.
    if (t.data() == s.bytes.data() && s.form == JsonString::Form::Raw)
        return pool.intern(suffix, suffix);
    return pool.intern(suffix);
}

QString Reader::string(const JsonString &s)
{
    return toQString(text(s));
}

std::optional<qint64> integer(value &v)
{
    const std::string_view t = numberToken(v);
    if (t.empty())
        return std::nullopt;
    int64_t i = 0;
    const auto r = std::from_chars(t.data(), t.data() + t.size(), i);
    if (r.ec == std::errc() && r.ptr == t.data() + t.size())
        return qint64(i);
    double d = 0;
    const auto rd = std::from_chars(t.data(), t.data() + t.size(), d);
    if (rd.ec == std::errc() && d >= -9e15 && d <= 9e15)
        return qint64(d);
    return std::nullopt;
}

std::optional<double> number(value &v)
{
    const std::string_view t = numberToken(v);
    double d = 0;
    const auto r = std::from_chars(t.data(), t.data() + t.size(), d);
    if (t.empty() || r.ec != std::errc())
        return std::nullopt;
    return d;
}

std::optional<Money> money(value &v)
{
    const std::string_view t = numberToken(v);
    return t.empty() ? std::nullopt : Money::parse(t);
}

bool boolean(value &v)
{
    bool b = false;
    return v.get_bool().get(b) == SUCCESS && b;
}

namespace {

int digits(std::string_view s, size_t pos, size_t count)
{
    if (pos + count > s.size())
        return -1;
    int n = 0;
    for (size_t i = pos; i < pos + count; ++i) {
        const char c = s[i];
        if (c < '0' || c > '9')
            return -1;
        n = n * 10 + (c - '0');
    }
    return n;
}

} // namespace

QDate parseDate(std::string_view s)
{
    const int y = digits(s, 0, 4);
    if (y < 0)
        return {};
    if (s.size() == 4)
        return QDate(y, 1, 1);
    if (s.size() < 7 || s[4] != '-')
        return {};
    const int m = digits(s, 5, 2);
    if (s.size() == 7)
        return m > 0 ? QDate(y, m, 1) : QDate();
    if (s.size() < 10 || s[7] != '-')
        return {};
    const int d = digits(s, 8, 2);
    if (m < 0 || d < 0)
        return {};
    return QDate(y, m, d);
}

QDateTime parseDateTime(std::string_view s)
{
    const QDate date = parseDate(s.substr(0, std::min<size_t>(s.size(), 10)));
    if (!date.isValid())
        return {};
    if (s.size() <= 10)
        return QDateTime(date, QTime(0, 0), Qt::UTC);
    if (s[10] != 'T' && s[10] != ' ')
        return {};
    const int hh = digits(s, 11, 2), mm = digits(s, 14, 2), ss = digits(s, 17, 2);
    if (hh < 0 || mm < 0 || ss < 0 || s[13] != ':' || s[16] != ':')
        return {};
    size_t pos = 19;
    int ms = 0;
    if (pos < s.size() && s[pos] == '.') {
        ++pos;
        int scale = 100;
        while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') {
            ms += (s[pos] - '0') * scale;
            scale /= 10;
            ++pos;
        }
    }
    const QTime time(hh, mm, ss, ms);
    if (!time.isValid())
        return {};
    if (pos >= s.size() || s[pos] == 'Z')
        return QDateTime(date, time, Qt::UTC);
    if (s[pos] != '+' && s[pos] != '-')
        return {};
    const int oh = digits(s, pos + 1, 2), om = digits(s, pos + 4, 2);
    if (oh < 0 || om < 0)
        return {};
    const int offset = (oh * 3600 + om * 60) * (s[pos] == '-' ? -1 : 1);
    return QDateTime(date, time, Qt::OffsetFromUTC, offset);
}

error_code readCodingView(value &v, CodingView &out)
{
    return forEachField(v, [&](std::string_view key, value &fv) -> error_code {
        if (key == "code") {
            out.code = readString(fv);
            out.seen |= CodingView::Code;
        } else if (key == "display") {
            out.display = readString(fv);
            out.seen |= CodingView::Display;
        } else if (key == "system") {
            out.system = readString(fv);
            out.seen |= CodingView::System;
        }
        return SUCCESS;
    });
}

void assignCoding(Reader &r, const CodingView &c, Coding &out)
{
    if (c.seen & CodingView::Code)
        out.code = r.pooled(c.code);
    if (c.seen & CodingView::Display)
        out.display = r.pooled(c.display);
    if (c.seen & CodingView::System)
        out.system = r.pooled(c.system);
}

error_code readCoding(Reader &r, value &v, Coding &out)
{
    CodingView c;
    const error_code e = readCodingView(v, c);
    assignCoding(r, c, out);
    return e;
}

error_code readFirstCodingView(value &cc, CodingView &out, bool *found)
{
    bool first = true;
    const error_code e = forEachCodingView(cc, [&](const CodingView &c) {
        if (first)
            out = c;
        first = false;
    });
    if (found)
        *found = !first;
    return e;
}

error_code readFirstCoding(Reader &r, value &cc, Coding &out)
{
    CodingView c;
    bool found = false;
    const error_code e = readFirstCodingView(cc, c, &found);
    if (found)
        out = toCoding(r, c);
    return e;
}

error_code readPeriod(value &v, DateRange &out)
{
    return forEachField(v, [&](std::string_view key, value &fv) -> error_code {
        if (key == "start")
            out.start = parseDate(stringView(fv));
        else if (key == "end")
            out.end = parseDate(stringView(fv));
        return SUCCESS;
    });
}

error_code readReference(Reader &r, value &v, QString &out)
{
    return forEachField(v, [&](std::string_view key, value &fv) -> error_code {
        if (key == "reference")
            out = pooled(r, fv);
        return SUCCESS;
    });
}

} // namespace bb::fhir::detail
