#include "cli/demologin.h"

#include "cli/logging.h"
#include "sandbox/httpmessage.h"
#include "sandbox/mockpages.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

using namespace Qt::StringLiterals;

namespace bb::cli {

namespace {

using sandbox::mockpages::formAction;
using sandbox::mockpages::inputValue;
using sandbox::mockpages::linkHref;

QByteArray form(const QList<QPair<QString, QString>> &items)
{
    return sandbox::toUrlEncoded(items);
}

} // namespace

DemoLoginDriver::DemoLoginDriver(
    const QString &user, const QUrl &redirectUri, QNetworkAccessManager *nam, QObject *parent)
    : auth::BrowserDriver(parent)
    , m_user(user)
    , m_redirectUri(redirectUri)
    , m_nam(nam)
{
}

QString DemoLoginDriver::demoPassword(const QString &user)
{
    // BBUser00042 -> PW00042!, the rule of the real sandbox's synthetic accounts.
    return u"PW"_s + user.mid(6) + u'!';
}

void DemoLoginDriver::send(const QUrl &url, const QByteArray &body, const Next &next)
{
    QNetworkRequest request(url);
    // Like a browser that shows each page: redirects are looked at, never followed blindly
    // (the last one goes to the redirect URI, where nothing listens).
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    // A server that takes the request and never answers must not hang the command.
    request.setTransferTimeout(30000);
    QNetworkReply *reply = nullptr;
    if (body.isEmpty()) {
        reply = m_nam->get(request);
    } else {
        request.setHeader(
            QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded"_ba);
        reply = m_nam->post(request, body);
    }
    m_reply = reply;
    const quint64 attempt = m_attempt;
    connect(reply, &QNetworkReply::finished, this, [this, reply, url, attempt, next] {
        reply->deleteLater();
        if (attempt != m_attempt)
            return;
        if (reply->error() != QNetworkReply::NoError
            && !reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid())
            return fail(reply->errorString());
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QUrl location = url.resolved(QUrl::fromEncoded(reply->rawHeader("Location")));
        next(status, reply->readAll(), location);
    });
}

void DemoLoginDriver::open(const QUrl &authorizationUrl)
{
    ++m_attempt;
    qCDebug(lcCli) << "Demo sign-in for" << m_user;
    send(authorizationUrl, {}, [this](int status, const QByteArray &, const QUrl &location) {
        if (status != 302)
            return fail(u"authorize answered %1"_s.arg(status));
        send(location, {}, [this, location](int s, const QByteArray &html, const QUrl &) {
            if (s != 200)
                return fail(u"login page answered %1"_s.arg(s));
            onLoginPage(location, html);
        });
    });
}

void DemoLoginDriver::onLoginPage(const QUrl &pageUrl, const QByteArray &html)
{
    const QString relay = inputValue(html, u"relay"_s);
    const QString lang = inputValue(html, u"lang"_s);
    const QUrl action = pageUrl.resolved(QUrl(formAction(html)));
    if (relay.isEmpty() || formAction(html).isEmpty())
        return fail(u"unexpected login page"_s);
    // Two steps, as on Medicare.gov: the user name, then the password.
    send(action,
        form({{u"relay"_s, relay}, {u"step"_s, u"username"_s}, {u"lang"_s, lang},
            {u"username"_s, m_user}}),
        [this, action, relay, lang](int, const QByteArray &, const QUrl &) {
            send(action,
                form({{u"relay"_s, relay}, {u"step"_s, u"password"_s}, {u"lang"_s, lang},
                    {u"username"_s, m_user}, {u"password"_s, demoPassword(m_user)}}),
                [this, action](int status, const QByteArray &page, const QUrl &location) {
                    onPasswordAnswer(action, status, page, location);
                });
        });
}

void DemoLoginDriver::onPasswordAnswer(
    const QUrl &pageUrl, int status, const QByteArray &html, const QUrl &location)
{
    if (status == 404) {
        // No Medicare record: the page links to the redirect URI with error=not_found, which
        // the sign-in flow turns into its own message.
        const QString href = linkHref(html, u"not-found-link"_s);
        if (href.isEmpty())
            return fail(u"no-record page without a link"_s);
        return Q_EMIT redirected(pageUrl.resolved(QUrl::fromEncoded(href.toUtf8())));
    }
    if (status != 302)
        return fail(u"the sandbox did not accept %1 (answer %2)"_s.arg(m_user).arg(status));
    send(location, {}, [this, location](int s, const QByteArray &page, const QUrl &) {
        if (s != 200)
            return fail(u"consent page answered %1"_s.arg(s));
        onConsentPage(location, page);
    });
}

void DemoLoginDriver::onConsentPage(const QUrl &pageUrl, const QByteArray &html)
{
    // Share what the page offers to share by default (BBUser00004's page declines).
    const QList<QPair<QString, QString>> consent =
        sandbox::mockpages::consentAnswer(html, std::nullopt, true);
    const QString action = formAction(html);
    if (action.isEmpty())
        return fail(u"unexpected consent page"_s);
    send(pageUrl.resolved(QUrl::fromEncoded(action.toUtf8())), form(consent),
        [this](int status, const QByteArray &, const QUrl &location) {
            if (status != 302)
                return fail(u"consent answered %1"_s.arg(status));
            Q_EMIT redirected(location);
        });
}

void DemoLoginDriver::fail(const QString &detail)
{
    qCInfo(lcCli) << "Demo sign-in stopped:" << detail;
    Q_EMIT failed(tr("The demo sign-in as %1 did not complete (%2).").arg(m_user, detail));
}

void DemoLoginDriver::close()
{
    ++m_attempt;
    if (m_reply)
        m_reply->abort();
}

} // namespace bb::cli
