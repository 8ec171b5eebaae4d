#pragma once

#include "auth/autherror.h"
#include "auth/environment.h"

#include <QObject>

class QNetworkAccessManager;

namespace bb::auth {

class AuthorizationFlow;
class BrowserDriver;
class SecretStore;
class TokenManager;

// Sign-in, token lifecycle and sign-out for one environment, wired together: what the app
// holds per account. signIn() runs the AuthorizationFlow and hands its tokens to the
// TokenManager (which stores the refresh token before anything can use the access token);
// tokens() is the TokenProvider the fetching layer uses.
class Session : public QObject
{
    Q_OBJECT

public:
    // `clientSecret` is empty when the environment uses a token proxy. `store`, `browser`
    // and `nam` must outlive the session.
    Session(const Environment &environment, const QString &clientSecret, SecretStore *store,
        BrowserDriver *browser, QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~Session() override;

    Environment environment() const { return m_environment; }
    void setUiLanguage(const QString &language);
    // The user name the login page fills in (AuthorizationFlow::setLoginHint).
    void setLoginHint(const QString &userName);

    // Ends in signedIn() or signInFailed(). Ignored while a sign-in is running.
    void signIn();
    void cancelSignIn();
    bool isSigningIn() const;
    // Revokes the grant and deletes the stored tokens; ends in signedOut().
    void signOut();

    TokenManager *tokens() const { return m_tokens; }
    AuthorizationFlow *authorization() const { return m_flow; }

Q_SIGNALS:
    // `persisted` is false when the keychain could not keep the session for a later start.
    void signedIn(const QString &patientId, bool persisted);
    void signInFailed(const bb::auth::AuthError &error);
    void signedOut(bool revokedOnServer);
    // Forwarded from the token manager: the grant is gone, the user must sign in again.
    void reconnectNeeded(const QString &message);

private:
    Environment m_environment;
    AuthorizationFlow *m_flow;
    TokenManager *m_tokens;
};

} // namespace bb::auth
