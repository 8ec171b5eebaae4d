#include "sandbox/sandboxwalker.h"

#include "sandbox/httpmessage.h"
#include "sandbox/mockpages.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace bb::sandbox::walker {

QJsonObject Reply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QUrl Reply::location(const QUrl &base) const
{
    return base.resolved(QUrl::fromEncoded(header("location")));
}

Client::Client(const QUrl &base)
    : m_base(base)
{
}

QUrl Client::resolve(const QString &pathOrUrl) const
{
    return m_base.resolved(QUrl::fromEncoded(pathOrUrl.toUtf8()));
}

Reply Client::get(const QString &pathOrUrl, const Headers &headers)
{
    return send("GET", pathOrUrl, {}, headers);
}

Reply Client::post(const QString &pathOrUrl, const QByteArray &body, const Headers &headers)
{
    Headers h = headers;
    h.append(
        qMakePair(QByteArray("Content-Type"), QByteArray("application/x-www-form-urlencoded")));
    return send("POST", pathOrUrl, body, h);
}

Reply Client::send(const QByteArray &verb, const QString &pathOrUrl, const QByteArray &body,
    const Headers &headers)
{
    QNetworkRequest request(resolve(pathOrUrl));
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    for (const auto &h : headers)
        request.setRawHeader(h.first, h.second);
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply = m_nam.sendCustomRequest(request, verb, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    Reply r;
    r.elapsedMs = timer.elapsed();
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.error = reply->error();
    r.body = reply->readAll();
    const auto pairs = reply->rawHeaderPairs();
    for (const auto &p : pairs)
        r.headers.insert(p.first.toLower(), p.second);
    reply->deleteLater();
    return r;
}

QByteArray form(const QList<QPair<QString, QString>> &items)
{
    return bb::sandbox::toUrlEncoded(items);
}

QString pkceChallenge(const QString &verifier)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString queryValue(const QUrl &url, const QString &key)
{
    return QUrlQuery(url).queryItemValue(key, QUrl::FullyDecoded);
}

bool hasQueryItem(const QUrl &url, const QString &key)
{
    return QUrlQuery(url).hasQueryItem(key);
}

QString inputValue(const QByteArray &html, const QString &name)
{
    return bb::sandbox::mockpages::inputValue(html, name);
}

QString formAction(const QByteArray &html)
{
    return bb::sandbox::mockpages::formAction(html);
}

FlowResult authorize(Client &client, const FlowOptions &o)
{
    FlowResult result;
    QList<QPair<QString, QString>> params {{u"client_id"_s, o.clientId},
        {u"redirect_uri"_s, o.redirectUri}, {u"response_type"_s, u"code"_s}, {u"state"_s, o.state},
        {u"code_challenge"_s, pkceChallenge(o.verifier)}, {u"code_challenge_method"_s, u"S256"_s}};
    if (!o.scope.isEmpty())
        params.append({u"scope"_s, o.scope});
    Reply r =
        client.get(u"/v2/o/authorize/?"_s + QString::fromLatin1(form(params)), o.extraHeaders);
    result.last = r;
    if (r.status != 302)
        return result;
    const QUrl loginUrl = r.location(client.base());
    r = client.get(loginUrl.toString(), o.extraHeaders);
    result.last = r;
    const QString relay = inputValue(r.body, u"relay"_s);
    const QString lang = inputValue(r.body, u"lang"_s);
    r = client.post(u"/mymedicare/login"_s,
        form({{u"relay"_s, relay}, {u"step"_s, u"username"_s}, {u"lang"_s, lang},
            {u"username"_s, o.user}}));
    result.last = r;
    const QString password = o.password.isEmpty() ? u"PW"_s + o.user.mid(6) + u'!' : o.password;
    r = client.post(u"/mymedicare/login"_s,
        form({{u"relay"_s, relay}, {u"step"_s, u"password"_s}, {u"lang"_s, lang},
            {u"username"_s, o.user}, {u"password"_s, password}}));
    result.last = r;
    if (r.status != 302)
        return result;
    r = client.get(r.location(client.base()).toString(), o.extraHeaders);
    result.last = r;
    if (r.status != 200)
        return result;
    const QList<QPair<QString, QString>> consent =
        mockpages::consentAnswer(r.body, o.shareDemographics, o.allow);
    r = client.post(formAction(r.body), form(consent));
    result.last = r;
    if (r.status == 302) {
        result.redirect = QUrl::fromEncoded(r.header("location"));
        result.code = queryValue(result.redirect, u"code"_s);
    }
    return result;
}

static Headers basicAuth(const QString &id, const QString &secret)
{
    return {{"Authorization", "Basic " + (id + u':' + secret).toUtf8().toBase64()}};
}

Reply exchangeCode(Client &client, const QString &code, const FlowOptions &o, ClientAuth auth)
{
    const auto c = bb::sandbox::SandboxServer::demoClient();
    QList<QPair<QString, QString>> items {{u"grant_type"_s, u"authorization_code"_s},
        {u"code"_s, code}, {u"redirect_uri"_s, o.redirectUri}, {u"code_verifier"_s, o.verifier}};
    if (auth == ClientAuth::Form)
        items += {{u"client_id"_s, c.clientId}, {u"client_secret"_s, c.clientSecret}};
    return client.post(u"/v2/o/token/"_s, form(items),
        auth == ClientAuth::Basic ? basicAuth(c.clientId, c.clientSecret) : Headers {});
}

Reply refresh(Client &client, const QString &refreshToken, ClientAuth auth)
{
    const auto c = bb::sandbox::SandboxServer::demoClient();
    QList<QPair<QString, QString>> items {
        {u"grant_type"_s, u"refresh_token"_s}, {u"refresh_token"_s, refreshToken}};
    if (auth == ClientAuth::Form)
        items += {{u"client_id"_s, c.clientId}, {u"client_secret"_s, c.clientSecret}};
    return client.post(u"/v2/o/token/"_s, form(items),
        auth == ClientAuth::Basic ? basicAuth(c.clientId, c.clientSecret) : Headers {});
}

Headers bearer(const QString &token)
{
    return {{"Authorization", "Bearer " + token.toLatin1()}};
}

QJsonObject login(Client &client, const FlowOptions &options)
{
    const FlowResult flow = authorize(client, options);
    if (flow.code.isEmpty())
        return {};
    return exchangeCode(client, flow.code, options).json();
}

} // namespace bb::sandbox::walker
