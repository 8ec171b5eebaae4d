#include "sandbox/oauthendpoints.h"

#include "sandbox/loginpages.h"
#include "sandbox/sandboxlogging.h"
#include "sandbox/syntheticdata.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace bb::sandbox {

namespace {

const QString kTimedOut =
    u"User access has timed out. To refresh Medicare data, end user must re-authenticate and consent to share their data."_s;
const QString kNotFoundGrant =
    u"User access cannot be found. To refresh Medicare data, end user must re-authenticate and consent to share their data."_s;
const QString kNoCredentials = u"Authentication credentials were not provided."_s;
const QString kNoPermission = u"You do not have permission to perform this action."_s;

const QStringList kPersonalInfoScopes = {u"profile"_s, u"patient/Patient.read"_s,
    u"patient/Patient.r"_s, u"patient/Patient.s"_s, u"patient/Patient.rs"_s};

QString isoUtc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(u"yyyy-MM-ddTHH:mm:ssZ"_s);
}

// BB2 issues .r and .s requested together as one .rs scope.
QStringList condense(const QStringList &scopes)
{
    QStringList out;
    for (const QString &s : scopes) {
        if (s.endsWith(u".r"_s) && scopes.contains(s.chopped(2) + u".s"_s)) {
            const QString rs = s.chopped(2) + u".rs"_s;
            if (!out.contains(rs))
                out << rs;
            continue;
        }
        if (s.endsWith(u".s"_s) && scopes.contains(s.chopped(2) + u".r"_s))
            continue;
        if (!out.contains(s))
            out << s;
    }
    return out;
}

} // namespace

QStringList defaultScopes()
{
    return {u"openid"_s, u"profile"_s, u"launch/patient"_s, u"patient/Patient.rs"_s,
        u"patient/Coverage.rs"_s, u"patient/ExplanationOfBenefit.rs"_s};
}

QStringList supportedScopes()
{
    QStringList out {u"openid"_s, u"profile"_s, u"launch/patient"_s};
    for (const QString &resource : {u"Patient"_s, u"Coverage"_s, u"ExplanationOfBenefit"_s}) {
        for (const QString &access : {u"read"_s, u"r"_s, u"s"_s, u"rs"_s})
            out << u"patient/"_s + resource + u'.' + access;
    }
    return out;
}

OAuthEndpoints::OAuthEndpoints(OAuthStore &store, SyntheticData &data, const SandboxClock &clock,
    std::function<int()> tokenLifetime, std::function<QUrl()> baseUrl)
    : m_store(store)
    , m_data(data)
    , m_clock(clock)
    , m_tokenLifetime(std::move(tokenLifetime))
    , m_baseUrl(std::move(baseUrl))
{
}

std::optional<HttpResponse> OAuthEndpoints::handle(const HttpRequest &r)
{
    const QString &p = r.path;
    static const QRegularExpression approvalRe(uR"(^/v2/o/authorize/([0-9a-zA-Z-]{8,})/$)"_s);
    static const QRegularExpression expireRe(uR"(^/v2/o/expire_authenticated_user/(-?\d+)/$)"_s);

    if (p == u"/v2/o/authorize/"_s)
        return authorize(r);
    if (p == u"/v2/o/authorize"_s || p == u"/v2/o/revoke_token"_s || p == u"/v2/o/revoke"_s
        || p == u"/v2/o/introspect"_s) {
        // Django's APPEND_SLASH: these routes are declared with a slash, so a slash-less request,
        // even a POST, gets a permanent redirect and never reaches the view.
        const QString query = r.url.query(QUrl::FullyEncoded);
        HttpResponse moved =
            HttpResponse::redirect(QUrl(p + u'/' + (query.isEmpty() ? QString() : u'?' + query)));
        moved.status = 301;
        return moved;
    }
    if (const auto m = approvalRe.match(p); m.hasMatch())
        return r.isPost() ? consentSubmit(r, m.captured(1)) : consentPage(r, m.captured(1));
    if (p == u"/mymedicare/login"_s || p == u"/mymedicare/login/"_s)
        return r.isPost() ? loginSubmit(r) : loginPage(r);
    if (p == u"/v2/o/token"_s || p == u"/v2/o/token/"_s)
        return token(r);
    if (p == u"/v2/o/revoke_token/"_s)
        return revokeToken(r);
    if (p == u"/v2/o/revoke/"_s)
        return revokeGrant(r);
    if (const auto m = expireRe.match(p); m.hasMatch())
        return expireUser(r, m.captured(1));
    if (p.startsWith(u"/v2/connect/userinfo"_s))
        return userinfo(r);
    if (p == u"/v2/connect/.well-known/openid-configuration"_s
        || p == u"/.well-known/openid-configuration-v2"_s
        || p == u"/.well-known/openid-configuration"_s)
        return openidConfiguration();
    if (p == u"/v2/fhir/.well-known/smart-configuration"_s)
        return smartConfiguration();
    return std::nullopt;
}

