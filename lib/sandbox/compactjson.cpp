#include "sandbox/compactjson.h"

#include <QJsonArray>
#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace bb::sandbox {

static void appendString(QByteArray &out, const QString &s)
{
    out += '"';
    const QByteArray utf8 = s.toUtf8();
    for (const char c : utf8) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                static const char hex[] = "0123456789abcdef";
                out += "\\u00";
                out += hex[(c >> 4) & 0xf];
                out += hex[c & 0xf];
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

static void appendNumber(QByteArray &out, double d)
{
    if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 1e15)
        out += QByteArray::number(qint64(d));
    else
        out += QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
}

static void appendObject(QByteArray &out, const QJsonObject &o)
{
    out += '{';
    bool first = true;
    auto member = [&](const QString &key, const QJsonValue &v) {
        if (!first)
            out += ',';
        first = false;
        appendString(out, key);
        out += ':';
        appendCompactJson(out, v);
    };
    static const QString leading[] = {u"resourceType"_s, u"id"_s, u"meta"_s};
    for (const QString &key : leading) {
        const auto it = o.constFind(key);
        if (it != o.constEnd())
            member(key, it.value());
    }
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        const QString key = it.key();
        if (key == leading[0] || key == leading[1] || key == leading[2])
            continue;
        member(key, it.value());
    }
    out += '}';
}

void appendCompactJson(QByteArray &out, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out += "null";
        break;
    case QJsonValue::Bool:
        out += value.toBool() ? "true" : "false";
        break;
    case QJsonValue::Double:
        appendNumber(out, value.toDouble());
        break;
    case QJsonValue::String:
        appendString(out, value.toString());
        break;
    case QJsonValue::Array: {
        out += '[';
        const QJsonArray a = value.toArray();
        bool first = true;
        for (const QJsonValue v : a) {
            if (!first)
                out += ',';
            first = false;
            appendCompactJson(out, v);
        }
        out += ']';
        break;
    }
    case QJsonValue::Object:
        appendObject(out, value.toObject());
        break;
    }
}

QByteArray compactJson(const QJsonObject &object)
{
    QByteArray out;
    out.reserve(4096);
    appendObject(out, object);
    return out;
}

} // namespace bb::sandbox
