#include "sandbox/httpmessage.h"

#include "sandbox/compactjson.h"

#include <QJsonDocument>
#include <QRegularExpression>

#include <zlib.h>

using namespace Qt::StringLiterals;

namespace bb::sandbox {

QByteArray HttpRequest::header(const QByteArray &lowerName) const
{
    for (const auto &h : headers) {
        if (h.first == lowerName)
            return h.second;
    }
    return {};
}

QList<QPair<QString, QString>> parseUrlEncoded(const QByteArray &encoded)
{
    QList<QPair<QString, QString>> items;
    const QList<QByteArray> parts = encoded.split('&');
    for (const QByteArray &part : parts) {
        if (part.isEmpty())
            continue;
        const qsizetype eq = part.indexOf('=');
        QByteArray key = eq < 0 ? part : part.left(eq);
        QByteArray value = eq < 0 ? QByteArray() : part.mid(eq + 1);
        key.replace('+', ' ');
        value.replace('+', ' ');
        items.append({QString::fromUtf8(QByteArray::fromPercentEncoding(key)),
            QString::fromUtf8(QByteArray::fromPercentEncoding(value))});
    }
    return items;
}

QByteArray toUrlEncoded(const QList<QPair<QString, QString>> &items)
{
    QByteArray out;
    for (const auto &item : items) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(item.first) + '=' + QUrl::toPercentEncoding(item.second);
    }
    return out;
}

QList<QPair<QString, QString>> HttpRequest::queryItems() const
{
    return parseUrlEncoded(url.query(QUrl::FullyEncoded).toLatin1());
}

QString HttpRequest::queryValue(const QString &key) const
{
    QString value;
    const auto items = queryItems();
    for (const auto &item : items) {
        if (item.first == key)
            value = item.second;
    }
    return value;
}

bool HttpRequest::hasQueryItem(const QString &key) const
{
    const auto items = queryItems();
    for (const auto &item : items) {
        if (item.first == key)
            return true;
    }
    return false;
}

static QList<QPair<QString, QString>> parseMultipart(const QByteArray &body, const QByteArray &type)
{
    QList<QPair<QString, QString>> items;
    const qsizetype b = type.indexOf("boundary=");
    if (b < 0)
        return items;
    QByteArray boundary = type.mid(b + 9);
    if (boundary.startsWith('"'))
        boundary = boundary.mid(1, boundary.indexOf('"', 1) - 1);
    const QByteArray delimiter = "--" + boundary;
    qsizetype pos = body.indexOf(delimiter);
    while (pos >= 0) {
        const qsizetype start = pos + delimiter.size();
        const qsizetype next = body.indexOf(delimiter, start);
        if (next < 0)
            break;
        const QByteArray part = body.mid(start, next - start);
        const qsizetype headerEnd = part.indexOf("\r\n\r\n");
        if (headerEnd >= 0) {
            const QByteArray head = part.left(headerEnd);
            QByteArray value = part.mid(headerEnd + 4);
            if (value.endsWith("\r\n"))
                value.chop(2);
            static const QRegularExpression nameRe(uR"re(name="([^"]*)")re"_s);
            const auto m = nameRe.match(QString::fromUtf8(head));
            if (m.hasMatch())
                items.append({m.captured(1), QString::fromUtf8(value)});
        }
        pos = next;
    }
    return items;
}

QList<QPair<QString, QString>> HttpRequest::formItems() const
{
    const QByteArray type = header("content-type");
    if (type.startsWith("multipart/form-data"))
        return parseMultipart(body, type);
    return parseUrlEncoded(body);
}

QString HttpRequest::formValue(const QString &key) const
{
    QString value;
    const auto items = formItems();
    for (const auto &item : items) {
        if (item.first == key)
            value = item.second;
    }
    return value;
}

bool HttpRequest::acceptsGzip() const
{
    const QList<QByteArray> codings = header("accept-encoding").split(',');
    for (const QByteArray &coding : codings) {
        const QByteArray c = coding.trimmed();
        if (c == "gzip" || (c.startsWith("gzip;") && !c.contains("q=0")) || c == "*")
            return true;
    }
    return false;
}

QString HttpRequest::language() const
{
    QString lang = queryValue(u"lang"_s).toLower();
    if (lang == "es"_L1 || lang == "en"_L1)
        return lang;
    const QList<QByteArray> ranges = header("accept-language").split(',');
    for (const QByteArray &range : ranges) {
        const QByteArray tag = range.trimmed().split(';').value(0).toLower();
        if (tag.startsWith("es"))
            return u"es"_s;
        if (tag.startsWith("en"))
            return u"en"_s;
    }
    return u"en"_s;
}

void HttpResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            h.second = value;
            return;
        }
    }
    headers.append({name, value});
}