QUrl OAuthEndpoints::redirectWith(
    const QString &redirectUri, const QList<QPair<QString, QString>> &items) const
{
    QUrl url(redirectUri);
    QByteArray query = url.query(QUrl::FullyEncoded).toLatin1();
    const QByteArray extra = toUrlEncoded(items);
    query = query.isEmpty() ? extra : query + '&' + extra;
    url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    return url;
}

HttpResponse OAuthEndpoints::authorize(const HttpRequest &r)
{
    if (!r.isGet() && !r.isPost())
        return HttpResponse::empty(405);
    QList<QPair<QString, QString>> params = r.queryItems();
    if (r.isPost()) {
        const auto form = r.formItems();
        bool hasState = false;
        for (const auto &item : form)
            hasState = hasState || item.first == u"state"_s;
        if (!hasState)
            return HttpResponse::message(401, u"State required in POST body."_s);
        params += form;
    }
    auto value = [&](const QString &key) {
        QString v;
        for (const auto &item : std::as_const(params)) {
            if (item.first == key)
                v = item.second;
        }
        return v;
    };
    auto has = [&](const QString &key) {
        for (const auto &item : std::as_const(params)) {
            if (item.first == key && !item.second.isEmpty())
                return true;
        }
        return false;
    };

    if (has(u"client_secret"_s))
        return HttpResponse::message(400, u"Illegal query parameter [client_secret] detected"_s);
    if (has(u"code_challenge_method"_s) && value(u"code_challenge_method"_s) != u"S256"_s)
        return HttpResponse::wrappedError(
            400, u"invalid_request"_s, u"code_challenge_method must be S256"_s);
    if (has(u"state"_s) && value(u"state"_s).size() < 16)
        return HttpResponse::message(
            400, u"State parameter should have a minimum of 16 characters"_s);
    QStringList missing;
    for (const QString &key : {u"code_challenge"_s, u"code_challenge_method"_s, u"state"_s}) {
        if (!has(key))
            missing << key;
    }
    if (!missing.isEmpty())
        return HttpResponse::message(
            400, u"Missing Required Parameter(s): "_s + missing.join(u", "_s));

    const ClientApp *app = m_store.client(value(u"client_id"_s));
    if (!app)
        return HttpResponse::wrappedError(
            400, u"invalid_client"_s, u"Invalid client_id parameter value."_s);
    const QString redirectUri =
        has(u"redirect_uri"_s) ? value(u"redirect_uri"_s) : app->redirectUris.first();
    if (!OAuthStore::redirectUriAllowed(*app, redirectUri))
        return HttpResponse::wrappedError(
            400, u"invalid_request"_s, u"Mismatching redirect URI."_s);
    const QString state = value(u"state"_s);
    if (value(u"response_type"_s) != u"code"_s)
        return HttpResponse::redirect(redirectWith(
            redirectUri, {{u"error"_s, u"unsupported_response_type"_s}, {u"state"_s, state}}));

    QStringList scopes;
    if (has(u"scope"_s)) {
        const QStringList requested = value(u"scope"_s).split(u' ', Qt::SkipEmptyParts);
        const QStringList supported = supportedScopes();
        for (const QString &s : requested) {
            if (!supported.contains(s)) // e.g. patient/AuditEvent.read: refused before any login
                return HttpResponse::message(400, u"Invalid scopes."_s);
        }
        scopes = condense(requested);
    } else {
        scopes = defaultScopes();
    }

    PendingAuthorization pending;
    pending.id = QUuid::fromRfc4122(
        QCryptographicHash::hash(m_store.randomToken(30).toLatin1(), QCryptographicHash::Md5))
                     .toString(QUuid::WithoutBraces);
    pending.clientId = app->clientId;
    pending.redirectUri = redirectUri;
    pending.state = state;
    pending.codeChallenge = value(u"code_challenge"_s);
    pending.scopes = scopes;
    pending.lang = r.language();
    if (has(u"lang"_s))
        pending.lang = value(u"lang"_s) == u"es"_s ? u"es"_s : u"en"_s;
    pending.loginHint = value(u"login_hint"_s).left(64);
    pending.originalQuery = QString::fromLatin1(toUrlEncoded(params));
    const PendingAuthorization &stored = m_store.addPending(std::move(pending));

    // As on the real server: not logged in, so off to the Medicare.gov login first.
    return HttpResponse::redirect(
        QUrl(u"/mymedicare/login?relay="_s + stored.id + u"&lang="_s + stored.lang));
}

