#include "appcontroller.h"

#include "auth/environmentsettings.h"
#include "auth/fallbacksecretstore.h"
#include "auth/loopbackbrowserdriver.h"
#include "auth/secretstore.h"
#include "auth/session.h"
#include "auth/signedinaccounts.h"
#include "auth/tokenmanager.h"
#include "login/embeddedbrowserdriver.h"
#include "models/claimlistmodel.h"
#include "models/claimsproxymodel.h"
#include "models/claimtypesmodel.h"
#include "models/coveragemodels.h"
#include "models/drugsmodel.h"
#include "models/patientmodel.h"
#include "net/bluebuttonclient.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxthread.h"
#include "shelllogging.h"
#include "uisettings.h"

#include <QDesktopServices>
#include <QFutureWatcher>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace bb {

using auth::Environment;

AppController::AppController(QSettings &settings, auth::SecretStore *store, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_store(store)
    , m_nam(new QNetworkAccessManager(this))
    , m_patient(new models::PatientModel(this))
    , m_coverage(new models::CoverageModel(this))
    , m_claims(new models::ClaimListModel(this))
    , m_claimsProxy(new models::ClaimsProxyModel(this))
    , m_claimTypes(new models::ClaimTypesModel(this))
    , m_drugs(new models::DrugsModel(this))
{
    qRegisterMetaType<SyncProblem>();
    m_store->setParent(this);
    m_claimsProxy->setSourceModel(m_claims);
    m_claimTypes->setProxy(m_claimsProxy);
    m_drugs->setSourceModel(m_claims);
}

AppController::~AppController()
{
    // Jobs and the session talk to the sandbox: stop them before its thread goes.
    dropSession();
    if (m_sandbox)
        m_sandbox->stop();
}

auth::FallbackSecretStore *AppController::fallbackStore() const
{
    return qobject_cast<auth::FallbackSecretStore *>(m_store);
}

bool AppController::startLocalSandbox()
{
    if (m_sandbox)
        return true;
    auto thread = std::make_unique<sandbox::SandboxThread>(1);
    if (!thread->start(0)) {
        qCWarning(lcShell) << "the built-in sandbox could not listen on 127.0.0.1";
        return false;
    }
    m_localBaseUrl = thread->baseUrl();
    m_sandbox = std::move(thread);
    qCInfo(lcShell) << "built-in sandbox at" << m_localBaseUrl.toString();
    return true;
}

Environment AppController::environment(Environment::Kind kind) const
{
    if (kind == Environment::Kind::Local) {
        Environment local = Environment::defaults(Environment::Kind::Local);
        if (m_localBaseUrl.isValid())
            local.setBaseUrl(m_localBaseUrl);
        local.setClientId(sandbox::SandboxServer::demoClient().clientId);
        return local;
    }
    auth::EnvironmentSettings stored(m_settings);
    return stored.load(kind);
}

bool AppController::isConfigured(Environment::Kind kind) const
{
    return kind == Environment::Kind::Local || environment(kind).isComplete();
}

bool AppController::isSyncing() const
{
    for (const auto &job : {m_userInfoJob, m_patientJob, m_coverageJob, m_claimsJob}) {
        if (job && !job->isFinished())
            return true;
    }
    return false;
}

login::LoginDialog *AppController::loginDialog() const
{
    auto *embedded = qobject_cast<login::EmbeddedBrowserDriver *>(m_browser.data());
    return embedded ? embedded->dialog() : nullptr;
}

QString AppController::progressText(qint64 received, qint64 total)
{
    const QLocale locale;
    if (total < 0)
        return tr("Loading claims… %1").arg(locale.toString(received));
    return tr("Loading claims… %1 of %2").arg(locale.toString(received), locale.toString(total));
}

void AppController::signIn(Environment::Kind kind)
{
    if (m_state == State::SigningIn)
        return;
    m_kind = kind;
    const Environment env = environment(kind);
    if (kind == Environment::Kind::Local) {
        if (!startLocalSandbox()) {
            Q_EMIT signInFinished(login::LoginMessageKind::Problem,
                tr("The demo server could not be started on this computer."));
            return;
        }
        startSession(environment(kind), sandbox::SandboxServer::demoClient().clientSecret);
        return;
    }
    if (!env.isComplete()) {
        Q_EMIT openSettingsRequested(kind);
        return;
    }
    if (env.clientAuthentication() == Environment::ClientAuthentication::TokenProxy) {
        startSession(env, {});
        return;
    }
    setState(State::SigningIn);
    m_store->read(auth::SecretId::clientSecret(env.id()), this,
        [this, env](const auth::SecretStore::Result &result) {
            if (!result.ok() || result.value.isEmpty()) {
                setState(State::SignedOut);
                Q_EMIT signInFinished(login::LoginMessageKind::Problem,
                    tr("No client secret is stored for %1. Enter it in the settings.")
                        .arg(Environment::displayName(env.kind())));
                Q_EMIT openSettingsRequested(env.kind());
                return;
            }
            startSession(env, result.value);
        });
}

void AppController::startSession(const Environment &environment, const QString &secret)
{
    m_resuming = false;
    createSession(environment, secret);
    setState(State::SigningIn);
    m_session->signIn();
}

bool AppController::resumeStoredSignIn()
{
    if (m_state != State::SignedOut)
        return false;
    const Environment::Kind kind = auth::EnvironmentSettings(m_settings).currentKind();
    if (kind == Environment::Kind::Local)
        return false;
    const QString patientId = auth::SignedInAccounts(m_settings).patientId(kind);
    const Environment env = environment(kind);
    if (patientId.isEmpty() || !env.isComplete())
        return false;
    m_kind = kind;
    m_resuming = true;
    setState(State::SigningIn);
    if (env.clientAuthentication() == Environment::ClientAuthentication::TokenProxy) {
        resumeSession(env, {}, patientId);
        return true;
    }
    m_store->read(auth::SecretId::clientSecret(env.id()), this,
        [this, env, patientId](const auth::SecretStore::Result &result) {
            if (!result.ok() || result.value.isEmpty()) {
                m_resuming = false;
                setState(State::SignedOut); // the login button still works
                return;
            }
            resumeSession(env, result.value, patientId);
        });
    return true;
}

void AppController::resumeSession(
    const Environment &environment, const QString &secret, const QString &patientId)
{
    createSession(environment, secret);
    m_resuming = true;
    setState(State::SigningIn);
    // What TokenManager does with a stored sign-in: read the refresh token, refresh, store the
    // rotated one, and only then hand out the access token.
    auth::TokenManager *tokens = m_session->tokens();
    tokens->restore(
        patientId, this, [this, tokens, patientId](auth::TokenProvider::RefreshResult result) {
            using R = auth::TokenProvider::RefreshResult;
            if (!m_session || m_session->tokens() != tokens)
                return; // signed in or out some other way meanwhile
            const QString name = Environment::displayName(m_kind);
            m_resuming = false;
            switch (result) {
            case R::Refreshed:
                onSignedIn(patientId, true);
                return;
            case R::ReconnectNeeded:
                // The grant ended (13 months, or revoked on Medicare.gov): nothing to resume.
                auth::SignedInAccounts(m_settings).forget(m_kind);
                dropSession();
                setState(State::SignedOut);
                Q_EMIT signInFinished(login::LoginMessageKind::Information,
                    tr("Your Medicare connection to %1 has ended. Log in again to continue.")
                        .arg(name));
                return;
            case R::Failed:
                // Offline, or the server is down: the stored sign-in stays for the next try.
                dropSession();
                setState(State::SignedOut);
                Q_EMIT signInFinished(login::LoginMessageKind::Problem,
                    tr("Could not reconnect to %1 (%2). Check your internet connection, then log "
                       "in again.")
                        .arg(name, tokens->lastError().message));
                return;
            }
        });
}

void AppController::createSession(const Environment &environment, const QString &secret)
{
    dropSession();
    clearData();
    UiSettings ui(m_settings);
    if (ui.browser() == UiSettings::Browser::System) {
        m_browser = new auth::LoopbackBrowserDriver(
            [](const QUrl &url) { return QDesktopServices::openUrl(url); },
            environment.redirectUri().path(), this);
    } else {
        auto *embedded = new login::EmbeddedBrowserDriver(
            login::NavigationPolicy::forEnvironment(environment, environment.redirectUri()),
            m_dialogParent, this);
        connect(embedded, &login::EmbeddedBrowserDriver::dialogOpened, this,
            &AppController::loginDialogOpened);
        m_browser = embedded;
    }
    m_session = new auth::Session(environment, secret, m_store, m_browser, m_nam, this);
    m_session->setUiLanguage(m_uiLanguage);
    connect(m_session, &auth::Session::signedIn, this, &AppController::onSignedIn);
    connect(m_session, &auth::Session::signInFailed, this, &AppController::onSignInFailed);
    connect(m_session, &auth::Session::reconnectNeeded, this, [this](const QString &message) {
        setProblem({message, SyncProblem::Action::Reconnect});
    });
    connect(m_session, &auth::Session::signedOut, this, [this] {
        auth::SignedInAccounts(m_settings).forget(m_kind);
        // The next start opens on the welcome screen, not on this account.
        auth::EnvironmentSettings(m_settings).setCurrentKind(Environment::Kind::Local);
        dropSession();
        clearData();
        setState(State::SignedOut);
    });
}

void AppController::onSignedIn(const QString &patientId, bool persisted)
{
    m_patientId = patientId;
    // `bbviewer export --env ...` finds the keychain's refresh token by this id. The built-in
    // sandbox's tokens die with the process that ran it, so there is nothing to find later.
    if (persisted && m_kind != Environment::Kind::Local) {
        auth::SignedInAccounts(m_settings).remember(m_kind, patientId);
        // ... and the next start reconnects here (resumeStoredSignIn()).
        auth::EnvironmentSettings(m_settings).setCurrentKind(m_kind);
    }
    setState(State::SignedIn);
    QString message = tr("You are connected to %1.").arg(Environment::displayName(m_kind));
    if (!persisted)
        message += u' ' + auth::FallbackSecretStore::memoryOnlyMessage();
    Q_EMIT signInFinished(login::LoginMessageKind::Success, message);
    Q_EMIT signedIn();

    const Environment env = m_session->environment();
    m_client = new net::BlueButtonClient(
        net::Endpoints::fromEnvironment(env), m_session->tokens(), m_nam, this);
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
    if (m_session && m_session->isSigningIn())
        m_session->cancelSignIn();
}

void AppController::signOut()
{
    cancelSync();
    if (m_session && m_state == State::SignedIn) {
        m_session->signOut(); // ends in signedOut(): revoked on the server, tokens deleted
        return;
    }
    dropSession();
    clearData();
    setState(State::SignedOut);
}

void AppController::refresh()
{
    if (m_state != State::SignedIn || !m_client)
        return;
    startSync();
}

void AppController::cancelSync()
{
    for (const auto &job : {m_userInfoJob, m_patientJob, m_coverageJob, m_claimsJob}) {
        if (job && !job->isFinished())
            job->cancel();
    }
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
        if (m_claimsJob && m_claimsJob->retryFailed()) {
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
    cancelSync();
    for (const auto &job : {m_userInfoJob, m_patientJob, m_coverageJob, m_claimsJob}) {
        if (job)
            job->deleteLater();
    }
    m_patient->clear();
    m_coverage->clear();
    m_claims->clear();
    setProblem({});

    net::ClientOptions options;
    options.maxConcurrentRequests = UiSettings(m_settings).concurrency();
    m_client->setOptions(options);
    m_userInfoJob = m_client->fetchUserInfo();
    // Patient, coverage and claims keep their JSON as received, archived compressed below.
    discardRawArchive();
    options.keepRawJson = true;
    m_client->setOptions(options);
    m_patientJob = m_client->fetchPatient();
    m_coverageJob = m_client->fetchCoverage();
    // The claim list keeps its own copy of every claim: no second one in the job's result.
    options.accumulate = false;
    m_client->setOptions(options);
    m_claimsJob = m_client->fetchClaims();

    connect(m_claimsJob, &net::FetchJob::pageReady, m_claims,
        [this](const net::Page &page) { m_claims->appendClaims(page.claims); });
    connect(m_claimsJob, &net::FetchJob::progress, this, [this](qint64 received, qint64 total) {
        m_claims->setExpectedTotal(total >= 0 ? std::optional<qint64>(total) : std::nullopt);
        Q_EMIT syncProgress(received, total);
    });
    for (const auto &job : {m_userInfoJob, m_patientJob, m_coverageJob, m_claimsJob})
        watchJob(job);
    Q_EMIT syncStarted();
}

void AppController::watchJob(net::FetchJob *job)
{
    connect(job, &net::FetchJob::finished, this, [this, job] { onJobFinished(job); });
}

void AppController::onJobFinished(net::FetchJob *job)
{
    using Outcome = net::FetchResult::Outcome;
    const net::FetchResult &result = job->result();
    if (job == m_userInfoJob) {
        const QJsonObject json = result.json;
        QString name = json.value("name"_L1).toString().trimmed();
        if (name.isEmpty()) {
            name = QStringList {json.value("given_name"_L1).toString(),
                json.value("family_name"_L1).toString()}
                       .join(u' ')
                       .trimmed();
        }
        if (name.isEmpty())
            name = tr("Medicare beneficiary %1").arg(m_patientId);
        m_accountName = name;
        Q_EMIT accountNameChanged(name);
        // userinfo only names the account: its failure alone is not worth a banner.
    } else if (job == m_patientJob) {
        if (result.outcome == Outcome::NotShared)
            m_patient->setNotShared();
        else if (!result.patients.isEmpty())
            m_patient->setPatient(result.patients.constFirst());
    } else if (job == m_coverageJob) {
        if (!result.coverages.isEmpty())
            m_coverage->setCoverages(result.coverages);
    } else if (job == m_claimsJob) {
        if (result.total)
            m_claims->setExpectedTotal(result.total);
        m_claims->setSyncComplete(result.isComplete());
        Q_EMIT syncProgress(m_claims->claimCount(), result.total.value_or(-1));
    }
    if (job != m_userInfoJob) {
        archiveRawPages(job);
        const SyncProblem problem = problemFor(*job);
        // A reconnect outranks everything (nothing else can work without it); otherwise
        // the first problem stays until it is dealt with.
        if (!problem.isNull()
            && (m_problem.isNull() || problem.action == SyncProblem::Action::Reconnect))
            setProblem(problem);
    }
    if (!isSyncing())
        Q_EMIT syncFinished();
}

void AppController::archiveRawPages(net::FetchJob *job)
{
    QList<QByteArray> pages = job->takeRawPages();
    if (pages.isEmpty())
        return;
    // Splitting and compressing 10,000 claims' JSON takes a second or two: never here.
    const quint64 generation = m_rawGeneration;
    ++m_rawPending;
    auto *watcher = new QFutureWatcher<exporting::RawArchive>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_rawGeneration)
            return; // signed out or synced again meanwhile: not this data any more
        --m_rawPending;
        m_raw.merge(watcher->result());
        Q_EMIT rawArchiveChanged();
    });
    watcher->setFuture(QtConcurrent::run(
        [pages = std::move(pages)]() { return exporting::RawArchive::fromPages(pages); }));
}

