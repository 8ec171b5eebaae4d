#pragma once

#include "account/localrecord.h"
#include "account/sync.h"
#include "account/syncproblem.h"
#include "auth/autherror.h"
#include "auth/browserdriver.h"
#include "auth/environment.h"
#include "auth/keychainstate.h"
#include "export/rawarchive.h"
#include "login/loginmessage.h"
#include "models/claimlistmodel.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QSettings;
class QWidget;

namespace bb::account {
class AccountService;
class RecordStore;
class RecordSync;
} // namespace bb::account

namespace bb::store {
struct StoreError;
}

namespace bb::auth {
class FallbackSecretStore;
class SecretStore;
} // namespace bb::auth

namespace bb::login {
class LoginDialog;
}

namespace bb::sandbox {
class SandboxThread;
}

namespace bb::models {
class CoverageModel;
class PatientModel;
} // namespace bb::models

namespace bb {

// Everything behind the main window for one person: the account service (sign-in, restore,
// sync; shared with `bbviewer export`), the login browser of the person's choice, and the
// models the sync fills. Views only read the models and call the actions below; they never
// see the network.
class AppController : public QObject
{
    Q_OBJECT

public:
    enum class State { SignedOut, SigningIn, SignedIn };
    Q_ENUM(State)

    // `settings` must outlive the controller. `store` is where secrets go (the app passes a
    // FallbackSecretStore over the keychain; tests a memory store); owned by the controller.
    AppController(QSettings &settings, auth::SecretStore *store, QObject *parent = nullptr);
    ~AppController() override;

    QSettings &settings() const { return m_settings; }
    auth::SecretStore *secretStore() const { return m_store; }
    // Non-null when the store is a FallbackSecretStore (its memory-only message).
    auth::FallbackSecretStore *fallbackStore() const;

    // "en" or "es": decides the consent pages' language (`lang`).
    void setUiLanguage(const QString &language);
    QString uiLanguage() const { return m_uiLanguage; }
    // Where the login dialogs and message boxes go.
    void setDialogParent(QWidget *parent) { m_dialogParent = parent; }

    account::AccountService *account() const { return m_account; }
    // Starts the built-in sandbox on its own thread on an ephemeral loopback port (the demo
    // login does this itself: nothing starts it before the demo is chosen). False when it
    // could not listen.
    bool startLocalSandbox();
    QUrl localBaseUrl() const;
    // The running built-in sandbox, or null (tests turn its fault knobs).
    sandbox::SandboxThread *localSandbox() const;

    // The stored settings of `kind`; for the local sandbox the running server's address and
    // the demo registration.
    auth::Environment environment(auth::Environment::Kind kind) const;
    // Whether a login to `kind` can start without visiting the settings first (a client id;
    // the secret is checked when it is read).
    bool isConfigured(auth::Environment::Kind kind) const;

    State state() const { return m_state; }
    auth::Environment::Kind currentKind() const { return m_kind; }
    QString accountName() const { return m_accountName; }
    QString patientId() const { return m_patientId; }
    bool isSyncing() const;
    account::SyncProblem problem() const { return m_problem; }

    // Opens the login for `kind`: ends in signInFinished() (and signedIn() on success).
    void signIn(auth::Environment::Kind kind);
    // Signs in to the built-in sandbox as the demo person `user` (BBUserNNNNN) with no login
    // page: the sandbox's own pages are filled in over HTTP, as `bbviewer export --demo-user`
    // does. Ends like signIn(). For `bbviewer --demo`.
    void signInAsDemo(const QString &user);
    // The demo login with `userName` already filled in (a double-click on the welcome
    // screen's list of demo users).
    void signInAsDemoUser(const QString &userName);
    // How the keychain is found before a login (default: auth::probeKeychainState() when the
    // secret store keeps secrets across runs); tests pin it.
    void setKeychainProbe(std::function<auth::KeychainState()> probe)
    {
        m_keychainProbe = std::move(probe);
    }
    void cancelSignIn();
    // At start-up: reconnects to the environment the person last used, with the refresh
    // token a previous run kept in the keychain, without a login page. Ends like a sign-in
    // (signedIn() and a sync, or signInFinished() saying to log in again). False, and nothing
    // happens, when there is no stored sign-in to resume (never for the built-in sandbox,
    // whose tokens die with the process that made them).
    bool resumeStoredSignIn();
    // Signing in by resumeStoredSignIn() (no login page is open).
    bool isResuming() const { return m_resuming; }
    // Revokes the grant, wipes the stored tokens, the data kept on this computer and every
    // model.
    void signOut();

    // Where each person's data is kept between runs, encrypted (docs/store.md); empty (the
    // default, and for tests) keeps nothing. The built-in demo is never kept: its server and
    // its data live only as long as the app runs.
    void setStoreDirectory(const QString &directory) { m_storeDirectory = directory; }
    QString storeDirectory() const { return m_storeDirectory; }
    static QString defaultStoreDirectory();
    // Bytes the kept data takes on this computer (every person's).
    qint64 storedDataSize() const;
    // Deletes everything kept on this computer (files, and the key of the person shown).
    void deleteStoredData();

