#include "cli/serverconnection.h"

#include "auth/environmentsettings.h"
#include "auth/fallbacksecretstore.h"
#include "auth/keychainsecretstore.h"
#include "auth/memorysecretstore.h"
#include "auth/secretstore.h"
#include "auth/session.h"
#include "auth/signedinaccounts.h"
#include "auth/tokenmanager.h"
#include "auth/urlpolicy.h"
#include "cli/accesstokenfile.h"
#include "cli/demologin.h"
#include "cli/logging.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxthread.h"

#include <QJsonObject>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace bb::cli {

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
}

ServerConnection::~ServerConnection()
{
    // The sign-in objects talk to the built-in sandbox: let them go before its thread does.
    const QObjectList owned = children();
    qDeleteAll(owned);
    m_sandbox.reset();
}

QString ServerConnection::environmentName() const
{
    if (m_environment.kind() == Environment::Kind::Custom)
        return m_environment.baseUrl().toDisplayString();
    return Environment::displayName(m_environment.kind());
}

QString ServerConnection::refusedMessage() const
{
    if (m_sandbox)
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
    qCInfo(lcCli) << "Fetching from" << m_endpoints.fhirBase.toString();
    if (m_sandbox)
        useDemoSignIn();
    else if (!m_options.accessTokenFile.isEmpty())
        useTokenFile();
    else
        useStoredSignIn();
}

bool ServerConnection::resolveEnvironment(QString *error)
{
    const QString &name = m_options.environment;
    auth::EnvironmentSettings stored(*m_context.settings);
    if (name == "local"_L1) {
        // Seed 1: the same demo data the app's built-in sandbox serves.
        m_sandbox = std::make_unique<sandbox::SandboxThread>(1);
        if (!m_sandbox->start(0)) {
            *error = tr("The built-in sandbox could not be started on this computer.");
            return false;
        }
        m_environment = Environment::defaults(Environment::Kind::Local);
        m_environment.setBaseUrl(m_sandbox->baseUrl());
        m_environment.setClientId(sandbox::SandboxServer::demoClient().clientId);
    } else if (const auto kind = Environment::kindFromId(name);
               kind && *kind != Environment::Kind::Custom) {
        m_environment = stored.load(*kind);
    } else {
        QUrl url;
        const auth::UrlProblem problem = auth::parseUrl(name, auth::UrlRole::ServiceBase, &url);
        if (problem != auth::UrlProblem::None) {
            *error = tr("--env %1: %2").arg(name, auth::describeUrlProblem(problem));
            return false;
        }
        // A URL of a known server is that server, with its stored settings.
        if (sameServer(url, Environment::sandboxBaseUrl())) {
            m_environment = stored.load(Environment::Kind::Sandbox);
        } else if (sameServer(url, Environment::productionBaseUrl())) {
            m_environment = stored.load(Environment::Kind::Production);
        } else {
            m_environment = stored.load(Environment::Kind::Custom);
            // The app's custom server is another one: only a token file can work there.
            if (!sameServer(m_environment.baseUrl(), url)) {
                m_environment = Environment::defaults(Environment::Kind::Custom);
                m_environment.setBaseUrl(url);
            }
        }
    }
    m_endpoints = net::Endpoints::fromEnvironment(m_environment);
    return true;
}

void ServerConnection::useTokenFile()
{
    const AccessTokenFile file = readAccessTokenFile(m_options.accessTokenFile);
    if (!file.error.isEmpty())
        return fail(file.error, int(ExitCode::BadInput));
    m_tokens = new FixedTokenProvider(file.token, m_options.patientId, this);
    if (m_options.patientId.isEmpty())
        findPatientFromUserInfo();
    else
        Q_EMIT ready();
}