QByteArray HttpResponse::headerValue(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

HttpResponse HttpResponse::json(int status, const QJsonObject &object)
{
    return rawJson(status, QJsonDocument(object).toJson(QJsonDocument::Compact));
}

HttpResponse HttpResponse::ordered(int status, const QList<QPair<QString, QJsonValue>> &members)
{
    QByteArray out = "{";
    for (const auto &m : members) {
        if (out.size() > 1)
            out += ',';
        appendCompactJson(out, QJsonValue(m.first));
        out += ':';
        appendCompactJson(out, m.second);
    }
    out += '}';
    return rawJson(status, out);
}

HttpResponse HttpResponse::rawJson(int status, const QByteArray &compactJson)
{
    HttpResponse r;
    r.status = status;
    r.body = compactJson;
    return r;
}

HttpResponse HttpResponse::html(int status, const QString &page)
{
    HttpResponse r;
    r.status = status;
    r.contentType = "text/html; charset=utf-8";
    r.body = page.toUtf8();
    return r;
}

HttpResponse HttpResponse::redirect(const QUrl &location)
{
    HttpResponse r;
    r.status = 302;
    r.contentType = "text/html; charset=utf-8";
    r.setHeader("Location", location.toEncoded());
    return r;
}

HttpResponse HttpResponse::empty(int status)
{
    HttpResponse r;
    r.status = status;
    r.contentType = "text/html; charset=utf-8";
    return r;
}

HttpResponse HttpResponse::detail(int status, const QString &detailText)
{
    return json(status, QJsonObject {{u"detail"_s, detailText}});
}

HttpResponse HttpResponse::oauthError(int status, const QString &error)
{
    return json(status, QJsonObject {{u"error"_s, error}});
}

HttpResponse HttpResponse::wrappedError(
    int status, const QString &error, const QString &description)
{
    return ordered(status,
        {{u"status_code"_s, status}, {u"error"_s, error}, {u"error_description"_s, description}});
}

HttpResponse HttpResponse::message(int status, const QString &messageText)
{
    return ordered(status, {{u"status_code"_s, status}, {u"message"_s, messageText}});
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 421:
        return "Misdirected Request";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Unknown";
    }
}

QByteArray gzipCompress(const QByteArray &data)
{
    z_stream zs {};
    // windowBits 15 + 16 selects the gzip wrapper (not zlib's), which is what
    // Content-Encoding: gzip means. Level 1: the sandbox must not be a benchmark's bottleneck.
    if (deflateInit2(&zs, 1, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out;
    out.resize(qsizetype(deflateBound(&zs, uLong(data.size()))) + 32);
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    zs.avail_in = uInt(data.size());
    zs.next_out = reinterpret_cast<Bytef *>(out.data());
    zs.avail_out = uInt(out.size());
    const int rc = deflate(&zs, Z_FINISH);
    const qsizetype produced = qsizetype(zs.total_out);
    deflateEnd(&zs);
    if (rc != Z_STREAM_END)
        return {};
    out.truncate(produced);
    return out;
}

} // namespace bb::sandbox
