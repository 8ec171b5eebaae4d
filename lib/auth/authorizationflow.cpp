#include "auth/authorizationflow.h"

#include "auth/browserdriver.h"
#include "auth/codeflow.h"
#include "auth/logging.h"
#include "auth/pkce.h"
#include "auth/tokenendpoint.h"

#include <QNetworkAccessManager>
#include <QTimer>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace bb::auth {

AuthorizationFlow::AuthorizationFlow(const Environment &environment, const QString &clientSecret,
    BrowserDriver *browser, QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_environment(environment)
    , m_clientSecret(clientSecret)
    , m_browser(browser)
    , m_nam(nam)
{
    // No browser: a session restored from the keychain, which can renew and revoke but not
    // log in (start() then fails as misconfigured).
    if (browser) {
        connect(browser, &BrowserDriver::redirected, this, &AuthorizationFlow::onRedirected);
        connect(browser, &BrowserDriver::cancelled, this, &AuthorizationFlow::onBrowserCancelled);
        connect(browser, &BrowserDriver::failed, this, &AuthorizationFlow::onBrowserFailed);
    }
}

AuthorizationFlow::~AuthorizationFlow()
{
    if (isRunning())
        finish();
}

void AuthorizationFlow::start()
{
    if (isRunning())
        return;
    const bool proxy =
        m_environment.clientAuthentication() == Environment::ClientAuthentication::TokenProxy;
    if (!m_environment.isComplete() || (!proxy && m_clientSecret.isEmpty()) || !m_browser) {
        // Reported from the event loop, like every other outcome, so callers can connect
        // after start() returns without missing it.
        QTimer::singleShot(
            0, this, [this] { Q_EMIT failed(AuthError::make(AuthError::Kind::Misconfigured)); });
        return;
    }

    m_phase = Phase::InBrowser;
    m_state = pkce::generateState();
    const pkce::Pair pair = pkce::Pair::generate();
    const detail::CodeFlowParameters parameters {pair.challenge, pair.verifier,
        m_environment.effectiveConsentLanguage(m_uiLanguage), m_environment.clientId(),
        proxy ? QString() : m_clientSecret, m_loginHint};

    // A fresh flow per attempt: its status, state and verifier die with the attempt.
    m_flow = new detail::CodeFlow(m_nam, this);
    auto *handler = new detail::CodeFlowReplyHandler(m_browser->redirectUri(), m_flow);
    m_flow->setReplyHandler(handler);
    m_flow->setClientIdentifier(m_environment.clientId());
    m_flow->setAuthorizationUrl(m_environment.authorizeUrl());
    m_flow->setAccessTokenUrl(m_environment.tokenRequestUrl());
    m_flow->setScope(m_environment.scopeString());
    m_flow->setState(m_state);
    m_flow->setModifyParametersFunction(
        [parameters](QAbstractOAuth::Stage stage, QMultiMap<QString, QVariant> *p) {
            detail::applyParameters(stage, p, parameters);
        });
    connect(m_flow, &QAbstractOAuth::authorizeWithBrowser, this, &AuthorizationFlow::openBrowser);
    connect(handler, &detail::CodeFlowReplyHandler::tokenResponseReceived, this,
        [this](const api::TokenResponse &tokens) {
            m_exchangePending = false;
            finish();
            qCInfo(lcAuth) << "Signed in; patient" << tokens.patient;
            Q_EMIT succeeded(tokens);
        });
    connect(handler, &detail::CodeFlowReplyHandler::tokenRequestFailed, this,
        [this](const AuthError &error) {
            m_exchangePending = false;
            fail(error);
        });
    m_flow->grant();
}

void AuthorizationFlow::openBrowser(const QUrl &url)
{
    qCDebug(lcAuth) << "Opening the authorization page" << url;
    m_browser->open(url);
}

void AuthorizationFlow::onRedirected(const QUrl &url)
{
    if (m_phase != Phase::InBrowser)
        return;
    const QUrlQuery query(url);
    const auto value = [&query](const QString &key) {
        return query.queryItemValue(key, QUrl::FullyDecoded);
    };
    const bool stateMatches =
        query.hasQueryItem(u"state"_s) && pkce::constantTimeEquals(value(u"state"_s), m_state);
    const QString error = value(u"error"_s);
    const QString description = value(u"error_description"_s);

    if (!error.isEmpty()) {
        // The not-found page links back without state (docs/api-notes.md, Redirect and callback).
        if (error == "not_found"_L1 && !query.hasQueryItem(u"state"_s))
            return fail(AuthError::make(AuthError::Kind::BeneficiaryNotFound, error));
        if (!stateMatches)
            return fail(AuthError::make(AuthError::Kind::StateMismatch, error));
        if (error == "access_denied"_L1)
            return fail(AuthError::make(AuthError::Kind::AccessDenied, error));
        if (error == "not_found"_L1)
            return fail(AuthError::make(AuthError::Kind::BeneficiaryNotFound, error));
        return fail(AuthError::make(AuthError::Kind::AuthorizationFailed,
            description.isEmpty() ? error : error + u": "_s + description));
    }
    if (!stateMatches) {
        // A code with someone else's state: exchanging it could sign this app in to an
        // attacker's account (login CSRF). Stop without touching the token endpoint.
        qCWarning(lcAuth) << "State mismatch on the redirect; the sign-in is aborted";
        return fail(AuthError::make(AuthError::Kind::StateMismatch));
    }
    const QString code = value(u"code"_s);
    if (code.isEmpty())
        return fail(AuthError::make(AuthError::Kind::AuthorizationFailed));

    m_phase = Phase::ExchangingCode;
    m_exchangePending = true;
    if (m_browser)
        m_browser->close();
    // Decoded: 6.4 encodes it again for the token request (docs/toolchain.md, QtNetworkAuth 6.4).
    // The exchange is posted within this call: no redirect followed, a transfer timeout.
    {
        const tokenendpoint::ScopedTokenRequestDefaults defaults(
            m_nam, tokenendpoint::kTransferTimeoutMs);
        Q_EMIT m_flow->replyHandler()->callbackReceived(
            QVariantMap {{u"code"_s, code}, {u"state"_s, value(u"state"_s)}});
    }
    if (m_flow && m_flow->status() != QAbstractOAuth::Status::TemporaryCredentialsReceived
        && m_phase == Phase::ExchangingCode) {
        // The flow refused the callback silently (6.4 only logs); do not wait forever.
        fail(AuthError::make(AuthError::Kind::AuthorizationFailed));
    }
}

void AuthorizationFlow::onBrowserCancelled()
{
    if (m_phase == Phase::InBrowser)
        fail(AuthError::make(AuthError::Kind::Cancelled));
}

void AuthorizationFlow::onBrowserFailed(const QString &message)
{
    if (m_phase != Phase::InBrowser)
        return;
    AuthError error = AuthError::make(AuthError::Kind::BrowserFailed, message);
    if (!message.isEmpty())
        error.message = message; // the driver's message is translated and more precise
    fail(error);
}

void AuthorizationFlow::cancel()
{
    if (isRunning())
        fail(AuthError::make(AuthError::Kind::Cancelled));
}

void AuthorizationFlow::fail(const AuthError &error)
{
    if (!isRunning())
        return;
    finish();
    qCInfo(lcAuth) << "Sign-in failed:" << error.kind << error.serverText;
    Q_EMIT failed(error);
}

void AuthorizationFlow::finish()
{
    if (m_browser && m_phase == Phase::InBrowser)
        m_browser->close();
    m_phase = Phase::Idle;
    m_state.clear();
    if (!m_flow)
        return;
    m_flow->recover();
    auto *handler = static_cast<detail::CodeFlowReplyHandler *>(m_flow->replyHandler());
    disconnect(handler, nullptr, this, nullptr);
    if (m_exchangePending) {
        // Qt 6.4 calls the reply handler from a connection without a context object, so the
        // flow must live until its token request has finished; the NAM outlives both.
        m_flow->setParent(m_nam);
        connect(handler, &detail::CodeFlowReplyHandler::tokenResponseReceived, m_flow,
            &QObject::deleteLater);
        connect(handler, &detail::CodeFlowReplyHandler::tokenRequestFailed, m_flow,
            &QObject::deleteLater);
    } else {
        // Later: this may run inside the flow's own reply handling.
        m_flow->deleteLater();
    }
    m_exchangePending = false;
    m_flow = nullptr;
}

} // namespace bb::auth
