#include "auth/tokenmanager.h"

#include "api/replylimit.h"
#include "auth/logging.h"
#include "auth/redaction.h"
#include "auth/refreshschedule.h"
#include "auth/secretstore.h"
#include "auth/tokenendpoint.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <utility>

using namespace Qt::StringLiterals;

namespace bb::auth {

TokenManager::TokenManager(const Environment &environment, const QString &clientSecret,
    SecretStore *store, QNetworkAccessManager *nam, QObject *parent)
    : TokenProvider(parent)
    , m_environment(environment)
    , m_clientSecret(clientSecret)
    , m_store(store)
    , m_nam(nam)
{
    m_refreshTimer.setSingleShot(true);
    // Precise: the coarse default may fire up to 5 % late, which for a one-hour token is
    // three minutes, past the 60 s lead.
    m_refreshTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_refreshTimer, &QTimer::timeout, this, [this] {
        refresh(this, [this](RefreshResult result) {
            if (result == RefreshResult::Failed && !m_refreshToken.isEmpty())
                m_refreshTimer.start(kRetryDelayMs);
        });
    });
}

TokenManager::~TokenManager()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

QDateTime TokenManager::nextRefreshAt() const
{
    if (!m_refreshTimer.isActive())
        return {};
    return QDateTime::currentDateTimeUtc().addMSecs(m_refreshTimer.remainingTime());
}

void TokenManager::deliverLater(QObject *context, RefreshCallback done, RefreshResult result)
{
    if (!done)
        return;
    QTimer::singleShot(
        0, context ? context : this, [done = std::move(done), result] { done(result); });
}

void TokenManager::refresh(QObject *context, RefreshCallback done)
{
    if (m_refreshToken.isEmpty() && !isRefreshing()) {
        deliverLater(context, std::move(done), RefreshResult::ReconnectNeeded);
        return;
    }
    if (done)
        m_waiters.append(Waiter {context, context != nullptr, std::move(done)});
    if (!isRefreshing())
        startRefresh();
}

void TokenManager::refreshRejected(
    const QString &rejectedToken, QObject *context, RefreshCallback done)
{
    if (!isRefreshing() && !m_accessToken.isEmpty() && m_accessToken != rejectedToken) {
        deliverLater(context, std::move(done), RefreshResult::Refreshed);
        return;
    }
    refresh(context, std::move(done));
}

void TokenManager::startRefresh()
{
    m_refreshTimer.stop();
    tokenendpoint::FormItems items {
        {u"grant_type"_s, u"refresh_token"_s}, {u"refresh_token"_s, m_refreshToken}};
    items += tokenendpoint::clientAuthentication(m_environment, m_clientSecret);
    const QNetworkRequest request = tokenendpoint::formRequest(
        m_environment.tokenRequestUrl(), tokenendpoint::kTransferTimeoutMs);
    qCDebug(lcAuth) << "Refreshing the access token for patient" << m_patientId;
    m_reply = m_nam->post(request, tokenendpoint::formBody(items));
    tokenendpoint::limitResponseSize(m_reply);
    const quint64 generation = m_generation;
    QNetworkReply *reply = m_reply;
    connect(reply, &QNetworkReply::finished, this,
        [this, reply, generation] { onRefreshFinished(reply, generation); });
}

void TokenManager::onRefreshFinished(QNetworkReply *reply, quint64 generation)
{
    reply->deleteLater();
    if (reply == m_reply)
        m_reply = nullptr;
    if (generation != m_generation)
        return; // signed out or signed in again meanwhile
    // Over the size limit: not read, even when it all came at once and could not be aborted.
    const bool tooLarge = api::exceededSizeLimit(reply);
    const QByteArray body = tooLarge ? QByteArray() : reply->readAll();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() == QNetworkReply::NoError && status == 200 && !tooLarge) {
        QString parseError;
        if (const auto tokens = api::TokenResponse::parse(body, &parseError)) {
            persistThenInstall(*tokens, [this](bool) {
                m_lastError = {};
                completeWaiters(RefreshResult::Refreshed);
            });
            return;
        }
        qCWarning(lcAuth) << "Unreadable refresh response:" << parseError;
    }
    const AuthError error =
        tokenendpoint::classify(tokenendpoint::Grant::RefreshToken, reply, body);
    m_lastError = error;
    if (error.kind == AuthError::Kind::ReconnectNeeded) {
        qCInfo(lcAuth) << "The grant is gone:" << status << error.serverText;
        reconnect(error);
        return;
    }
    qCInfo(lcAuth) << "Refresh failed:" << status << error.kind << error.serverText;
    completeWaiters(RefreshResult::Failed);
    Q_EMIT refreshFailed(error);
}

void TokenManager::persistThenInstall(
    const api::TokenResponse &tokens, const std::function<void(bool)> &done)
{
    // Whatever happens next, the new values are secrets.
    registerSecret(tokens.accessToken);
    registerSecret(tokens.refreshToken);
    const QString patient = tokens.patient.isEmpty() ? m_patientId : tokens.patient;
    const quint64 generation = m_generation;
    if (!m_store || tokens.refreshToken.isEmpty()) {
        install(tokens);
        done(false);
        return;
    }
    // The old refresh token is already spent on the server: until the new one is stored, a
    // crash would lose the session, and handing out the access token first would let work
    // start that a failed write could then strand. So: store, then use.
    m_persisting = true;
    m_store->write(SecretId::refreshToken(m_environment.id(), patient), tokens.refreshToken, this,
        [this, tokens, generation, done](const SecretStore::Result &result) {
            m_persisting = false;
            if (generation != m_generation)
                return;
            if (!result.ok())
                qCWarning(lcAuth) << "Could not store the refresh token:" << result.status
                                  << result.errorString;
            install(tokens);
            // Persisted means kept for the next start: a keychain that turned out to be
            // missing answers "ok" from memory (FallbackSecretStore), and that is not it.
            done(result.ok() && m_store && m_store->isPersistent());
        });
}