HttpResponse OAuthEndpoints::loginPage(const HttpRequest &r)
{
    const QString relay = r.queryValue(u"relay"_s);
    const PendingAuthorization *pending = m_store.pending(relay);
    const QString lang =
        r.hasQueryItem(u"lang"_s) ? r.language() : (pending ? pending->lang : r.language());
    if (!pending)
        return HttpResponse::html(400, loginpages::expiredSessionPage(lang));
    return HttpResponse::html(200, loginpages::usernamePage(lang, relay, pending->loginHint));
}

HttpResponse OAuthEndpoints::loginSubmit(const HttpRequest &r)
{
    const QString relay = r.formValue(u"relay"_s);
    PendingAuthorization *pending = m_store.pending(relay);
    QString lang = r.formValue(u"lang"_s);
    if (lang != u"es"_s && lang != u"en"_s)
        lang = pending ? pending->lang : r.language();
    if (!pending)
        return HttpResponse::html(400, loginpages::expiredSessionPage(lang));
    const QString username = r.formValue(u"username"_s).trimmed();
    if (r.formValue(u"step"_s) != u"password"_s || username.isEmpty())
        return HttpResponse::html(200, loginpages::passwordPage(lang, relay, username, false));

    const auto bene = m_data.population().byUsername(username);
    if (!bene || bene->password != r.formValue(u"password"_s)) {
        qCDebug(lcSandbox) << "mock Medicare login failed for" << username;
        return HttpResponse::html(200, loginpages::passwordPage(lang, relay, username, true));
    }
    if (!bene->hasRecord) {
        // BB2 renders a 404 page whose link carries error=not_found and, notably, no state.
        const QString link = redirectWith(pending->redirectUri,
            {{u"error"_s,
                u"not_found"_s}}).toString(QUrl::FullyEncoded);
        m_store.removePending(relay);
        return HttpResponse::html(404, loginpages::notFoundPage(lang, link));
    }
    pending->userIndex = bene->index;
    pending->lang = lang;
    return HttpResponse::redirect(
        QUrl(u"/v2/o/authorize/"_s + pending->id + u"/?"_s + pending->originalQuery));
}

HttpResponse OAuthEndpoints::consentPage(const HttpRequest &r, const QString &approvalId)
{
    const PendingAuthorization *pending = m_store.pending(approvalId);
    const QString lang =
        r.hasQueryItem(u"lang"_s) ? r.language() : (pending ? pending->lang : r.language());
    if (!pending || pending->userIndex < 0)
        return HttpResponse::html(400, loginpages::expiredSessionPage(lang));
    const ClientApp *app = m_store.client(pending->clientId);
    const Beneficiary bene = m_data.population().at(pending->userIndex);
    bool asksPersonal = false;
    for (const QString &s : pending->scopes)
        asksPersonal = asksPersonal || kPersonalInfoScopes.contains(s);
    const QDate until = m_clock.now().date().addMonths(13);
    return HttpResponse::html(200,
        loginpages::consentPage(lang, pending->id, app ? app->name : QString(), until, asksPersonal,
            !bene.declinesDemographics));
}