    // The views show data: signed in, or a kept record while offline or after the Medicare
    // connection ended.
    bool hasData() const { return m_state == State::SignedIn || m_showingStored; }
    // "Your data as of 2 December 2026, 9:14; checking for new claims…" and the like; empty
    // when the data shown is what the last sync brought.
    QString dataNotice() const { return m_dataNotice; }
    // The kept record as the last sync left it (what is written to the store).
    const account::LocalRecord &record() const { return m_record; }
    // Whether the last sync asked only for what changed.
    bool lastSyncWasIncremental() const { return m_lastSyncIncremental; }

    // Fetches what changed since the last sync (everything the first time).
    void refresh();
    // Downloads everything again, replacing what is kept.
    void refreshEverything();
    void cancelSync();
    // Runs the problem's action: Retry, RetryMissing or Reconnect (OpenSettings is the
    // window's business: openSettingsRequested()).
    void resolveProblem();
    void dismissProblem();

    models::PatientModel *patientModel() const { return m_patient; }
    models::CoverageModel *coverageModel() const { return m_coverage; }
    models::ClaimListModel *claimListModel() const { return m_claims; }

    // The sync's resources exactly as the server sent them (compressed), for the Raw FHIR tab
    // and File > Export All Data as FHIR JSON. Filled on a worker thread as pages arrive;
    // rawArchiveChanged() tells when more arrived, isArchiving() while some is on its way.
    const exporting::RawArchive &rawArchive() const { return m_raw; }
    bool isArchiving() const;

    // The login dialog of the sign-in in progress (embedded browser only), for tests.
    login::LoginDialog *loginDialog() const;

Q_SIGNALS:
    void stateChanged(bb::AppController::State state);
    void signedIn();
    // The final word on a sign-in attempt, for a message box.
    void signInFinished(bb::login::LoginMessageKind kind, const QString &message);
    void loginDialogOpened(bb::login::LoginDialog *dialog);
    // Before a login whose end will make the system ask for its keychain password: what to
    // tell the person first (auth::KeychainNotice). Once per run.
    void keychainNotice(const QString &title, const QString &text);
    void accountNameChanged(const QString &name);
    void syncStarted();
    // Claims received against the server's total (-1 while unknown).
    void syncProgress(qint64 received, qint64 total);
    // Blue Button asked to slow down: the sync's requests wait `waitMs` from now.
    void syncWaiting(int waitMs);
    void syncFinished();
    void dataNoticeChanged(const QString &notice);
    // The kept data could not be written or read; `message` says so in plain words.
    void storeProblem(const QString &message);
    void recordSaved();
    // The kept data of the person who logged out is gone from this computer.
    void recordRemoved();
    void problemChanged(const bb::account::SyncProblem &problem);
    void openSettingsRequested(bb::auth::Environment::Kind kind);
    void rawArchiveChanged();

private:
    auth::BrowserDriver *makeBrowser(const auth::Environment &environment);
    void onSignedIn(const QString &patientId, bool persisted);
    void onSignInFailed(const auth::AuthError &error);
    void onRestoreFailed(int failure, const auth::AuthError &error);
    void startSync(bool everything = false);
    void attachSync(account::Sync *sync, bool replacesData);
    void onRecordSyncFinished();
    void openRecordStore(const QString &patientId);
    void onRecordLoaded(const account::LocalRecord &record, const store::StoreError &error);
    void showRecord(const account::LocalRecord &record, models::ClaimListModel::PreparedRows rows);
    void afterRecordShown();
    void setDataNotice(const QString &notice);
    QString asOf() const;
    bool keepsData() const;
    void onPartFinished(int part);
    void setProblem(const account::SyncProblem &problem);
    void setState(State state);
    void clearData();
    account::SyncProblem withModelWords(account::SyncProblem problem) const;

    QSettings &m_settings;
    auth::SecretStore *m_store;
    QNetworkAccessManager *m_nam;
    account::AccountService *m_account;
    QPointer<QWidget> m_dialogParent;
    std::function<auth::KeychainState()> m_keychainProbe;
    bool m_keychainNoticeShown = false;
    QString m_uiLanguage = QStringLiteral("en");

    State m_state = State::SignedOut;
    auth::Environment::Kind m_kind = auth::Environment::Kind::Local;
    QPointer<auth::BrowserDriver> m_browser;
    QString m_demoUser; // set by signInAsDemo() for the one sign-in it starts
    QPointer<account::Sync> m_sync;
    QString m_accountName;
    QString m_patientId;
    account::SyncProblem m_problem;
    bool m_resuming = false;
    exporting::RawArchive m_raw;
    QString m_storeDirectory;
    QPointer<account::RecordStore> m_recordStore;
    QPointer<account::RecordSync> m_recordSync;
    account::LocalRecord m_record;
    bool m_loadingRecord = false;
    bool m_syncAfterLoad = false;
    std::function<void()> m_pendingRestoreFailure;
    bool m_showingStored = false;
    bool m_lastSyncIncremental = false;
    QString m_dataNotice;

    models::PatientModel *m_patient;
    models::CoverageModel *m_coverage;
    models::ClaimListModel *m_claims;
};

} // namespace bb