void TokenManager::install(const api::TokenResponse &tokens)
{
    m_accessToken = tokens.accessToken;
    if (!tokens.refreshToken.isEmpty())
        m_refreshToken = tokens.refreshToken;
    if (!tokens.patient.isEmpty())
        m_patientId = tokens.patient;
    m_scopes = tokens.scopes;
    const std::optional<qint64> lifetime = refreshschedule::lifetimeMs(tokens.expiresIn);
    m_expiresAt = lifetime ? QDateTime::currentDateTimeUtc().addMSecs(*lifetime) : QDateTime();
    m_refreshDelayMs = refreshschedule::delayMs(tokens.expiresIn, kLeadSeconds);
    if (tokens.accessGrantExpiration.isValid())
        m_grantExpiration = tokens.accessGrantExpiration;
    scheduleRefresh();
    Q_EMIT accessTokenChanged();
}

void TokenManager::scheduleRefresh()
{
    m_refreshTimer.stop();
    if (!m_refreshDelayMs || m_refreshToken.isEmpty())
        return;
    m_refreshTimer.start(*m_refreshDelayMs);
}

void TokenManager::completeWaiters(RefreshResult result)
{
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter &waiter : waiters) {
        if (waiter.hasContext && !waiter.context)
            continue;
        // Asynchronous, as promised by TokenProvider, and on the waiter's own context.
        deliverLater(waiter.context, waiter.done, result);
    }
}

void TokenManager::reconnect(const AuthError &error)
{
    const QString patient = m_patientId;
    clear();
    if (m_store && !patient.isEmpty()) {
        // A dead refresh token is useless, and keeping it would make the next start fail the
        // same way.
        m_store->remove(SecretId::refreshToken(m_environment.id(), patient), nullptr, {});
    }
    completeWaiters(RefreshResult::ReconnectNeeded);
    Q_EMIT reconnectNeeded(error.message);
    Q_EMIT accessTokenChanged();
}

void TokenManager::clear()
{
    ++m_generation;
    m_refreshTimer.stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    m_persisting = false;
    m_accessToken.clear();
    m_refreshToken.clear();
    m_scopes.clear();
    m_expiresAt = {};
    m_refreshDelayMs.reset();
    m_grantExpiration = {};
    // The patient id stays: the UI says whose data needs reconnecting, and it is not a secret.
}

void TokenManager::adopt(
    const api::TokenResponse &tokens, QObject *context, const std::function<void(bool)> &done)
{
    clear();
    completeWaiters(RefreshResult::Failed); // nobody should be waiting; be safe
    m_patientId = tokens.patient;
    m_lastError = {};
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    persistThenInstall(tokens, [this, guard, hasContext, done](bool persisted) {
        // Anyone who asked for a refresh meanwhile gets the new token too.
        completeWaiters(RefreshResult::Refreshed);
        if (done && (!hasContext || guard))
            done(persisted);
    });
}

void TokenManager::restore(const QString &patientId, QObject *context, RefreshCallback done)
{
    clear();
    m_patientId = patientId;
    if (!m_store) {
        deliverLater(context, std::move(done), RefreshResult::ReconnectNeeded);
        return;
    }
    const quint64 generation = m_generation;
    if (done)
        m_waiters.append(Waiter {context, context != nullptr, std::move(done)});
    m_persisting = true; // a read in progress counts as "refreshing": callers queue up
    m_store->read(SecretId::refreshToken(m_environment.id(), patientId), this,
        [this, generation](const SecretStore::Result &result) {
            if (generation != m_generation)
                return;
            m_persisting = false;
            if (!result.ok() || result.value.isEmpty()) {
                qCInfo(lcAuth) << "No stored session for" << m_patientId << result.status;
                completeWaiters(result.status == SecretStore::Status::NotFound
                        ? RefreshResult::ReconnectNeeded
                        : RefreshResult::Failed);
                return;
            }
            m_refreshToken = result.value;
            startRefresh();
        });
}

void TokenManager::signOut()
{
    const QString token = m_accessToken.isEmpty() ? m_refreshToken : m_accessToken;
    const QString patient = m_patientId;
    clear();
    completeWaiters(RefreshResult::ReconnectNeeded);
    m_patientId.clear();
    if (m_store && !patient.isEmpty()) {
        m_store->remove(SecretId::refreshToken(m_environment.id(), patient), nullptr, {});
        m_store->remove(SecretId::accessToken(m_environment.id(), patient), nullptr, {});
    }
    Q_EMIT accessTokenChanged();
    const QUrl revokeUrl = m_environment.revokeRequestUrl();
    if (token.isEmpty() || revokeUrl.isEmpty()) {
        QTimer::singleShot(0, this, [this] { Q_EMIT signedOut(false); });
        return;
    }
    // Blue Button's own revoke ends the data access grant, not only this token: that is what
    // "disconnect" means to the user (docs/api-notes.md, Revocation). It always answers 200.
    tokenendpoint::FormItems items {{u"token"_s, token}};
    items += tokenendpoint::clientAuthentication(m_environment, m_clientSecret);
    QNetworkReply *reply =
        m_nam->post(tokenendpoint::formRequest(revokeUrl, tokenendpoint::kTransferTimeoutMs),
            tokenendpoint::formBody(items));
    tokenendpoint::limitResponseSize(reply);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const bool revoked = reply->error() == QNetworkReply::NoError && status == 200;
        if (!revoked)
            qCInfo(lcAuth) << "Revoke failed:" << status << reply->errorString();
        Q_EMIT signedOut(revoked);
    });
}

} // namespace bb::auth
