#include "auth/session.h"

#include "auth/authorizationflow.h"
#include "auth/tokenmanager.h"

namespace bb::auth {

Session::Session(const Environment &environment, const QString &clientSecret, SecretStore *store,
    BrowserDriver *browser, QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_environment(environment)
    , m_flow(new AuthorizationFlow(environment, clientSecret, browser, nam, this))
    , m_tokens(new TokenManager(environment, clientSecret, store, nam, this))
{
    connect(m_flow, &AuthorizationFlow::succeeded, this, [this](const api::TokenResponse &t) {
        m_tokens->adopt(t, this,
            [this, patient = t.patient](bool persisted) { Q_EMIT signedIn(patient, persisted); });
    });
    connect(m_flow, &AuthorizationFlow::failed, this, &Session::signInFailed);
    connect(m_tokens, &TokenManager::signedOut, this, &Session::signedOut);
    connect(m_tokens, &api::TokenProvider::reconnectNeeded, this, &Session::reconnectNeeded);
}

Session::~Session() = default;

void Session::setUiLanguage(const QString &language)
{
    m_flow->setUiLanguage(language);
}

void Session::setLoginHint(const QString &userName)
{
    m_flow->setLoginHint(userName);
}

void Session::signIn()
{
    m_flow->start();
}

void Session::cancelSignIn()
{
    m_flow->cancel();
}

bool Session::isSigningIn() const
{
    return m_flow->isRunning();
}

void Session::signOut()
{
    m_flow->cancel();
    m_tokens->signOut();
}

} // namespace bb::auth
