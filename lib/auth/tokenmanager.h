#pragma once

#include "api/tokenprovider.h"
#include "api/tokenresponse.h"
#include "auth/autherror.h"
#include "auth/environment.h"

#include <QDateTime>
#include <QList>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace bb::auth {

class SecretStore;

// The token lifecycle after a sign-in: holds the access token, refreshes it shortly before it
// expires and on demand after a 401 (one shared refresh at a time), persists every rotated
// refresh token before the new access token is handed out, recognises every way Blue Button
// says "this grant is gone", and revokes the grant on sign-out.
//
// The refresh and revoke requests are made here with QNetworkAccessManager, not through
// QOAuth2AuthorizationCodeFlow::refreshAccessToken(): in 6.4 that call makes the new token
// visible (token(), granted()) before it could be persisted, reports HTTP errors only as log
// lines, stays in RefreshingToken after a failure, sends an empty client_secret= and a
// redirect_uri, and takes no timeout. A session restored at start-up has no flow at all.
class TokenManager : public api::TokenProvider
{
    Q_OBJECT

public:
    // `clientSecret` is ignored with a token proxy. `store` and `nam` must outlive this.
    TokenManager(const Environment &environment, const QString &clientSecret, SecretStore *store,
        QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~TokenManager() override;

    QString accessToken() const override { return m_accessToken; }
    QString patientId() const override { return m_patientId; }
    void refresh(QObject *context, RefreshCallback done) override;

    // For a request that got a 401 with `rejectedToken`: refreshes only if that is still the
    // current token, so requests that fail together cause one refresh, and a request that
    // failed after another one's refresh simply retries with the new token.
    void refreshRejected(const QString &rejectedToken, QObject *context, RefreshCallback done);

    // Takes the tokens of a new sign-in: the refresh token is written to the store first, then
    // the access token becomes available and `done(persisted)` runs. `persisted` is false
    // when the store failed (the session then lasts as long as the process).
    void adopt(const api::TokenResponse &tokens, QObject *context,
        const std::function<void(bool persisted)> &done);

    // A session from an earlier run: reads the refresh token stored for `patientId` and
    // refreshes. ReconnectNeeded when nothing is stored.
    void restore(const QString &patientId, QObject *context, RefreshCallback done);

    // Revokes the whole grant (/v2/o/revoke/: every token of this app and beneficiary dies),
    // deletes the stored tokens and forgets everything; then signedOut(revokedOnServer).
    // The local part happens even when the server cannot be reached.
    void signOut();

    bool isRefreshing() const { return m_reply != nullptr || m_persisting; }
    QDateTime expiresAt() const { return m_expiresAt; }
    QDateTime accessGrantExpiration() const { return m_grantExpiration; }
    QStringList grantedScopes() const { return m_scopes; }
    // The error of the last refresh that did not succeed (None after a success).
    AuthError lastError() const { return m_lastError; }

    // When the proactive refresh will run; invalid when none is scheduled.
    QDateTime nextRefreshAt() const;

Q_SIGNALS:
    // A refresh failed without ending the grant (network, server, invalid client).
    void refreshFailed(const bb::auth::AuthError &error);
    void signedOut(bool revokedOnServer);

private:
    struct Waiter
    {
        QPointer<QObject> context;
        bool hasContext = false;
        RefreshCallback done;
    };

    void startRefresh();
    void onRefreshFinished(QNetworkReply *reply, quint64 generation);
    void install(const api::TokenResponse &tokens);
    void persistThenInstall(
        const api::TokenResponse &tokens, const std::function<void(bool)> &done);
    void completeWaiters(RefreshResult result);
    void reconnect(const AuthError &error);
    void clear();
    void scheduleRefresh();
    void deliverLater(QObject *context, RefreshCallback done, RefreshResult result);

    Environment m_environment;
    QString m_clientSecret;
    QPointer<SecretStore> m_store;
    QNetworkAccessManager *m_nam;

    QString m_accessToken;
    QString m_refreshToken;
    QString m_patientId;
    QStringList m_scopes;
    QDateTime m_expiresAt;
    std::optional<int> m_refreshDelayMs; // after the current token arrived (refreshschedule.h)
    QDateTime m_grantExpiration;

    // Bumped by sign-in, restore and sign-out: answers that belong to an older session are
    // dropped.
    quint64 m_generation = 0;
    QNetworkReply *m_reply = nullptr;
    bool m_persisting = false;
    QList<Waiter> m_waiters;
    QTimer m_refreshTimer;
    AuthError m_lastError;

    static constexpr int kLeadSeconds = 60; // the proactive refresh runs this long before expiry
    static constexpr int kRetryDelayMs = 30000; // before a failed proactive refresh is tried again
};

} // namespace bb::auth
