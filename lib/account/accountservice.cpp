#include "account/accountservice.h"

#include "account/fixedtokenprovider.h"
#include "account/logging.h"
#include "account/sync.h"
#include "auth/browserdriver.h"
#include "auth/environmentsettings.h"
#include "auth/secretstore.h"
#include "auth/session.h"
#include "auth/signedinaccounts.h"
#include "auth/tokenmanager.h"
#include "net/bluebuttonclient.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxthread.h"

#include <QSettings>

#include <utility>

namespace bb::account {

using auth::Environment;

AccountService::AccountService(
    QSettings &settings, auth::SecretStore *store, QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_store(store)
    , m_nam(nam)
{
}

AccountService::~AccountService()
{
    // The session and the sync talk to the demo server: let them go before its thread does.
    dropConnection();
    const QObjectList owned = children();
    qDeleteAll(owned);
    if (m_sandbox)
        m_sandbox->stop();
}

bool AccountService::startLocalSandbox()
{
    if (m_sandbox)
        return true;
    // Seed 1: the demo data the README's table describes.
    auto thread = std::make_unique<sandbox::SandboxThread>(1);
    if (!thread->start(0)) {
        qCWarning(lcAccount) << "the built-in sandbox could not listen on 127.0.0.1";
        return false;
    }
    m_sandbox = std::move(thread);
    qCInfo(lcAccount) << "built-in sandbox at" << m_sandbox->baseUrl().toString();
    return true;
}

Environment AccountService::environment(Environment::Kind kind) const
{
    if (kind == Environment::Kind::Local) {
        Environment local = Environment::defaults(Environment::Kind::Local);
        if (m_sandbox)
            local.setBaseUrl(m_sandbox->baseUrl());
        local.setClientId(sandbox::SandboxServer::demoClient().clientId);
        return local;
    }
    if (const auto published = m_publisher.environment(kind))
        return *published;
    return auth::EnvironmentSettings(m_settings).load(kind);
}

bool AccountService::isConfigured(Environment::Kind kind) const
{
    return kind == Environment::Kind::Local || environment(kind).isComplete();
}

net::Endpoints AccountService::endpointsOf(const Environment &environment)
{
    return net::Endpoints::fromUrls(environment.fhirBaseUrl(), environment.userInfoUrl());
}

QString AccountService::storedPatientId(Environment::Kind kind) const
{
    return auth::SignedInAccounts(m_settings).patientId(kind);
}

Environment::Kind AccountService::lastKind() const
{
    return auth::EnvironmentSettings(m_settings).currentKind();
}

QString AccountService::patientId() const
{
    return m_tokens ? m_tokens->patientId() : QString();
}

void AccountService::withClientSecret(
    const Environment &environment, std::function<void(bool found, const QString &secret)> next)
{
    if (environment.kind() == Environment::Kind::Local) {
        next(true, sandbox::SandboxServer::demoClient().clientSecret);
        return;
    }
    // Behind a token proxy the secret lives on the publisher's server, never here.
    if (environment.clientAuthentication() == Environment::ClientAuthentication::TokenProxy) {
        next(true, {});
        return;
    }
    if (!m_store) {
        next(false, {});
        return;
    }
    const quint64 attempt = m_attempt;
    m_store->read(auth::SecretId::clientSecret(environment.id()), this,
        [this, attempt, next = std::move(next)](const auth::SecretStore::Result &result) {
            if (attempt != m_attempt)
                return; // signed in or out some other way meanwhile
            next(result.ok() && !result.value.isEmpty(), result.value);
        });
}

void AccountService::signIn(const Environment &environment, auth::BrowserDriver *browser)
{
    ++m_attempt;
    dropConnection();
    if (browser)
        browser->setParent(this);
    m_browser = browser;
    Environment target = environment;
    if (target.kind() == Environment::Kind::Local) {
        if (!startLocalSandbox()) {
            setState(State::SignedOut);
            Q_EMIT signInFailed({auth::AuthError::Kind::Misconfigured,
                tr("The demo server could not be started on this computer."), {}, 0});
            return;
        }
        target = this->environment(Environment::Kind::Local);
    }
    m_environment = target;
    setState(State::SigningIn);
    withClientSecret(target, [this, target](bool found, const QString &secret) {
        if (!found) {
            setState(State::SignedOut);
            Q_EMIT signInFailed({auth::AuthError::Kind::Misconfigured,
                tr("No client secret is stored for %1. Enter it in the settings.")
                    .arg(Environment::displayName(target.kind())),
                {}, 0});
            return;
        }
        createSession(target, secret, m_browser);
        auth::Session *session = m_session;
        connect(session, &auth::Session::signedIn, this,
            [this](const QString &patientId, bool persisted) {
                // The next start reconnects here (restore()).
                if (persisted && m_environment.kind() != Environment::Kind::Local)
                    auth::EnvironmentSettings(m_settings).setCurrentKind(m_environment.kind());
                onSignedIn(patientId, persisted);
            });
        connect(session, &auth::Session::signInFailed, this, [this](const auth::AuthError &e) {
            setState(State::SignedOut);
            Q_EMIT signInFailed(e);
        });
        session->signIn();
    });
}

void AccountService::cancelSignIn()
{
    if (m_session && m_session->isSigningIn())
        m_session->cancelSignIn();
}

void AccountService::restore(const Environment &environment, const QString &patientId)
{
    ++m_attempt;
    dropConnection();
    m_environment = environment;
    setState(State::SigningIn);
    const quint64 attempt = m_attempt;
    withClientSecret(environment, [this, attempt, patientId](bool found, const QString &secret) {
        if (!found) {
            setState(State::SignedOut);
            Q_EMIT restoreFailed(RestoreFailure::NothingStored, {});
            return;
        }
        createSession(m_environment, secret, nullptr);
        // What TokenManager does with a stored sign-in: read the refresh token, refresh, store
        // the rotated one, and only then hand out the access token.
        auth::TokenManager *tokens = m_session->tokens();
        tokens->restore(patientId, this,
            [this, attempt, tokens, patientId](api::TokenProvider::RefreshResult result) {
                using R = api::TokenProvider::RefreshResult;
                if (attempt != m_attempt)
                    return;
                const auth::AuthError error = tokens->lastError();
                if (result == R::Refreshed) {
                    // The rotated refresh token went where the old one came from, unless
                    // the keychain went away meanwhile.
                    onSignedIn(patientId, m_store && m_store->isPersistent());
                    return;
                }
                RestoreFailure failure = RestoreFailure::Unreachable;
                if (!error.isError()) {
                    failure = RestoreFailure::NothingStored; // no refresh token in the keychain
                } else if (result == R::ReconnectNeeded) {
                    // The grant ended (13 months, or revoked on Medicare.gov): nothing to
                    // restore any more, now or at the next start.
                    failure = RestoreFailure::Ended;
                    auth::SignedInAccounts(m_settings).forget(m_environment.kind());
                }
                // Unreachable (offline, server down): the stored sign-in stays for next time.
                qCInfo(lcAccount) << "restore failed:" << failure;
                dropConnection();
                setState(State::SignedOut);
                Q_EMIT restoreFailed(failure, error);
            });
    });
}

void AccountService::useAccessToken(
    const Environment &environment, const QString &token, const QString &patientId)
{
    ++m_attempt;
    dropConnection();
    m_environment = environment;
    m_tokens = new FixedTokenProvider(token, patientId, this);
    setState(State::SignedIn);
}

void AccountService::setPatientId(const QString &patientId)
{
    if (auto *fixed = qobject_cast<FixedTokenProvider *>(m_tokens.data()))
        fixed->setPatientId(patientId);
}

void AccountService::createSession(
    const Environment &environment, const QString &secret, auth::BrowserDriver *browser)
{
    auth::SecretStore *store =
        environment.kind() == Environment::Kind::Local ? &m_localSecrets : m_store.data();
    auto *session = new auth::Session(environment, secret, store, browser, m_nam, this);
    session->setUiLanguage(m_uiLanguage);
    session->setLoginHint(std::exchange(m_loginHint, {}));
    m_session = session;
    m_tokens = session->tokens();
    connect(session, &auth::Session::reconnectNeeded, this, &AccountService::reconnectNeeded);
    connect(session, &auth::Session::signedOut, this, [this] {
        auth::SignedInAccounts(m_settings).forget(m_environment.kind());
        // The next start opens on the welcome screen, not on this account.
        auth::EnvironmentSettings(m_settings).setCurrentKind(Environment::Kind::Local);
        dropConnection();
        setState(State::SignedOut);
        Q_EMIT signedOut();
    });
}

void AccountService::onSignedIn(const QString &patientId, bool persisted)
{
    // `bbviewer export --env ...` finds the keychain's refresh token by this id. The built-in
    // sandbox's tokens die with the process that made them, so there is nothing to find later.
    if (persisted && m_environment.kind() != Environment::Kind::Local)
        auth::SignedInAccounts(m_settings).remember(m_environment.kind(), patientId);
    qCInfo(lcAccount) << "signed in to" << Environment::kindId(m_environment.kind()) << "persisted"
                      << persisted;
    setState(State::SignedIn);
    Q_EMIT signedIn(patientId, persisted);
}

void AccountService::signOut()
{
    ++m_attempt;
    if (m_sync)
        m_sync->cancel();
    if (m_session && m_state == State::SignedIn) {
        m_session->signOut(); // ends in signedOut(): revoked on the server, tokens deleted
        return;
    }
    dropConnection();
    setState(State::SignedOut);
    Q_EMIT signedOut();
}

void AccountService::closeConnection()
{
    ++m_attempt;
    dropConnection();
    setState(State::SignedOut);
}

Sync *AccountService::startSync(const SyncRequest &request)
{
    if (m_state != State::SignedIn || !m_tokens)
        return nullptr;
    if (m_sync) {
        m_sync->cancel();
        m_sync->disconnect();
        m_sync->deleteLater();
    }
    m_sync = new Sync(endpointsOf(m_environment), m_tokens, m_nam, request, this);
    return m_sync;
}

void AccountService::dropConnection()
{
    if (m_sync) {
        m_sync->cancel();
        m_sync->disconnect();
        m_sync->deleteLater();
        m_sync = nullptr;
    }
    if (m_session) {
        m_session->disconnect(this);
        m_session->cancelSignIn();
        m_session->deleteLater();
        m_session = nullptr;
    }
    if (m_browser) {
        m_browser->disconnect(this);
        m_browser->deleteLater();
        m_browser = nullptr;
    }
    if (auto *fixed = qobject_cast<FixedTokenProvider *>(m_tokens.data()))
        fixed->deleteLater();
    m_tokens = nullptr;
}

void AccountService::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace bb::account