void ServerConnection::findPatientFromUserInfo()
{
    // The token response named the patient, but only the token reached us. Blue Button's
    // userinfo says whose token it is (when personal information was shared).
    auto *client = new net::BlueButtonClient(m_endpoints, m_tokens, m_nam, this);
    net::FetchJob *job = client->fetchUserInfo();
    connect(job, &net::FetchJob::finished, this, [this, client, job] {
        using Outcome = net::FetchResult::Outcome;
        using K = net::FetchError::Kind;
        const net::FetchResult &result = job->result();
        const QString patient = result.json.value("patient"_L1).toString();
        const net::FetchError error = result.error;
        const Outcome outcome = result.outcome;
        client->deleteLater();
        if (outcome == Outcome::Complete && !patient.isEmpty()) {
            static_cast<FixedTokenProvider *>(m_tokens.data())->setPatientId(patient);
            Q_EMIT ready();
            return;
        }
        if (outcome == Outcome::Failed
            && (error.kind == K::ReconnectNeeded || error.kind == K::Unauthorized))
            return fail(refusedMessage());
        if (outcome == Outcome::NotShared || outcome == Outcome::Complete)
            return fail(tr("The access token does not say whose data it is (personal "
                           "information was not shared with it): pass --patient with the "
                           "patient id from the token response."));
        fail(tr("Could not ask %1 whose access token this is (%2).")
                 .arg(environmentName(), error.caption()));
    });
}

void ServerConnection::useStoredSignIn()
{
    m_patientId = m_options.patientId.isEmpty()
        ? auth::SignedInAccounts(*m_context.settings).patientId(m_environment.kind())
        : m_options.patientId;
    if (!m_environment.isComplete() || m_patientId.isEmpty())
        return fail(noStoredSignInMessage());
    if (!m_store) {
        // The app's store: the keychain, in memory only when there is none (then nothing
        // stored by the app can be found, which noStoredSignInMessage() explains).
        m_store =
            new auth::FallbackSecretStore(std::make_unique<auth::KeychainSecretStore>(), this);
    }
    if (m_environment.clientAuthentication() == Environment::ClientAuthentication::TokenProxy)
        return restoreWith({});
    m_store->read(auth::SecretId::clientSecret(m_environment.id()), this,
        [this](const auth::SecretStore::Result &result) {
            if (!result.ok() || result.value.isEmpty())
                return fail(noStoredSignInMessage());
            restoreWith(result.value);
        });
}

void ServerConnection::restoreWith(const QString &clientSecret)
{
    // TokenManager does what the app does with a stored sign-in: read the refresh token,
    // refresh, store the rotated refresh token, and only then hand out the access token.
    auto *tokens = new auth::TokenManager(m_environment, clientSecret, m_store, m_nam, this);
    m_tokens = tokens;
    tokens->restore(m_patientId, this, [this, tokens](auth::TokenProvider::RefreshResult result) {
        using R = auth::TokenProvider::RefreshResult;
        const auth::AuthError error = tokens->lastError();
        switch (result) {
        case R::Refreshed:
            Q_EMIT ready();
            return;
        case R::ReconnectNeeded:
            if (!error.isError())
                return fail(noStoredSignInMessage());
            return fail(tr("Your Medicare connection to %1 has ended (%2): sign in with the "
                           "app again.")
                            .arg(environmentName(), error.message));
        case R::Failed:
            if (!error.isError())
                return fail(noStoredSignInMessage());
            return fail(
                tr("Could not renew the sign-in to %1: %2").arg(environmentName(), error.message));
        }
    });
}

void ServerConnection::useDemoSignIn()
{
    // The built-in sandbox lives as long as this command: its tokens are worth nothing
    // afterwards, so they never go near the keychain.
    auto *store = new auth::MemorySecretStore(this);
    auto *driver =
        new DemoLoginDriver(m_options.demoUser, m_environment.redirectUri(), m_nam, this);
    auto *session = new auth::Session(m_environment,
        sandbox::SandboxServer::demoClient().clientSecret, store, driver, m_nam, this);
    connect(session, &auth::Session::signedIn, this, [this, session] {
        m_tokens = session->tokens();
        Q_EMIT ready();
    });
    connect(session, &auth::Session::signInFailed, this,
        [this](const auth::AuthError &error) { fail(error.message); });
    session->signIn();
}

} // namespace bb::cli
