#include "testtokenprovider.h"

#include "api/tokenresponse.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxwalker.h"

#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

using namespace Qt::StringLiterals;

TestTokenProvider::TestTokenProvider(const QUrl &base, QObject *parent)
    : bb::api::TokenProvider(parent)
    , m_base(base)
{
}

bool TestTokenProvider::login(const QString &user)
{
    bb::sandbox::walker::Client client(m_base);
    bb::sandbox::walker::FlowOptions options;
    options.user = user;
    const QJsonObject token = bb::sandbox::walker::login(client, options);
    m_access = token.value("access_token"_L1).toString();
    m_refresh = token.value("refresh_token"_L1).toString();
    m_patient = token.value("patient"_L1).toString();
    return !m_access.isEmpty();
}

void TestTokenProvider::refresh(QObject *context, RefreshCallback done)
{
    m_waiting.append({QPointer<QObject>(context), std::move(done)});
    if (m_refreshing)
        return;
    m_refreshing = true;
    ++m_refreshes;
    const auto client = bb::sandbox::SandboxServer::demoClient();
    QNetworkRequest request(m_base.resolved(QUrl(u"/v2/o/token/"_s)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded"_ba);
    const QByteArray body = bb::sandbox::walker::form(
        {{u"grant_type"_s, u"refresh_token"_s}, {u"refresh_token"_s, m_refresh},
            {u"client_id"_s, client.clientId}, {u"client_secret"_s, client.clientSecret}});
    QNetworkReply *reply = m_nam.post(request, body);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const auto token = bb::api::TokenResponse::parse(reply->readAll());
        if (status == 200 && token) {
            // Rotating refresh tokens: the new one replaces the old before anyone uses it.
            m_refresh = token->refreshToken;
            m_access = token->accessToken;
            Q_EMIT accessTokenChanged();
            finishRefresh(RefreshResult::Refreshed);
        } else if (status == 400 || status == 401 || status == 403) {
            finishRefresh(RefreshResult::ReconnectNeeded);
            Q_EMIT reconnectNeeded(u"grant over"_s);
        } else {
            finishRefresh(RefreshResult::Failed);
        }
    });
}

void TestTokenProvider::finishRefresh(RefreshResult result)
{
    m_refreshing = false;
    const auto waiting = std::exchange(m_waiting, {});
    for (const auto &[context, done] : waiting) {
        if (context)
            done(result);
    }
}