HttpResponse OAuthEndpoints::consentSubmit(const HttpRequest &r, const QString &approvalId)
{
    const PendingAuthorization *found = m_store.pending(approvalId);
    if (!found || found->userIndex < 0)
        return HttpResponse::html(400, loginpages::expiredSessionPage(r.language()));
    const PendingAuthorization pending = *found;
    m_store.removePending(approvalId);

    const auto form = r.formItems();
    bool allow = false;
    bool share = false;
    for (const auto &item : form) {
        allow = allow || item.first == u"allow"_s;
        share = share || (item.first == u"share_demographic_scopes"_s && item.second == u"True"_s);
    }
    if (!allow) // Cancel: existing grants and tokens stay as they are.
        return HttpResponse::redirect(redirectWith(
            pending.redirectUri, {{u"error"_s, u"access_denied"_s}, {u"state"_s, pending.state}}));

    QStringList scopes = pending.scopes;
    if (!share) {
        scopes.removeIf([](const QString &s) { return kPersonalInfoScopes.contains(s); });
        if (scopes.isEmpty())
            return HttpResponse::redirect(redirectWith(pending.redirectUri,
                {{u"error"_s, u"access_denied"_s}, {u"state"_s, pending.state}}));
    }
    const Beneficiary bene = m_data.population().at(pending.userIndex);
    const qint64 now = m_clock.nowMSecs();
    const qint64 grantEnd =
        bene.grantExpiresAtOnce ? now : m_clock.now().addMonths(13).toMSecsSinceEpoch();
    m_store.grantAccess(pending.clientId, pending.userIndex, grantEnd);
    AuthorizationCode code {pending.clientId, pending.userIndex, pending.redirectUri,
        pending.codeChallenge, scopes, now + 60 * 1000};
    const QString value = m_store.issueCode(code);
    return HttpResponse::redirect(
        redirectWith(pending.redirectUri, {{u"code"_s, value}, {u"state"_s, pending.state}}));
}

const ClientApp *OAuthEndpoints::clientFromRequest(const HttpRequest &r) const
{
    const QByteArray auth = r.header("authorization");
    if (auth.toLower().startsWith("basic ")) { // auth schemes are case-insensitive
        const QByteArray decoded = QByteArray::fromBase64(auth.mid(6).trimmed());
        const qsizetype colon = decoded.indexOf(':');
        if (colon < 0)
            return nullptr;
        const QString id = QString::fromUtf8(QByteArray::fromPercentEncoding(decoded.left(colon)));
        const QString secret =
            QString::fromUtf8(QByteArray::fromPercentEncoding(decoded.mid(colon + 1)));
        return m_store.authenticate(id, secret);
    }
    return m_store.authenticate(r.formValue(u"client_id"_s), r.formValue(u"client_secret"_s));
}

HttpResponse OAuthEndpoints::token(const HttpRequest &r)
{
    if (!r.isPost())
        return HttpResponse::empty(405);
    const ClientApp *app = clientFromRequest(r);
    if (!app)
        return HttpResponse::oauthError(401, u"invalid_client"_s);
    const QString grantType = r.formValue(u"grant_type"_s);
    if (grantType == u"authorization_code"_s)
        return authorizationCodeGrant(r, *app);
    if (grantType == u"refresh_token"_s)
        return refreshTokenGrant(r, *app);
    if (grantType.isEmpty())
        return HttpResponse::ordered(400,
            {{u"error"_s, u"invalid_request"_s},
                {u"error_description"_s, u"Missing grant type."_s}});
    return HttpResponse::oauthError(400, u"unsupported_grant_type"_s);
}

