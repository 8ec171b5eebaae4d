#include "cli/serverconnection.h"

#include "account/accountservice.h"
#include "account/sync.h"
#include "auth/fallbacksecretstore.h"
#include "auth/keychainsecretstore.h"
#include "auth/memorysecretstore.h"
#include "auth/urlpolicy.h"
#include "cli/accesstokenfile.h"
#include "cli/demologin.h"
#include "cli/exitcode.h"
#include "cli/logging.h"
#include "net/bluebuttonclient.h"

#include <QJsonObject>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace bb::cli {

using account::AccountService;
using auth::Environment;

namespace {

bool sameServer(const QUrl &a, const QUrl &b)
{
    const auto options = QUrl::StripTrailingSlash | QUrl::NormalizePathSegments;
    return a.adjusted(options) == b.adjusted(options);
}

} // namespace

ServerConnection::ServerConnection(const ExportOptions &options, const CommandContext &context,
    QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_context(context)
    , m_nam(nam)
    , m_store(context.secretStore)
{
    if (!m_context.settings) {
        // The app's own settings file: bb::initApplicationInfo() named it.
        m_ownSettings = std::make_unique<QSettings>();
        m_context.settings = m_ownSettings.get();
    }
    if (isDemo()) {
        // The built-in sandbox lives as long as this command: its tokens are worth nothing
        // afterwards, so they never go near the keychain.
        m_store = new auth::MemorySecretStore(this);
    } else if (!m_store) {
        // The app's store: the keychain, in memory only when there is none (then nothing
        // stored by the app can be found, which noStoredSignInMessage() explains).
        m_store =
            new auth::FallbackSecretStore(std::make_unique<auth::KeychainSecretStore>(), this);
    }
    m_account = std::make_unique<AccountService>(*m_context.settings, m_store, m_nam);
    m_account->setPublisherConfig(auth::PublisherConfig::loadInstalled());
}

ServerConnection::~ServerConnection()
{
    // The service stops its sign-in and syncs before the built-in sandbox it runs.
    m_account.reset();
}

bool ServerConnection::isDemo() const
{
    return m_options.environment == "local"_L1;
}

QString ServerConnection::environmentName() const
{
    if (m_environment.kind() == Environment::Kind::Custom)
        return m_environment.baseUrl().toDisplayString();
    return Environment::displayName(m_environment.kind());
}

QString ServerConnection::refusedMessage() const
{
    if (isDemo())
        return tr("The demo sandbox ended the sign-in of %1.").arg(m_options.demoUser);
    if (!m_options.accessTokenFile.isEmpty())
        return tr("%1 refused the access token (access tokens last one hour): get a new one "
                  "and try again.")
            .arg(environmentName());
    return tr("Your Medicare connection to %1 has ended: sign in with the app again.")
        .arg(environmentName());
}

QString ServerConnection::noStoredSignInMessage() const
{
    if (auto *fallback = qobject_cast<auth::FallbackSecretStore *>(m_store.data());
        fallback && fallback->isMemoryOnly())
        return tr("The system keychain is not available here, so the sign-in the app stored "
                  "for %1 cannot be read: pass --access-token-file instead.")
            .arg(environmentName());
    return tr("No sign-in to %1 is stored: sign in with the app first, or pass "
              "--access-token-file.")
        .arg(environmentName());
}

void ServerConnection::fail(const QString &message, int exitCode)
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT failed(message, exitCode < 0 ? int(ExitCode::ServerFailed) : exitCode);
}

void ServerConnection::start()
{
    QString error;
    if (!resolveEnvironment(&error))
        return fail(error);
    qCInfo(lcCli) << "Fetching from" << m_environment.fhirBaseUrl().toString();
    if (isDemo())
        useDemoSignIn();
    else if (!m_options.accessTokenFile.isEmpty())
        useTokenFile();
    else
        useStoredSignIn();
}

bool ServerConnection::resolveOffline(QString *error)
{
    return resolveEnvironment(error);
}

QString ServerConnection::storeEnvironmentId() const
{
    // The store is keyed by environment kind: a server the app does not know would share the
    // app's "custom" file with another server's data.
    if (isDemo() || !m_appEnvironment)
        return {};
    return Environment::kindId(m_environment.kind());
}

QString ServerConnection::storedPatientId() const
{
    return m_options.patientId.isEmpty() ? m_account->storedPatientId(m_environment.kind())
                                         : m_options.patientId;
}

