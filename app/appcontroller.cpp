#include "appcontroller.h"

#include "account/accountservice.h"
#include "account/recordstore.h"
#include "account/recordsync.h"
#include "account/sync.h"
#include "auth/fallbacksecretstore.h"
#include "auth/loopbackbrowserdriver.h"
#include "auth/secretstore.h"
#include "cli/demologin.h"
#include "login/embeddedbrowserdriver.h"
#include "models/claimlistmodel.h"
#include "models/coveragemodels.h"
#include "models/patientmodel.h"
#include "sandbox/sandboxthread.h"
#include "shelllogging.h"
#include "store/storeerror.h"
#include "uisettings.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

using namespace Qt::StringLiterals;

namespace bb {

using account::AccountService;
using account::Sync;
using account::SyncProblem;
using auth::Environment;

AppController::AppController(QSettings &settings, auth::SecretStore *store, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_store(store)
    , m_nam(new QNetworkAccessManager(this))
    , m_account(new AccountService(settings, store, m_nam, this))
    , m_patient(new models::PatientModel(this))
    , m_coverage(new models::CoverageModel(this))
    , m_claims(new models::ClaimListModel(this))
{
    qRegisterMetaType<SyncProblem>();
    m_store->setParent(this);
    m_account->setPublisherConfig(auth::PublisherConfig::loadInstalled());
    // Every request sets its own timeout; this is the floor for any that would not.
    m_nam->setTransferTimeout(120'000);
    connect(m_account, &AccountService::signedIn, this, &AppController::onSignedIn);
    connect(m_account, &AccountService::signInFailed, this, &AppController::onSignInFailed);
    connect(m_account, &AccountService::restoreFailed, this,
        [this](AccountService::RestoreFailure failure, const auth::AuthError &error) {
            onRestoreFailed(int(failure), error);
        });
    connect(m_account, &AccountService::reconnectNeeded, this, [this](const QString &message) {
        setProblem({message, SyncProblem::Action::Reconnect});
    });
    connect(m_account, &AccountService::signedOut, this, [this] {
        clearData();
        setState(State::SignedOut);
    });
}

AppController::~AppController()
{
    // The service's jobs and session talk to the built-in sandbox it owns: it stops them
    // first, then the sandbox. Nothing of ours may hear from them meanwhile.
    m_account->disconnect(this);
    if (m_sync)
        m_sync->disconnect(this);
    delete m_account;
}

void AppController::setUiLanguage(const QString &language)
{
    m_uiLanguage = language;
    m_account->setUiLanguage(language);
}

auth::FallbackSecretStore *AppController::fallbackStore() const
{
    return qobject_cast<auth::FallbackSecretStore *>(m_store);
}

bool AppController::startLocalSandbox()
{
    return m_account->startLocalSandbox();
}

QUrl AppController::localBaseUrl() const
{
    const sandbox::SandboxThread *sandbox = m_account->localSandbox();
    return sandbox ? sandbox->baseUrl() : QUrl();
}

sandbox::SandboxThread *AppController::localSandbox() const
{
    return m_account->localSandbox();
}

Environment AppController::environment(Environment::Kind kind) const
{
    return m_account->environment(kind);
}

bool AppController::isConfigured(Environment::Kind kind) const
{
    return m_account->isConfigured(kind);
}

bool AppController::isSyncing() const
{
    return m_sync && m_sync->isRunning();
}

bool AppController::isArchiving() const
{
    return m_sync && m_sync->isArchiving();
}

login::LoginDialog *AppController::loginDialog() const
{
    auto *embedded = qobject_cast<login::EmbeddedBrowserDriver *>(m_browser.data());
    return embedded ? embedded->dialog() : nullptr;
}

auth::BrowserDriver *AppController::makeBrowser(const Environment &environment)
{
    if (!m_demoUser.isEmpty() && m_kind == Environment::Kind::Local) {
        const QString user = std::exchange(m_demoUser, QString());
        return new cli::DemoLoginDriver(user, environment.redirectUri(), m_nam);
    }
    if (UiSettings(m_settings).browser() == UiSettings::Browser::System) {
        return new auth::LoopbackBrowserDriver(
            [](const QUrl &url) { return QDesktopServices::openUrl(url); },
            environment.redirectUri().path());
    }
    auto *embedded = new login::EmbeddedBrowserDriver(
        login::NavigationPolicy::forEnvironment(environment, environment.redirectUri()),
        m_dialogParent);
    connect(embedded, &login::EmbeddedBrowserDriver::dialogOpened, this,
        &AppController::loginDialogOpened);
    return embedded;
}

void AppController::signInAsDemoUser(const QString &userName)
{
    if (m_state == State::SigningIn)
        return;
    // Only the demo server gets the hint: nothing about the demo goes to Medicare.
    m_account->setLoginHint(userName);
    signIn(Environment::Kind::Local);
    m_account->setLoginHint({}); // not used when the sign-in did not start
}

void AppController::signIn(Environment::Kind kind)
{
    if (m_state == State::SigningIn)
        return;
    Environment env = environment(kind);
    if (kind == Environment::Kind::Local) {
        // The demo server starts here, when the demo is chosen, and not before.
        if (!m_account->startLocalSandbox()) {
            Q_EMIT signInFinished(login::LoginMessageKind::Problem,
                tr("The demo server could not be started on this computer."));
            return;
        }
        env = environment(kind);
    } else if (!env.isComplete()) {
        Q_EMIT openSettingsRequested(kind);
        return;
    }
    // The system's keychain window would otherwise appear out of nowhere after the consent.
    if (!m_keychainNoticeShown) {
        const auth::KeychainState keychain = m_keychainProbe
            ? m_keychainProbe()
            : (m_store->isPersistent() ? auth::probeKeychainState() : auth::KeychainState::Unknown);
        const QString notice = auth::KeychainNotice::text(keychain);
        if (!notice.isEmpty()) {
            m_keychainNoticeShown = true;
            Q_EMIT keychainNotice(auth::KeychainNotice::title(), notice);
        }
    }
    m_kind = kind;
    m_resuming = false;
    clearData();
    setState(State::SigningIn);
    auth::BrowserDriver *browser = makeBrowser(env);
    m_browser = browser;
    m_account->signIn(env, browser);
}

void AppController::signInAsDemo(const QString &user)
{
    m_demoUser = user;
    signIn(Environment::Kind::Local);
    m_demoUser.clear(); // a sign-in that did not start must not turn a later one into a demo
}

bool AppController::resumeStoredSignIn()
{
    if (m_state != State::SignedOut)
        return false;
    const Environment::Kind kind = m_account->lastKind();
    if (kind == Environment::Kind::Local)
        return false;
    const QString patientId = m_account->storedPatientId(kind);
    const Environment env = environment(kind);
    if (patientId.isEmpty() || !env.isComplete())
        return false;
    m_kind = kind;
    m_resuming = true;
    clearData();
    setState(State::SigningIn);
    // The kept data shows while the sign-in is restored (or cannot be: offline, ended).
    if (keepsData())
        openRecordStore(patientId);
    m_account->restore(env, patientId);
    return true;
}

void AppController::onRestoreFailed(int failure, const auth::AuthError &error)
{
    using F = AccountService::RestoreFailure;
    if (m_loadingRecord) {
        // What to say depends on whether kept data is on screen: wait for it.
        m_pendingRestoreFailure = [this, failure, error] { onRestoreFailed(failure, error); };
        return;
    }
    m_resuming = false;
    setState(State::SignedOut); // the login button still works
    const QString name = Environment::displayName(m_kind);
    switch (F(failure)) {
    case F::NothingStored:
        return;
    case F::Ended:
        if (hasData()) {
            setDataNotice(tr("Your data as of %1.").arg(asOf()));
            setProblem({tr("Your Medicare connection has ended. What you see is kept on this "
                           "computer; reconnect to get new claims."),
                SyncProblem::Action::Reconnect});
            return;
        }
        Q_EMIT signInFinished(login::LoginMessageKind::Information,
            tr("Your Medicare connection to %1 has ended. Log in again to continue.").arg(name));
        return;
    case F::Unreachable:
        if (hasData()) {
            setDataNotice(tr("Offline: your data as of %1.").arg(asOf()));
            setProblem({tr("Could not reach %1 (%2). Your data as of %3 is shown.")
                            .arg(name, error.message, asOf()),
                SyncProblem::Action::Retry});
            return;
        }
        Q_EMIT signInFinished(login::LoginMessageKind::Problem,
            tr("Could not reconnect to %1 (%2). Check your internet connection, then log in "
               "again.")
                .arg(name, error.message));
        return;
    }
}

void AppController::onSignedIn(const QString &patientId, bool persisted)
{
    m_resuming = false;
    m_patientId = patientId;
    setState(State::SignedIn);
    QString message = tr("You are connected to %1.").arg(Environment::displayName(m_kind));
    // The demo's sign-in ends with its server whatever the keychain does: nothing to tell.
    const bool memoryOnly = !persisted && m_kind != Environment::Kind::Local;
    if (memoryOnly)
        message += u' ' + auth::FallbackSecretStore::memoryOnlyMessage();
    // Kept in memory only is worth a box the person reads; plain success is a status line.
    Q_EMIT signInFinished(
        memoryOnly ? login::LoginMessageKind::Information : login::LoginMessageKind::Success,
        message);
    Q_EMIT signedIn();
    if (keepsData())
        openRecordStore(patientId); // no-op when the restore already opened it
    m_showingStored = false;
    startSync();
}

void AppController::onSignInFailed(const auth::AuthError &error)
{
    setState(State::SignedOut);
    using K = auth::AuthError::Kind;
    const bool information = error.kind == K::Cancelled || error.kind == K::AccessDenied;
    QString message = error.message;
    if (error.kind == K::Cancelled)
        message = tr("The login was cancelled. Nothing was shared.");
    Q_EMIT signInFinished(
        information ? login::LoginMessageKind::Information : login::LoginMessageKind::Problem,
        message);
    if (error.kind == K::InvalidClient || error.kind == K::Misconfigured)
        Q_EMIT openSettingsRequested(m_kind);
}

void AppController::cancelSignIn()
{
    m_account->cancelSignIn();
}

void AppController::signOut()
{
    cancelSync();
    // Logging out forgets the person on this computer: the kept data and its key go too. The
    // store lives on until that is done, whatever the window does meanwhile.
    if (account::RecordStore *kept = m_recordStore) {
        kept->disconnect(this);
        m_recordStore = nullptr;
        connect(kept, &account::RecordStore::removed, this, [this, kept] {
            kept->deleteLater();
            Q_EMIT recordRemoved();
        });
        kept->remove();
    }
    if (m_state != State::SignedIn) {
        // Showing kept data while offline or after the connection ended: nothing to revoke.
        clearData();
        Q_EMIT stateChanged(m_state);
        return;
    }
    // Ends in AccountService::signedOut(): revoked on the server, tokens deleted, forgotten.
    m_account->signOut();
}

void AppController::refresh()
{
    if (m_state == State::SignedOut && m_showingStored) {
        resumeStoredSignIn(); // offline or ended before: try again
        return;
    }
    if (m_state != State::SignedIn)
        return;
    startSync();
}

void AppController::refreshEverything()
{
    if (m_state != State::SignedIn)
        return;
    startSync(true);
}

void AppController::cancelSync()
{
    if (m_recordSync)
        m_recordSync->cancel();
    else if (m_sync)
        m_sync->cancel();
}

void AppController::resolveProblem()
{
    const SyncProblem problem = m_problem;
    switch (problem.action) {
    case SyncProblem::Action::None:
        break;
    case SyncProblem::Action::Retry:
        refresh();
        break;
    case SyncProblem::Action::RetryMissing:
        if (m_sync && m_sync->retryMissing()) {
            setProblem({});
            m_claims->setSyncComplete(false);
            Q_EMIT syncStarted();
        } else {
            refresh();
        }
        break;
    case SyncProblem::Action::Reconnect:
        setProblem({});
        signIn(m_kind);
        break;
    case SyncProblem::Action::OpenSettings:
        Q_EMIT openSettingsRequested(m_kind);
        break;
    }
}

void AppController::dismissProblem()
{
    setProblem({});
}

void AppController::startSync(bool everything)
{
    if (m_loadingRecord) {
        // The kept record comes first: the sync then asks only for what changed since.
        m_syncAfterLoad = true;
        return;
    }
    setProblem({});
    if (m_recordSync) {
        m_recordSync->disconnect(this);
        m_recordSync->cancel();
        m_recordSync->deleteLater();
    }
    account::SyncRequest request;
    request.rawJson = account::SyncRequest::RawJson::Archived;
    request.maxConcurrentRequests = UiSettings(m_settings).concurrency();
    account::LocalRecord kept = everything ? account::LocalRecord {} : m_record;
    if (kept.isEmpty()) {
        m_patient->clear();
        m_coverage->clear();
        m_claims->clear();
        m_raw.clear();
        Q_EMIT rawArchiveChanged();
    }
    auto *recordSync = new account::RecordSync(
        m_account, std::move(kept), request, QDateTime::currentDateTimeUtc(), this);
    m_recordSync = recordSync;
    connect(recordSync, &account::RecordSync::syncStarted, this, &AppController::attachSync);
    connect(recordSync, &account::RecordSync::finished, this, &AppController::onRecordSyncFinished);
    recordSync->start();
}

void AppController::attachSync(Sync *sync, bool replacesData)
{
    if (m_sync)
        m_sync->disconnect(this);
    m_sync = sync;
    const bool incremental = sync->request().claimCount;
    m_lastSyncIncremental = incremental;
    if (replacesData) {
        m_claims->clear();
        m_raw.clear();
        Q_EMIT rawArchiveChanged();
    }
    if (incremental)
        setDataNotice(m_showingStored || !asOf().isEmpty()
                ? tr("Your data as of %1. Checking for new claims…").arg(asOf())
                : tr("Checking for new claims…"));
    else
        setDataNotice({});

    connect(sync, &Sync::accountNamed, this, [this](const QString &name) {
        m_accountName = name;
        Q_EMIT accountNameChanged(name);
    });
    connect(sync, &Sync::patientReceived, m_patient, &models::PatientModel::setPatient);
    connect(sync, &Sync::patientNotShared, m_patient, &models::PatientModel::setNotShared);
    connect(sync, &Sync::coveragesReceived, m_coverage, &models::CoverageModel::setCoverages);
    // A known claim id replaces its row: changes merge into what is shown.
    connect(sync, &Sync::claimsReceived, m_claims, &models::ClaimListModel::appendClaims);
    if (!incremental) {
        connect(sync, &Sync::claimsProgress, this, [this](qint64 received, qint64 total) {
            m_claims->setExpectedTotal(total >= 0 ? std::optional<qint64>(total) : std::nullopt);
            Q_EMIT syncProgress(received, total);
        });
    }
    connect(sync, &Sync::waitingForServer, this, &AppController::syncWaiting);
    connect(sync, &Sync::rawArchived, this, [this](const exporting::RawArchive &batch) {
        m_raw.merge(batch);
        Q_EMIT rawArchiveChanged();
    });
    connect(
        sync, &Sync::partFinished, this, [this](Sync::Part part) { onPartFinished(int(part)); });
    connect(sync, &Sync::problemChanged, this,
        [this](const SyncProblem &problem) { setProblem(withModelWords(problem)); });
    Q_EMIT syncStarted();
}

void AppController::onRecordSyncFinished()
{
    account::RecordSync *recordSync = m_recordSync;
    if (!recordSync)
        return;
    m_record = recordSync->takeRecord();
    if (m_sync)
        m_sync->disconnect(this);
    if (!m_record.state.accountName.isEmpty() && m_accountName != m_record.state.accountName) {
        m_accountName = m_record.state.accountName;
        Q_EMIT accountNameChanged(m_accountName);
    }
    m_showingStored = false;
    if (recordSync->problem().isNull())
        setDataNotice({});
    else if (!asOf().isEmpty())
        setDataNotice(tr("Showing your data as of %1.").arg(asOf()));
    if (keepsData() && m_recordStore && !m_record.isEmpty())
        m_recordStore->save(m_record);
    Q_EMIT syncFinished();
}

QString AppController::asOf() const
{
    if (!m_record.state.lastSync.isValid())
        return {};
    // "Wednesday, 2 December 2026 at 9:14 AM": a date people read without thinking.
    const QDateTime local = m_record.state.lastSync.toLocalTime();
    const QLocale locale;
    return tr("%1 at %2", "a date, then a time of day")
        .arg(locale.toString(local.date(), QLocale::LongFormat),
            locale.toString(local.time(), QLocale::ShortFormat));
}

void AppController::setDataNotice(const QString &notice)
{
    if (notice == m_dataNotice)
        return;
    m_dataNotice = notice;
    Q_EMIT dataNoticeChanged(notice);
}

bool AppController::keepsData() const
{
    return !m_storeDirectory.isEmpty() && m_kind != Environment::Kind::Local;
}

QString AppController::defaultStoreDirectory()
{
    return account::RecordStore::defaultDirectory();
}

qint64 AppController::storedDataSize() const
{
    if (m_storeDirectory.isEmpty())
        return 0;
    qint64 bytes = 0;
    const QFileInfoList files = QDir(m_storeDirectory).entryInfoList(QDir::Files);
    for (const QFileInfo &file : files)
        bytes += file.size();
    return bytes;
}

void AppController::deleteStoredData()
{
    if (m_recordStore)
        m_recordStore->remove(); // the file and its key
    m_record = {}; // the next sync downloads everything
    if (m_storeDirectory.isEmpty())
        return;
    // Other people's files too; their keys stay in the keychain, useless without the files.
    QDir dir(m_storeDirectory);
    const QStringList files = dir.entryList(QDir::Files);
    for (const QString &file : files) {
        if (!m_recordStore || dir.filePath(file) != m_recordStore->location())
            dir.remove(file);
    }
}

void AppController::openRecordStore(const QString &patientId)
{
    const QString environment = Environment::kindId(m_kind);
    if (m_recordStore && m_recordStore->patientId() == patientId
        && m_recordStore->environment() == environment)
        return;
    if (m_recordStore)
        m_recordStore->deleteLater();
    m_record = {};
    m_recordStore =
        new account::RecordStore(m_storeDirectory, environment, patientId, m_store, this);
    connect(m_recordStore, &account::RecordStore::loaded, this, &AppController::onRecordLoaded);
    connect(
        m_recordStore, &account::RecordStore::saved, this, [this](const store::StoreError &error) {
            if (error.ok()) {
                Q_EMIT recordSaved();
                return;
            }
            Q_EMIT storeProblem(error.message);
        });
    connect(m_recordStore, &account::RecordStore::removed, this, &AppController::recordRemoved);
    m_loadingRecord = true;
    m_recordStore->load();
}

void AppController::onRecordLoaded(
    const account::LocalRecord &record, const store::StoreError &error)
{
    if (!error.ok() && error.kind != store::StoreError::Kind::NoFile)
        Q_EMIT storeProblem(error.message);
    if (record.isEmpty()) {
        afterRecordShown();
        return;
    }
    // The claim rows are made on a worker thread too: 10,000 of them would hold the window
    // for a tenth of a second.
    auto *watcher = new QFutureWatcher<models::ClaimListModel::PreparedRows>(this);
    const QPointer<account::RecordStore> from = m_recordStore;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, record, from] {
        watcher->deleteLater();
        if (from != m_recordStore || !m_loadingRecord)
            return; // another person, or signed out, meanwhile
        showRecord(record, watcher->result());
        afterRecordShown();
    });
    watcher->setFuture(QtConcurrent::run(
        [claims = record.typed.claims] { return models::ClaimListModel::prepareRows(claims); }));
}

void AppController::afterRecordShown()
{
    m_loadingRecord = false;
    if (m_pendingRestoreFailure) {
        const auto failed = std::exchange(m_pendingRestoreFailure, {});
        failed();
        return;
    }
    if (m_syncAfterLoad) {
        m_syncAfterLoad = false;
        startSync();
    }
}

void AppController::showRecord(
    const account::LocalRecord &record, models::ClaimListModel::PreparedRows rows)
{
    m_record = record;
    m_patient->clear();
    m_coverage->clear();
    if (!record.typed.patients.isEmpty())
        m_patient->setPatient(record.typed.patients.constFirst());
    else if (record.state.patientNotShared)
        m_patient->setNotShared();
    m_coverage->setCoverages(record.typed.coverages);
    m_claims->fillPrepared(std::move(rows));
    if (record.state.serverClaimTotal >= 0)
        m_claims->setExpectedTotal(record.state.serverClaimTotal);
    m_claims->setSyncComplete(record.state.complete);
    m_raw = record.raw;
    Q_EMIT rawArchiveChanged();
    if (!record.state.accountName.isEmpty()) {
        m_accountName = record.state.accountName;
        Q_EMIT accountNameChanged(m_accountName);
    }
    if (m_state != State::SignedIn) {
        m_showingStored = true;
        setDataNotice(tr("Your data as of %1. Checking for new claims…").arg(asOf()));
        Q_EMIT stateChanged(m_state); // the window shows the data now
    }
}

void AppController::onPartFinished(int part)
{
    if (Sync::Part(part) != Sync::Part::Claims || !m_sync)
        return;
    const net::FetchResult *result = m_sync->result(Sync::Part::Claims);
    if (m_sync->request().claimCount) {
        // What changed was merged into what is kept: the count is the whole list's.
        m_claims->setExpectedTotal(m_claims->claimCount());
        m_claims->setSyncComplete(result->isComplete());
        return;
    }
    if (result->total)
        m_claims->setExpectedTotal(result->total);
    m_claims->setSyncComplete(result->isComplete());
    Q_EMIT syncProgress(m_claims->claimCount(), result->total.value_or(-1));
}

// The claim list says best how far an incomplete download got ("Totals cover 1,200 of 2,919
// claims").
SyncProblem AppController::withModelWords(SyncProblem problem) const
{
    if (problem.action == SyncProblem::Action::RetryMissing) {
        const QString text = m_claims->completenessText();
        if (!text.isEmpty())
            problem.message = text;
    }
    return problem;
}

void AppController::setProblem(const SyncProblem &problem)
{
    if (problem == m_problem)
        return;
    m_problem = problem;
    Q_EMIT problemChanged(problem);
}

void AppController::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void AppController::clearData()
{
    if (m_recordSync) {
        m_recordSync->disconnect(this);
        m_recordSync->cancel();
        m_recordSync->deleteLater();
        m_recordSync = nullptr;
    }
    if (m_recordStore) {
        // Another person may sign in next: their record is loaded afresh. A save under way
        // finishes first (the store waits for a write it started).
        m_recordStore->disconnect(this);
        m_recordStore->deleteLater();
        m_recordStore = nullptr;
    }
    m_record = {};
    m_loadingRecord = false;
    m_syncAfterLoad = false;
    m_pendingRestoreFailure = {};
    m_showingStored = false;
    setDataNotice({});
    if (m_sync)
        m_sync->disconnect(this);
    m_sync = nullptr;
    m_patient->clear();
    m_coverage->clear();
    m_claims->clear();
    m_raw.clear();
    Q_EMIT rawArchiveChanged();
    m_patientId.clear();
    if (!m_accountName.isEmpty()) {
        m_accountName.clear();
        Q_EMIT accountNameChanged({});
    }
    setProblem({});
}

} // namespace bb
