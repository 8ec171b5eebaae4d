#pragma once

#include "sandbox/sandboxclock.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace bb::sandbox {

struct ClientApp
{
    QString clientId;
    QString clientSecret;
    QString name;
    QStringList redirectUris; // the first is the default (used when a token call omits it)
};

// An /authorize request that passed validation and waits for login and consent.
struct PendingAuthorization
{
    QString id; // also the consent step's path segment, like BB2's approval uuid
    QString clientId;
    QString redirectUri;
    QString state;
    QString codeChallenge;
    QStringList scopes;
    QString lang;
    QString loginHint; // the user name the login page fills in (OpenID Connect login_hint)
    QString originalQuery;
    int userIndex = -1; // set once the mock Medicare login succeeded
    qint64 createdMs = 0;
};

struct AuthorizationCode
{
    QString clientId;
    int userIndex = -1;
    QString redirectUri;
    QString codeChallenge;
    QStringList scopes;
    qint64 expiresMs = 0;
};

// BB2's DataAccessGrant: one per (application, beneficiary).
struct DataAccessGrant
{
    qint64 expiresMs = 0;
};

struct AccessToken
{
    QString clientId;
    int userIndex = -1;
    QStringList scopes;
    qint64 expiresMs = 0;
    QString refreshToken;
};

struct RefreshToken
{
    enum class State { Active, Rotated, Deleted };
    QString clientId;
    int userIndex = -1;
    QStringList scopes;
    State state = State::Active;
    QString accessToken;
};

struct IssuedTokens
{
    QString accessToken;
    QString refreshToken;
};

// The OAuth server's state. Tokens are drawn from a seeded generator so that a test run is
// reproducible; they are only as secret as a test double needs.
class OAuthStore
{
public:
    OAuthStore(const SandboxClock *clock, quint64 seed);

    static QList<ClientApp> registeredClients();
    const ClientApp *client(const QString &clientId) const;
    const ClientApp *authenticate(const QString &clientId, const QString &secret) const;
    // DOT's redirect_to_uri_allowed plus the RFC 8252 loopback-port exception.
    static bool redirectUriAllowed(const ClientApp &app, const QString &uri);

    QString randomToken(int length = 30);

    PendingAuthorization &addPending(PendingAuthorization pending);
    PendingAuthorization *pending(const QString &id);
    void removePending(const QString &id);

    QString issueCode(const AuthorizationCode &code);
    // Removes the code: a code works once, whatever the outcome.
    std::optional<AuthorizationCode> takeCode(const QString &code);

    // A new consent: every earlier token of the pair is deleted and the grant starts again.
    void grantAccess(const QString &clientId, int userIndex, qint64 expiresMs);
    const DataAccessGrant *grant(const QString &clientId, int userIndex) const;
    void expireGrant(const QString &clientId, int userIndex);
    void expireGrants(int userIndex);
    void deleteGrant(const QString &clientId, int userIndex);
    void deleteGrants(int userIndex);

    IssuedTokens issueTokens(
        const QString &clientId, int userIndex, const QStringList &scopes, int lifetimeSeconds);
    AccessToken *accessToken(const QString &token);
    RefreshToken *refreshToken(const QString &token);
    void deleteAccessToken(const QString &token);
    // The refresh token stays known as Rotated or Deleted so reuse answers like BB2 does.
    void retireRefreshToken(const QString &token, RefreshToken::State state);

private:
    static QString pairKey(const QString &clientId, int userIndex);
    void deletePairTokens(const QString &clientId, int userIndex);

    const SandboxClock *m_clock;
    quint64 m_seed;
    quint64 m_counter = 0;
    QList<ClientApp> m_clients;
    QHash<QString, PendingAuthorization> m_pending;
    QHash<QString, AuthorizationCode> m_codes;
    QHash<QString, DataAccessGrant> m_grants;
    QHash<QString, AccessToken> m_access;
    QHash<QString, RefreshToken> m_refresh;
};

} // namespace bb::sandbox