HttpResponse OAuthEndpoints::tokenResponse(
    const ClientApp &app, const Beneficiary &bene, const QStringList &scopes)
{
    const int lifetime = m_tokenLifetime();
    const IssuedTokens t = m_store.issueTokens(app.clientId, bene.index, scopes, lifetime);
    const DataAccessGrant *grant = m_store.grant(app.clientId, bene.index);
    HttpResponse response = HttpResponse::ordered(200,
        {
            {u"access_token"_s, t.accessToken},
            {u"expires_in"_s, lifetime},
            {u"token_type"_s, u"Bearer"_s},
            {u"scope"_s, scopes.join(u' ')},
            {u"refresh_token"_s, t.refreshToken},
            {u"patient"_s, bene.patientId},
            {u"access_grant_expiration"_s, grant ? isoUtc(grant->expiresMs) : QString()},
        });
    // As DOT sends them: nothing in between may cache a token.
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("Pragma", "no-cache");
    return response;
}

HttpResponse OAuthEndpoints::authorizationCodeGrant(const HttpRequest &r, const ClientApp &app)
{
    const QString codeValue = r.formValue(u"code"_s);
    if (codeValue.isEmpty())
        return HttpResponse::ordered(400,
            {{u"error"_s, u"invalid_request"_s},
                {u"error_description"_s, u"Missing code parameter."_s}});
    const auto code = m_store.takeCode(codeValue);
    if (!code || code->clientId != app.clientId || code->expiresMs <= m_clock.nowMSecs())
        return HttpResponse::oauthError(400, u"invalid_grant"_s);
    const QString redirectUri = r.formItems().isEmpty() || r.formValue(u"redirect_uri"_s).isEmpty()
        ? app.redirectUris.first()
        : r.formValue(u"redirect_uri"_s);
    if (redirectUri != code->redirectUri)
        return HttpResponse::ordered(400,
            {{u"error"_s, u"invalid_request"_s},
                {u"error_description"_s, u"Mismatching redirect URI."_s}});
    const QString verifier = r.formValue(u"code_verifier"_s);
    if (verifier.isEmpty())
        return HttpResponse::ordered(400,
            {{u"error"_s, u"invalid_request"_s},
                {u"error_description"_s, u"Code verifier required."_s}});
    static const QRegularExpression verifierRe(uR"(^[A-Za-z0-9\-._~]{43,128}$)"_s);
    QString challenge = code->codeChallenge;
    while (challenge.endsWith(u'='))
        challenge.chop(1);
    const QByteArray computed =
        QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    if (!verifierRe.match(verifier).hasMatch() || QString::fromLatin1(computed) != challenge)
        return HttpResponse::oauthError(400, u"invalid_grant"_s);
    const Beneficiary bene = m_data.population().at(code->userIndex);
    return tokenResponse(app, bene, code->scopes);
}

HttpResponse OAuthEndpoints::refreshTokenGrant(const HttpRequest &r, const ClientApp &app)
{
    const QString value = r.formValue(u"refresh_token"_s);
    RefreshToken *rt = m_store.refreshToken(value);
    if (!rt || rt->clientId != app.clientId || rt->state == RefreshToken::State::Rotated)
        return HttpResponse::oauthError(400, u"invalid_grant"_s);
    const DataAccessGrant *grant = m_store.grant(rt->clientId, rt->userIndex);
    if (!grant)
        return HttpResponse::wrappedError(403, u"invalid_grant"_s, kNotFoundGrant);
    if (rt->state == RefreshToken::State::Deleted)
        return HttpResponse::wrappedError(400, u"invalid_request"_s, u"Refresh token not found."_s);
    if (grant->expiresMs <= m_clock.nowMSecs())
        return HttpResponse::wrappedError(401, u"invalid_grant"_s, kTimedOut);
    QStringList scopes = rt->scopes;
    const QString requested = r.formValue(u"scope"_s);
    if (!requested.isEmpty()) {
        const QStringList subset = condense(requested.split(u' ', Qt::SkipEmptyParts));
        for (const QString &s : subset) {
            if (!scopes.contains(s))
                return HttpResponse::oauthError(400, u"invalid_scope"_s);
        }
        scopes = subset;
    }
    const int userIndex = rt->userIndex;
    m_store.retireRefreshToken(value, RefreshToken::State::Rotated);
    return tokenResponse(app, m_data.population().at(userIndex), scopes);
}

