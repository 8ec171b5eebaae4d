#pragma once

#include "account/sync.h"
#include "account/syncrequest.h"
#include "api/tokenprovider.h"
#include "auth/autherror.h"
#include "auth/browserdriver.h"
#include "auth/environment.h"
#include "auth/memorysecretstore.h"
#include "auth/publisherconfig.h"
#include "auth/secretstore.h"
#include "auth/session.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QSettings;

namespace bb::net {
struct Endpoints;
}

namespace bb::sandbox {
class SandboxThread;
}

namespace bb::account {

// One person's connection to one Blue Button server, for the app and for `bbviewer export`
// alike: signing in (PKCE + state through a browser driver), restoring the sign-in a previous
// run kept in the keychain (the rotated refresh token is stored before the new access token is
// used; an ended grant is forgotten), using a bare access token, signing out (revoked on the
// server, forgotten here), and syncing the person's data (Sync). It remembers which account
// each environment is signed in to (auth::SignedInAccounts) and which environment to reconnect
// to at the next start. The built-in demo server starts only when the demo is chosen.
//
// It shows nothing: front ends pick the browser driver and put the outcomes into words.
class AccountService : public QObject
{
    Q_OBJECT

public:
    enum class State { SignedOut, SigningIn, SignedIn };
    Q_ENUM(State)

    // Why a stored sign-in could not be restored.
    enum class RestoreFailure {
        NothingStored, // no refresh token (or client secret) is stored for that environment
        Ended, // the grant ended (13 months, or revoked on Medicare.gov): forgotten here
        Unreachable, // offline or the server failed: the stored sign-in stays for next time
    };
    Q_ENUM(RestoreFailure)

    // `settings` must outlive the service; `store` (secrets) and `nam` are not owned.
    AccountService(QSettings &settings, auth::SecretStore *store, QNetworkAccessManager *nam,
        QObject *parent = nullptr);
    ~AccountService() override;

    QSettings &settings() const { return m_settings; }
    auth::SecretStore *secretStore() const { return m_store; }
    // "en" or "es": the language of the consent pages (`lang`).
    void setUiLanguage(const QString &language) { m_uiLanguage = language; }
    // The user name the next sign-in's login page fills in (a demo user chosen in the app);
    // used once.
    void setLoginHint(const QString &userName) { m_loginHint = userName; }

    // The built-in demo server, on its own thread on an ephemeral loopback port. Started on
    // the first call (milliseconds); false when it could not listen.
    bool startLocalSandbox();
    // The running demo server, or null (tests turn its fault knobs).
    sandbox::SandboxThread *localSandbox() const { return m_sandbox.get(); }

    // The registration a publisher shipped with the build (docs/publishing.md). It takes the
    // place of the stored settings for the environments it configures.
    void setPublisherConfig(const auth::PublisherConfig &config) { m_publisher = config; }
    const auth::PublisherConfig &publisherConfig() const { return m_publisher; }
    bool isPublisherConfigured(auth::Environment::Kind kind) const
    {
        return m_publisher.configures(kind);
    }

    // The publisher's registration of `kind` if it ships one, else the stored settings; for
    // the built-in demo, its registration and (once it runs) its address.
    auth::Environment environment(auth::Environment::Kind kind) const;
    // Whether a login to `kind` can start without visiting the settings first.
    bool isConfigured(auth::Environment::Kind kind) const;
    // Where `environment`'s FHIR API and userinfo answer.
    static net::Endpoints endpointsOf(const auth::Environment &environment);

    // The account remembered for `kind` (its patient id), or empty.
    QString storedPatientId(auth::Environment::Kind kind) const;
    // The environment the last run was signed in to (Local when none).
    auth::Environment::Kind lastKind() const;

    State state() const { return m_state; }
    bool isSigningIn() const { return m_state == State::SigningIn; }
    auth::Environment environment() const { return m_environment; }
    QString patientId() const;
    // The access token source of the signed-in account (null when signed out).
    api::TokenProvider *tokens() const { return m_tokens; }

    // Opens `browser` (owned from now on) on the login page of `environment`. Ends in
    // signedIn() or signInFailed() (Misconfigured when no client secret is stored).
    void signIn(const auth::Environment &environment, auth::BrowserDriver *browser);
    void cancelSignIn();
    // The sign-in a previous run kept for `environment` and `patientId`, without a login
    // page. Ends in signedIn(patientId, true) or restoreFailed().
    void restore(const auth::Environment &environment, const QString &patientId);
    // A bare access token (no refresh, nothing stored). Signed in at once; `patientId` may be
    // empty until setPatientId() (a userinfo-only sync says whose token it is).
    void useAccessToken(
        const auth::Environment &environment, const QString &token, const QString &patientId);
    void setPatientId(const QString &patientId);
    // Revokes the grant, deletes the stored tokens and forgets the account; ends in
    // signedOut(). Signed out at once when nothing is signed in.
    void signOut();
    // Drops the connection without revoking anything (the stored sign-in stays).
    void closeConnection();

    // Starts a sync of the signed-in account (replacing any previous one, which is cancelled
    // and deleted). Null when signed out. Owned by the service.
    Sync *startSync(const SyncRequest &request);
    Sync *sync() const { return m_sync; }

Q_SIGNALS:
    void stateChanged(bb::account::AccountService::State state);
    // `persisted`: the keychain keeps the sign-in for a later start.
    void signedIn(const QString &patientId, bool persisted);
    void signInFailed(const bb::auth::AuthError &error);
    // `error` says what the server answered, when it answered (not for NothingStored).
    void restoreFailed(
        bb::account::AccountService::RestoreFailure failure, const bb::auth::AuthError &error);
    // The grant ended while in use: the person must log in again.
    void reconnectNeeded(const QString &message);
    void signedOut();

private:
    void withClientSecret(const auth::Environment &environment,
        std::function<void(bool found, const QString &secret)> next);
    void createSession(
        const auth::Environment &environment, const QString &secret, auth::BrowserDriver *browser);
    void onSignedIn(const QString &patientId, bool persisted);
    void dropConnection();
    void setState(State state);

    QSettings &m_settings;
    QPointer<auth::SecretStore> m_store;
    QNetworkAccessManager *m_nam;
    QString m_uiLanguage = QStringLiteral("en");
    QString m_loginHint;
    auth::PublisherConfig m_publisher;
    std::unique_ptr<sandbox::SandboxThread> m_sandbox;
    // The built-in sandbox's sign-ins: its tokens end with the process that made them
    // (docs/security.md), so they never go to the keychain, where they would stay behind.
    auth::MemorySecretStore m_localSecrets;

    State m_state = State::SignedOut;
    auth::Environment m_environment;
    QPointer<auth::Session> m_session;
    QPointer<auth::BrowserDriver> m_browser;
    QPointer<api::TokenProvider> m_tokens;
    QPointer<Sync> m_sync;
    quint64 m_attempt = 0; // bumped by every sign-in, restore and sign-out: late answers drop
};

} // namespace bb::account
