#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

namespace bb::sandbox {

// A request copied out of QHttpServerRequest, so that it can outlive the connection's parser
// state while a response is delayed.
struct HttpRequest
{
    QByteArray method; // "GET", "POST", ...
    QUrl url;
    QString path;
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-cased
    QByteArray body;

    QByteArray header(const QByteArray &lowerName) const;
    bool isGet() const { return method == "GET"; }
    bool isPost() const { return method == "POST"; }
    // Query items of the URL, decoded; a repeated key keeps every value.
    QList<QPair<QString, QString>> queryItems() const;
    QString queryValue(const QString &key) const; // last value wins, like Django's QueryDict
    bool hasQueryItem(const QString &key) const;
    // application/x-www-form-urlencoded (and multipart/form-data, as the Python SDK sends).
    QList<QPair<QString, QString>> formItems() const;
    QString formValue(const QString &key) const;
    bool acceptsGzip() const;
    // The language the sandbox's pages answer in: `lang` wins, then Accept-Language.
    QString language() const;
};

struct HttpResponse
{
    int status = 200;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    // Set when every equal request gets this same body, so its gzip encoding can be reused.
    QByteArray cacheKey;

    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray headerValue(const QByteArray &name) const;

    static HttpResponse json(int status, const QJsonObject &object);
    // Keeps the members in the order given, as the real server writes them.
    static HttpResponse ordered(int status, const QList<QPair<QString, QJsonValue>> &members);
    static HttpResponse rawJson(int status, const QByteArray &compactJson);
    static HttpResponse html(int status, const QString &page);
    static HttpResponse redirect(const QUrl &location);
    static HttpResponse empty(int status);
    // The four v2 error shapes of docs/api-notes.md, Error bodies.
    static HttpResponse detail(int status, const QString &detail);
    static HttpResponse oauthError(int status, const QString &error);
    static HttpResponse wrappedError(int status, const QString &error, const QString &description);
    static HttpResponse message(int status, const QString &message);
};

QByteArray reasonPhrase(int status);
QByteArray gzipCompress(const QByteArray &data);
// Form and query strings use '+' for spaces, which QUrlQuery does not decode by itself.
QList<QPair<QString, QString>> parseUrlEncoded(const QByteArray &encoded);
QByteArray toUrlEncoded(const QList<QPair<QString, QString>> &items);

} // namespace bb::sandbox