HttpResponse OAuthEndpoints::revokeToken(const HttpRequest &r)
{
    if (!r.isPost())
        return HttpResponse::empty(405);
    const ClientApp *app = clientFromRequest(r);
    if (!app)
        return HttpResponse::oauthError(401, u"invalid_client"_s);
    const QString value = r.formValue(u"token"_s);
    const QList<QPair<QString, QJsonValue>> foreign {{u"status_code"_s, 403},
        {u"description"_s, u"Application did not have access to the provided token."_s}};
    if (const AccessToken *at = m_store.accessToken(value)) {
        if (at->clientId != app->clientId)
            return HttpResponse::ordered(403, foreign);
        m_store.deleteAccessToken(value);
    } else if (const RefreshToken *rt = m_store.refreshToken(value)) {
        if (rt->clientId != app->clientId)
            return HttpResponse::ordered(403, foreign);
        m_store.retireRefreshToken(value, RefreshToken::State::Deleted);
    }
    return HttpResponse::empty(200);
}

HttpResponse OAuthEndpoints::revokeGrant(const HttpRequest &r)
{
    if (!r.isPost())
        return HttpResponse::empty(405);
    const ClientApp *app = clientFromRequest(r);
    if (!app)
        return HttpResponse::oauthError(401, u"invalid_client"_s);
    const QString value = r.formValue(u"token"_s);
    int user = -1;
    if (const AccessToken *at = m_store.accessToken(value); at && at->clientId == app->clientId)
        user = at->userIndex;
    else if (const RefreshToken *rt = m_store.refreshToken(value);
             rt && rt->clientId == app->clientId)
        user = rt->userIndex;
    if (user >= 0)
        m_store.deleteGrant(app->clientId, user);
    return HttpResponse::empty(200);
}

HttpResponse OAuthEndpoints::expireUser(const HttpRequest &r, const QString &patientId)
{
    if (!r.isPost())
        return HttpResponse::empty(405);
    const ClientApp *app = clientFromRequest(r);
    if (!app)
        return HttpResponse::oauthError(401, u"invalid_client"_s);
    const auto bene = m_data.population().byPatientId(patientId);
    if (!bene || !m_store.grant(app->clientId, bene->index))
        return HttpResponse::detail(404, u"Not found."_s);
    m_store.expireGrant(app->clientId, bene->index);
    return HttpResponse::empty(200);
}

std::variant<HttpResponse, BearerAccess> OAuthEndpoints::authenticateBearer(const HttpRequest &r)
{
    if (r.hasQueryItem(u"access_token"_s))
        return HttpResponse::detail(400,
            u"Using the access token in the query parameters is not supported. Use the Authorization header instead"_s);
    const QByteArray auth = r.header("authorization");
    if (!auth.toLower().startsWith("bearer ")) {
        HttpResponse resp = HttpResponse::detail(401, kNoCredentials);
        resp.setHeader("WWW-Authenticate", "Bearer realm=\"api\"");
        return resp;
    }
    const QString value = QString::fromLatin1(auth.mid(7).trimmed());
    const AccessToken *at = m_store.accessToken(value);
    if (!at || at->expiresMs <= m_clock.nowMSecs()) {
        HttpResponse resp = HttpResponse::detail(401, kNoCredentials);
        resp.setHeader("WWW-Authenticate",
            at ? "Bearer realm=\"api\",error=\"invalid_token\",error_description=\"The access "
                 "token has expired.\""
               : "Bearer realm=\"api\",error=\"invalid_token\",error_description=\"The access "
                 "token is invalid.\"");
        return resp;
    }
    const DataAccessGrant *grant = m_store.grant(at->clientId, at->userIndex);
    if (!grant)
        return HttpResponse::detail(401, kNoCredentials);
    if (grant->expiresMs <= m_clock.nowMSecs())
        return HttpResponse::detail(401, kTimedOut);
    return BearerAccess {value, *at, m_data.population().at(at->userIndex)};
}

