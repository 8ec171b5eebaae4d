#include "sandboxlogin.h"

#include "sandbox/httpmessage.h"
#include "sandbox/mockpages.h"

#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace authtest {

QString inputValue(const QByteArray &html, const QString &name)
{
    return bb::sandbox::mockpages::inputValue(html, name);
}

QString formAction(const QByteArray &html)
{
    return bb::sandbox::mockpages::formAction(html);
}

QString linkHref(const QByteArray &html, const QString &id)
{
    return bb::sandbox::mockpages::linkHref(html, id);
}

QByteArray form(const QList<QPair<QString, QString>> &items)
{
    return bb::sandbox::toUrlEncoded(items);
}

SandboxLogin::SandboxLogin(const LoginChoices &choices, QObject *parent)
    : QObject(parent)
    , m_choices(choices)
{
}

void SandboxLogin::send(const QUrl &url, const QByteArray &verb, const QByteArray &body, Next next)
{
    QNetworkRequest request(url);
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!body.isEmpty())
        request.setHeader(
            QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded"_ba);
    QNetworkReply *reply = m_nam.sendCustomRequest(request, verb, body);
    connect(reply, &QNetworkReply::finished, this, [reply, url, next] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QUrl location = url.resolved(QUrl::fromEncoded(reply->rawHeader("Location")));
        next(status, reply->readAll(), location);
    });
}

void SandboxLogin::get(const QUrl &url, Next next)
{
    send(url, "GET", {}, std::move(next));
}

void SandboxLogin::post(const QUrl &url, const QByteArray &body, Next next)
{
    send(url, "POST", body, std::move(next));
}

void SandboxLogin::start(const QUrl &authorizationUrl)
{
    get(authorizationUrl, [this](int status, const QByteArray &body, const QUrl &location) {
        if (status != 302)
            return Q_EMIT stopped(
                u"authorize answered %1: %2"_s.arg(status).arg(QString::fromUtf8(body)));
        get(location, [this, location](int s, const QByteArray &html, const QUrl &) {
            if (s != 200)
                return Q_EMIT stopped(u"login page answered %1"_s.arg(s));
            onLoginPage(location, html);
        });
    });
}

void SandboxLogin::onLoginPage(const QUrl &loginUrl, const QByteArray &html)
{
    const QString relay = inputValue(html, u"relay"_s);
    const QString lang = inputValue(html, u"lang"_s);
    const QUrl action = loginUrl.resolved(QUrl(u"/mymedicare/login"_s));
    const QString user = m_choices.user;
    const QString password =
        m_choices.password.isEmpty() ? u"PW"_s + user.mid(6) + u'!' : m_choices.password;
    post(action,
        form({{u"relay"_s, relay}, {u"step"_s, u"username"_s}, {u"lang"_s, lang},
            {u"username"_s, user}}),
        [=, this](int, const QByteArray &, const QUrl &) {
            post(action,
                form({{u"relay"_s, relay}, {u"step"_s, u"password"_s}, {u"lang"_s, lang},
                    {u"username"_s, user}, {u"password"_s, password}}),
                [this, action](int status, const QByteArray &reply, const QUrl &location) {
                    if (status == 404) // no Medicare record: the not-found page
                        return onConsentPage(action, status, reply);
                    if (status != 302)
                        return Q_EMIT stopped(u"password step answered %1"_s.arg(status));
                    get(location, [this, location](int s, const QByteArray &page, const QUrl &) {
                        onConsentPage(location, s, page);
                    });
                });
        });
}

void SandboxLogin::onConsentPage(const QUrl &pageUrl, int status, const QByteArray &html)
{
    if (status == 404) {
        // No Medicare record: a browser shows the page, the person follows its link.
        const QString href = linkHref(html, u"not-found-link"_s);
        if (href.isEmpty())
            return Q_EMIT stopped(u"404 page without a link"_s);
        return Q_EMIT reachedRedirect(QUrl::fromEncoded(href.toUtf8()));
    }
    if (status != 200)
        return Q_EMIT stopped(u"consent page answered %1"_s.arg(status));
    const QList<QPair<QString, QString>> consent =
        bb::sandbox::mockpages::consentAnswer(html, m_choices.shareDemographics, m_choices.allow);
    post(pageUrl.resolved(QUrl::fromEncoded(formAction(html).toUtf8())), form(consent),
        [this](int s, const QByteArray &, const QUrl &location) {
            if (s != 302)
                return Q_EMIT stopped(u"consent answered %1"_s.arg(s));
            Q_EMIT reachedRedirect(location);
        });
}

HttpLoginDriver::HttpLoginDriver(const QUrl &redirectUri, QObject *parent)
    : BrowserDriver(parent)
    , m_redirectUri(redirectUri)
{
}

void HttpLoginDriver::open(const QUrl &authorizationUrl)
{
    ++openCount;
    openedUrl = authorizationUrl;
    delete m_login;
    m_login = new SandboxLogin(choices, this);
    connect(m_login, &SandboxLogin::reachedRedirect, this, [this](const QUrl &url) {
        const QUrl redirect = tamper ? tamper(url) : url;
        if (hold) {
            heldRedirect = redirect;
            return;
        }
        deliveredRedirect = redirect;
        Q_EMIT redirected(redirect);
    });
    connect(m_login, &SandboxLogin::stopped, this,
        [this](const QString &reason) { Q_EMIT failed(reason); });
    m_login->start(authorizationUrl);
}

void HttpLoginDriver::release()
{
    hold = false;
    deliveredRedirect = heldRedirect;
    Q_EMIT redirected(heldRedirect);
}

void HttpLoginDriver::close()
{
    ++closeCount;
    if (m_login) {
        m_login->disconnect(this);
        m_login->deleteLater();
        m_login = nullptr;
    }
}

} // namespace authtest