void AppController::discardRawArchive()
{
    ++m_rawGeneration;
    m_rawPending = 0;
    m_raw.clear();
    Q_EMIT rawArchiveChanged();
}

SyncProblem AppController::problemFor(const net::FetchJob &job) const
{
    using Outcome = net::FetchResult::Outcome;
    using K = net::FetchError::Kind;
    const net::FetchResult &result = job.result();
    switch (result.outcome) {
    case Outcome::Running:
    case Outcome::Complete:
    case Outcome::NotShared:
    case Outcome::Cancelled:
        return {};
    case Outcome::Incomplete:
        // Nothing arrived at all: that is a failed sync, not a partial one.
        if (result.pagesReceived == 0 && !result.failedPages.isEmpty())
            return {result.failedPages.constFirst().error.caption(), SyncProblem::Action::Retry};
        if (&job == m_claimsJob.data()) {
            QString text = m_claims->completenessText();
            if (text.isEmpty())
                text = tr("Some claims could not be loaded.");
            return {text, SyncProblem::Action::RetryMissing};
        }
        return {tr("Some of your data could not be loaded."), SyncProblem::Action::Retry};
    case Outcome::Failed:
        break;
    }
    switch (result.error.kind) {
    case K::ReconnectNeeded:
    case K::Unauthorized:
        return {tr("Your Medicare connection has ended. Log in again to continue."),
            SyncProblem::Action::Reconnect};
    case K::Cancelled:
        return {};
    case K::Forbidden:
        return {result.error.caption(), SyncProblem::Action::Reconnect};
    default:
        return {result.error.caption(), SyncProblem::Action::Retry};
    }
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
    m_patient->clear();
    m_coverage->clear();
    m_claims->clear();
    discardRawArchive();
    m_patientId.clear();
    if (!m_accountName.isEmpty()) {
        m_accountName.clear();
        Q_EMIT accountNameChanged({});
    }
    setProblem({});
}

void AppController::dropSession()
{
    cancelSync();
    for (const auto &job : {m_userInfoJob, m_patientJob, m_coverageJob, m_claimsJob}) {
        if (job)
            job->disconnect(this);
    }
    delete m_client; // owns its jobs
    if (m_session) {
        m_session->disconnect(this);
        m_session->cancelSignIn();
        m_session->deleteLater();
    }
    if (m_browser) {
        m_browser->disconnect(this);
        m_browser->deleteLater();
    }
}

} // namespace bb