HttpResponse OAuthEndpoints::userinfo(const HttpRequest &r)
{
    auto result = authenticateBearer(r);
    if (auto *error = std::get_if<HttpResponse>(&result))
        return *error;
    const BearerAccess &access = std::get<BearerAccess>(result);
    if (!access.access.scopes.contains(u"profile"_s))
        return HttpResponse::detail(403, kNoPermission);
    const Beneficiary &b = access.bene;
    return HttpResponse::ordered(200,
        {
            {u"sub"_s, b.patientId},
            {u"name"_s, QString(b.givenName + u' ' + b.familyName)},
            {u"given_name"_s, b.givenName},
            {u"family_name"_s, b.familyName},
            {u"email"_s, b.email},
            {u"iat"_s, b.dateJoined.toString(Qt::ISODateWithMs)},
            {u"patient"_s, b.patientId},
        });
}

HttpResponse OAuthEndpoints::openidConfiguration() const
{
    const QString root = m_baseUrl().toString(QUrl::StripTrailingSlash);
    return HttpResponse::ordered(200,
        {
            {u"issuer"_s, root},
            {u"authorization_endpoint"_s, QString(root + u"/v2/o/authorize"_s)},
            {u"revocation_endpoint"_s, QString(root + u"/v2/o/revoke_token"_s)},
            {u"token_endpoint"_s, QString(root + u"/v2/o/token"_s)},
            {u"userinfo_endpoint"_s, QString(root + u"/v2/connect/userinfo"_s)},
            {u"ui_locales_supported"_s, QJsonArray {u"en-US"_s}},
            {u"service_documentation"_s, u"https://bluebutton.cms.gov/developers"_s},
            {u"op_tos_uri"_s, u"https://bluebutton.cms.gov/terms"_s},
            {u"grant_types_supported"_s, QJsonArray {u"refresh_token"_s, u"authorization_code"_s}},
            {u"response_types_supported"_s, QJsonArray {u"code"_s, u"token"_s}},
            {u"fhir_metadata_uri"_s, QString(root + u"/v2/fhir/metadata"_s)},
        });
}

HttpResponse OAuthEndpoints::smartConfiguration() const
{
    const QString root = m_baseUrl().toString(QUrl::StripTrailingSlash);
    QJsonArray scopes;
    for (const QString &s : {u"openid"_s, u"profile"_s, u"launch/patient"_s,
             u"patient/Patient.read"_s, u"patient/ExplanationOfBenefit.read"_s,
             u"patient/Coverage.read"_s, u"patient/Patient.rs"_s,
             u"patient/ExplanationOfBenefit.rs"_s, u"patient/Coverage.rs"_s})
        scopes.append(s);
    QJsonArray capabilities;
    for (const QString &s : {u"client-confidential-symmetric"_s, u"context-standalone-patient"_s,
             u"launch-standalone"_s, u"permission-offline"_s, u"permission-patient"_s,
             u"permission-v1"_s, u"permission-v2"_s, u"authorize-post"_s})
        capabilities.append(s);
    return HttpResponse::ordered(200,
        {
            {u"authorization_endpoint"_s, QString(root + u"/v2/o/authorize"_s)},
            {u"revocation_endpoint"_s, QString(root + u"/v2/o/revoke_token"_s)},
            {u"token_endpoint"_s, QString(root + u"/v2/o/token"_s)},
            {u"grant_types_supported"_s, QJsonArray {u"authorization_code"_s}},
            {u"response_types_supported"_s, QJsonArray {u"code"_s, u"token"_s}},
            {u"scopes_supported"_s, scopes},
            {u"code_challenge_methods_supported"_s, QJsonArray {u"S256"_s}},
            {u"capabilities"_s, capabilities},
        });
}

} // namespace bb::sandbox
