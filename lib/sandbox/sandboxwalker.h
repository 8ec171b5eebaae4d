#pragma once

#include "sandbox/sandboxserver.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>
#include <QUrl>

#include <optional>

// A deliberately plain, synchronous HTTP client for the local sandbox that walks its mock
// Medicare login pages (mockpages.h) the way a browser would. No OAuth library and no paging
// logic: the sandbox tests check the sandbox against the documented behaviour with it, not
// against bbviewer's own client, and the sync benchmark signs in with it without a browser.
namespace bb::sandbox::walker {

using Headers = QList<QPair<QByteArray, QByteArray>>;

struct Reply
{
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    qint64 elapsedMs = 0;

    QJsonObject json() const;
    QByteArray header(const QByteArray &lowerName) const { return headers.value(lowerName); }
    QUrl location(const QUrl &base) const;
};

class Client
{
public:
    explicit Client(const QUrl &base);
    Reply get(const QString &pathOrUrl, const Headers &headers = {});
    Reply post(const QString &pathOrUrl, const QByteArray &body, const Headers &headers = {});
    QUrl resolve(const QString &pathOrUrl) const;
    QUrl base() const { return m_base; }

private:
    Reply send(const QByteArray &verb, const QString &pathOrUrl, const QByteArray &body,
        const Headers &headers);
    QUrl m_base;
    QNetworkAccessManager m_nam;
};

QByteArray form(const QList<QPair<QString, QString>> &items);
QString pkceChallenge(const QString &verifier);
QString queryValue(const QUrl &url, const QString &key);
bool hasQueryItem(const QUrl &url, const QString &key);
// The value of <input name="..." value="..."> (the first one with that name).
QString inputValue(const QByteArray &html, const QString &name);
QString formAction(const QByteArray &html);

struct FlowOptions
{
    QString user = QStringLiteral("BBUser00000");
    QString password; // empty: the right one for `user`
    QString redirectUri = QStringLiteral("http://127.0.0.1:53682/callback");
    QString state = QStringLiteral("state-0123456789abcdef");
    QString verifier = QStringLiteral("verifier-0123456789abcdefghijklmnopqrstuvwxyz-ABCDEFGHIJ");
    QString scope; // empty: not sent
    std::optional<bool> shareDemographics; // nullopt: keep the page's default
    bool allow = true;
    QString clientId = bb::sandbox::SandboxServer::demoClient().clientId;
    Headers extraHeaders;
};

struct FlowResult
{
    Reply last; // the answer to the last request of the flow
    QUrl redirect; // where the browser would go (redirect_uri?code=... or ?error=...)
    QString code;
};

// Walks authorize -> mock Medicare login (two steps) -> consent like a browser would.
FlowResult authorize(Client &client, const FlowOptions &options);

enum class ClientAuth { Basic, Form, None };
Reply exchangeCode(Client &client, const QString &code, const FlowOptions &options,
    ClientAuth auth = ClientAuth::Basic);
Reply refresh(Client &client, const QString &refreshToken, ClientAuth auth = ClientAuth::Form);
Headers bearer(const QString &token);

// authorize + exchange in one go; returns the token response.
QJsonObject login(Client &client, const FlowOptions &options = {});

} // namespace bb::sandbox::walker
