#include "appcontroller.h"

#include "account/accountservice.h"
#include "account/sync.h"
#include "auth/fallbacksecretstore.h"
#include "auth/loopbackbrowserdriver.h"
#include "auth/secretstore.h"
#include "login/embeddedbrowserdriver.h"
#include "models/claimlistmodel.h"
#include "models/coveragemodels.h"
#include "models/patientmodel.h"
#include "sandbox/sandboxthread.h"
#include "shelllogging.h"
#include "uisettings.h"

#include <QDesktopServices>
#include <QNetworkAccessManager>
#include <QSettings>

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
    m_kind = kind;
    m_resuming = false;
    clearData();
    setState(State::SigningIn);
    auth::BrowserDriver *browser = makeBrowser(env);
    m_browser = browser;
    m_account->signIn(env, browser);
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
    m_account->restore(env, patientId);
    return true;
}

void AppController::onRestoreFailed(int failure, const auth::AuthError &error)
{
    using F = AccountService::RestoreFailure;
    m_resuming = false;
    setState(State::SignedOut); // the login button still works
    const QString name = Environment::displayName(m_kind);
    switch (F(failure)) {
    case F::NothingStored:
        return;
    case F::Ended:
        Q_EMIT signInFinished(login::LoginMessageKind::Information,
            tr("Your Medicare connection to %1 has ended. Log in again to continue.").arg(name));
        return;
    case F::Unreachable:
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
    if (!persisted)
        message += u' ' + auth::FallbackSecretStore::memoryOnlyMessage();
    Q_EMIT signInFinished(login::LoginMessageKind::Success, message);
    Q_EMIT signedIn();
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
    // Ends in AccountService::signedOut(): revoked on the server, tokens deleted, forgotten.
    m_account->signOut();
}

void AppController::refresh()
{
    if (m_state != State::SignedIn)
        return;
    startSync();
}

void AppController::cancelSync()
{
    if (m_sync)
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

void AppController::startSync()
{
    m_patient->clear();
    m_coverage->clear();
    m_claims->clear();
    m_raw.clear();
    Q_EMIT rawArchiveChanged();
    setProblem({});

    account::SyncRequest request;
    // The claim list keeps its own copy of every claim: no second one in the results.
    request.collect = false;
    request.rawJson = account::SyncRequest::RawJson::Archived;
    request.maxConcurrentRequests = UiSettings(m_settings).concurrency();
    if (m_sync)
        m_sync->disconnect(this);
    m_sync = m_account->startSync(request);
    if (!m_sync)
        return;

    connect(m_sync, &Sync::accountNamed, this, [this](const QString &name) {
        m_accountName = name;
        Q_EMIT accountNameChanged(name);
    });
    connect(m_sync, &Sync::patientReceived, m_patient, &models::PatientModel::setPatient);
    connect(m_sync, &Sync::patientNotShared, m_patient, &models::PatientModel::setNotShared);
    connect(m_sync, &Sync::coveragesReceived, m_coverage, &models::CoverageModel::setCoverages);
    connect(m_sync, &Sync::claimsReceived, m_claims, &models::ClaimListModel::appendClaims);
    connect(m_sync, &Sync::claimsProgress, this, [this](qint64 received, qint64 total) {
        m_claims->setExpectedTotal(total >= 0 ? std::optional<qint64>(total) : std::nullopt);
        Q_EMIT syncProgress(received, total);
    });
    connect(m_sync, &Sync::rawArchived, this, [this](const exporting::RawArchive &batch) {
        m_raw.merge(batch);
        Q_EMIT rawArchiveChanged();
    });
    connect(
        m_sync, &Sync::partFinished, this, [this](Sync::Part part) { onPartFinished(int(part)); });
    connect(m_sync, &Sync::problemChanged, this,
        [this](const SyncProblem &problem) { setProblem(withModelWords(problem)); });
    connect(m_sync, &Sync::finished, this, &AppController::syncFinished);
    Q_EMIT syncStarted();
}

void AppController::onPartFinished(int part)
{
    if (Sync::Part(part) != Sync::Part::Claims || !m_sync)
        return;
    const net::FetchResult *result = m_sync->result(Sync::Part::Claims);
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