bool ServerConnection::resolveEnvironment(QString *error)
{
    const QString &name = m_options.environment;
    m_appEnvironment = false;
    if (isDemo()) {
        if (!m_account->startLocalSandbox()) {
            *error = tr("The built-in sandbox could not be started on this computer.");
            return false;
        }
        m_environment = m_account->environment(Environment::Kind::Local);
    } else if (const auto kind = Environment::kindFromId(name);
               kind && *kind != Environment::Kind::Custom) {
        m_environment = m_account->environment(*kind);
        m_appEnvironment = true;
    } else {
        QUrl url;
        const auth::UrlProblem problem = auth::parseUrl(name, auth::UrlRole::ServiceBase, &url);
        if (problem != auth::UrlProblem::None) {
            *error = tr("--env %1: %2").arg(name, auth::describeUrlProblem(problem));
            return false;
        }
        // A URL of a known server is that server, with its stored settings.
        m_appEnvironment = true;
        if (sameServer(url, Environment::sandboxBaseUrl())) {
            m_environment = m_account->environment(Environment::Kind::Sandbox);
        } else if (sameServer(url, Environment::productionBaseUrl())) {
            m_environment = m_account->environment(Environment::Kind::Production);
        } else {
            m_environment = m_account->environment(Environment::Kind::Custom);
            // The app's custom server is another one: only a token file can work there.
            if (!sameServer(m_environment.baseUrl(), url)) {
                m_appEnvironment = false;
                m_environment = Environment::defaults(Environment::Kind::Custom);
                m_environment.setBaseUrl(url);
            }
        }
    }
    return true;
}

void ServerConnection::useTokenFile()
{
    const AccessTokenFile file = readAccessTokenFile(m_options.accessTokenFile);
    if (!file.error.isEmpty())
        return fail(file.error, int(ExitCode::BadInput));
    m_account->useAccessToken(m_environment, file.token, m_options.patientId);
    if (m_options.patientId.isEmpty())
        findPatientFromUserInfo();
    else
        Q_EMIT ready();
}

void ServerConnection::findPatientFromUserInfo()
{
    // The token response named the patient, but only the token reached us. Blue Button's
    // userinfo says whose token it is (when personal information was shared).
    account::SyncRequest request;
    request.patient = request.coverage = request.claims = false;
    account::Sync *sync = m_account->startSync(request);
    connect(sync, &account::Sync::finished, this, [this, sync] {
        using Outcome = net::FetchResult::Outcome;
        using K = net::FetchError::Kind;
        const net::FetchResult &result = *sync->result(account::Sync::Part::UserInfo);
        const QString patient = result.json.value("patient"_L1).toString();
        if (result.outcome == Outcome::Complete && !patient.isEmpty()) {
            m_account->setPatientId(patient);
            Q_EMIT ready();
            return;
        }
        if (result.outcome == Outcome::Failed
            && (result.error.kind == K::ReconnectNeeded || result.error.kind == K::Unauthorized))
            return fail(refusedMessage());
        if (result.outcome == Outcome::NotShared || result.outcome == Outcome::Complete)
            return fail(tr("The access token does not say whose data it is (personal "
                           "information was not shared with it): pass --patient with the "
                           "patient id from the token response."));
        fail(tr("Could not ask %1 whose access token this is (%2).")
                 .arg(environmentName(), result.error.caption()));
    });
}

void ServerConnection::useStoredSignIn()
{
    const QString patientId = storedPatientId();
    if (!m_environment.isComplete() || patientId.isEmpty())
        return fail(noStoredSignInMessage());
    connect(m_account.get(), &AccountService::signedIn, this, &ServerConnection::ready);
    connect(m_account.get(), &AccountService::restoreFailed, this,
        [this](AccountService::RestoreFailure failure, const auth::AuthError &error) {
            switch (failure) {
            case AccountService::RestoreFailure::NothingStored:
                return fail(noStoredSignInMessage());
            case AccountService::RestoreFailure::Ended:
                return fail(tr("Your Medicare connection to %1 has ended (%2): sign in with "
                               "the app again.")
                                .arg(environmentName(), error.message));
            case AccountService::RestoreFailure::Unreachable:
                return fail(tr("Could not renew the sign-in to %1: %2")
                                .arg(environmentName(), error.message));
            }
        });
    m_account->restore(m_environment, patientId);
}

void ServerConnection::useDemoSignIn()
{
    auto *driver = new DemoLoginDriver(m_options.demoUser, m_environment.redirectUri(), m_nam);
    connect(m_account.get(), &AccountService::signedIn, this, &ServerConnection::ready);
    connect(m_account.get(), &AccountService::signInFailed, this,
        [this](const auth::AuthError &error) { fail(error.message); });
    m_account->signIn(m_environment, driver);
}

} // namespace bb::cli
