#include "sandbox/oauthstore.h"

#include "sandbox/prng.h"

#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace bb::sandbox {

OAuthStore::OAuthStore(const SandboxClock *clock, quint64 seed)
    : m_clock(clock)
    , m_seed(seed)
    , m_clients(registeredClients())
{
}

QList<ClientApp> OAuthStore::registeredClients()
{
    // client_id: 40 ASCII alphanumerics, the format BB2 enforces outside local setups.
    return {
        {u"bbviewerdemoclientid00000000000000000001"_s,
            u"bbviewerdemoclientsecret0000000000000000000000000000000000000000000000000000000000001"_s,
            u"bbviewer Demo"_s,
            {u"http://127.0.0.1/callback"_s, u"http://[::1]/callback"_s,
                u"http://localhost:8080/callback"_s, u"com.bbviewer.app://callback"_s}},
        {u"otherdemoappclientid00000000000000000002"_s,
            u"otherdemoappclientsecret0000000000000000000000000000000000000000000000000000000000002"_s,
            u"Other Demo App"_s, {u"http://127.0.0.1/other"_s}},
    };
}

const ClientApp *OAuthStore::client(const QString &clientId) const
{
    for (const ClientApp &app : m_clients) {
        if (app.clientId == clientId)
            return &app;
    }
    return nullptr;
}

const ClientApp *OAuthStore::authenticate(const QString &clientId, const QString &secret) const
{
    const ClientApp *app = client(clientId);
    return app && app->clientSecret == secret ? app : nullptr;
}

bool OAuthStore::redirectUriAllowed(const ClientApp &app, const QString &uri)
{
    const QUrl requested(uri, QUrl::StrictMode);
    if (!requested.isValid() || requested.scheme().isEmpty())
        return false;
    for (const QString &registeredText : app.redirectUris) {
        const QUrl registered(registeredText);
        if (registered.scheme() != requested.scheme() || registered.host() != requested.host()
            || registered.path() != requested.path())
            continue;
        const bool loopbackLiteral = registered.scheme() == u"http"_s
            && (registered.host() == u"127.0.0.1"_s || registered.host() == u"::1"_s);
        if (!(loopbackLiteral && registered.port() == -1) && registered.port() != requested.port())
            continue;
        const QUrlQuery want(registered);
        const QUrlQuery have(requested);
        bool subset = true;
        const auto items = want.queryItems();
        for (const auto &item : items) {
            if (!have.allQueryItemValues(item.first).contains(item.second))
                subset = false;
        }
        if (subset)
            return true;
    }
    return false;
}

QString OAuthStore::randomToken(int length)
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    Prng prng(Prng::mix(m_seed, 0x70c3, ++m_counter));
    QString out;
    out.reserve(length);
    for (int i = 0; i < length; ++i)
        out += QChar::fromLatin1(alphabet[prng.below(62)]);
    return out;
}

PendingAuthorization &OAuthStore::addPending(PendingAuthorization pending)
{
    // Abandoned logins are forgotten after BB2's session length (5400 s).
    const qint64 now = m_clock->nowMSecs();
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        if (now - it->createdMs > 5400 * 1000)
            it = m_pending.erase(it);
        else
            ++it;
    }
    pending.createdMs = now;
    const QString id = pending.id;
    return *m_pending.emplace(id, std::move(pending));
}

PendingAuthorization *OAuthStore::pending(const QString &id)
{
    auto it = m_pending.find(id);
    return it == m_pending.end() ? nullptr : &it.value();
}

void OAuthStore::removePending(const QString &id)
{
    m_pending.remove(id);
}

QString OAuthStore::issueCode(const AuthorizationCode &code)
{
    QString value = randomToken(30);
    m_codes.insert(value, code);
    return value;
}

std::optional<AuthorizationCode> OAuthStore::takeCode(const QString &code)
{
    auto it = m_codes.find(code);
    if (it == m_codes.end())
        return std::nullopt;
    AuthorizationCode found = it.value();
    m_codes.erase(it);
    return found;
}

QString OAuthStore::pairKey(const QString &clientId, int userIndex)
{
    return clientId + u'/' + QString::number(userIndex);
}

void OAuthStore::deletePairTokens(const QString &clientId, int userIndex)
{
    for (auto it = m_access.begin(); it != m_access.end();) {
        if (it->clientId == clientId && it->userIndex == userIndex)
            it = m_access.erase(it);
        else
            ++it;
    }
    for (RefreshToken &token : m_refresh) {
        if (token.clientId == clientId && token.userIndex == userIndex
            && token.state == RefreshToken::State::Active)
            token.state = RefreshToken::State::Deleted;
    }
}

void OAuthStore::grantAccess(const QString &clientId, int userIndex, qint64 expiresMs)
{
    deletePairTokens(clientId, userIndex);
    m_grants.insert(pairKey(clientId, userIndex), DataAccessGrant {expiresMs});
}

const DataAccessGrant *OAuthStore::grant(const QString &clientId, int userIndex) const
{
    auto it = m_grants.constFind(pairKey(clientId, userIndex));
    return it == m_grants.constEnd() ? nullptr : &it.value();
}

void OAuthStore::expireGrant(const QString &clientId, int userIndex)
{
    auto it = m_grants.find(pairKey(clientId, userIndex));
    if (it != m_grants.end())
        it->expiresMs = std::min(it->expiresMs, m_clock->nowMSecs());
}

void OAuthStore::expireGrants(int userIndex)
{
    for (const ClientApp &app : std::as_const(m_clients))
        expireGrant(app.clientId, userIndex);
}

void OAuthStore::deleteGrant(const QString &clientId, int userIndex)
{
    m_grants.remove(pairKey(clientId, userIndex));
    deletePairTokens(clientId, userIndex);
}

void OAuthStore::deleteGrants(int userIndex)
{
    for (const ClientApp &app : std::as_const(m_clients))
        deleteGrant(app.clientId, userIndex);
}

IssuedTokens OAuthStore::issueTokens(
    const QString &clientId, int userIndex, const QStringList &scopes, int lifetimeSeconds)
{
    IssuedTokens t {randomToken(30), randomToken(30)};
    m_access.insert(t.accessToken,
        AccessToken {clientId, userIndex, scopes,
            m_clock->nowMSecs() + qint64(lifetimeSeconds) * 1000, t.refreshToken});
    m_refresh.insert(t.refreshToken,
        RefreshToken {clientId, userIndex, scopes, RefreshToken::State::Active, t.accessToken});
    return t;
}

AccessToken *OAuthStore::accessToken(const QString &token)
{
    auto it = m_access.find(token);
    return it == m_access.end() ? nullptr : &it.value();
}

RefreshToken *OAuthStore::refreshToken(const QString &token)
{
    auto it = m_refresh.find(token);
    return it == m_refresh.end() ? nullptr : &it.value();
}

void OAuthStore::deleteAccessToken(const QString &token)
{
    m_access.remove(token);
}

void OAuthStore::retireRefreshToken(const QString &token, RefreshToken::State state)
{
    auto it = m_refresh.find(token);
    if (it == m_refresh.end())
        return;
    // DOT's RefreshToken.revoke() deletes the access token issued with it, too.
    m_access.remove(it->accessToken);
    it->state = state;
}

} // namespace bb::sandbox
