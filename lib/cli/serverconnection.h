#pragma once

#include "auth/environment.h"
#include "auth/tokenprovider.h"
#include "cli/commandcontext.h"
#include "cli/exitcode.h"
#include "cli/exportoptions.h"
#include "net/bluebuttonclient.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QNetworkAccessManager;
class QSettings;

namespace bb::auth {
class SecretStore;
} // namespace bb::auth

namespace bb::sandbox {
class SandboxThread;
}

namespace bb::cli {

// Everything `--env` needs before the first FHIR request: which server, and an access token
// for whose data (docs/export.md, "From a server"):
//   --access-token-file   the token as given; the patient from --patient, else userinfo;
//   (nothing)             the sign-in the app stored for that environment: the refresh token
//                         from the keychain, refreshed by TokenManager, the rotated one stored
//                         again before the new access token is used, exactly as in the app;
//   --env local           the built-in sandbox, started in this process, and a scripted
//                         sign-in of --demo-user on it (tokens kept in memory only).
// Ends in ready() or failed(message), once.
class ServerConnection : public QObject
{
    Q_OBJECT

public:
    ServerConnection(const ExportOptions &options, const CommandContext &context,
        QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~ServerConnection() override;

    void start();

    net::Endpoints endpoints() const { return m_endpoints; }
    auth::TokenProvider *tokens() const { return m_tokens; }
    // What to tell the person when the server refuses the token during the fetch.
    QString refusedMessage() const;

Q_SIGNALS:
    void ready();
    // `exitCode`: an ExitCode (BadInput for an unusable token file, else ServerFailed).
    void failed(const QString &message, int exitCode);

private:
    bool resolveEnvironment(QString *error);
    void useTokenFile();
    void findPatientFromUserInfo();
    void useStoredSignIn();
    void restoreWith(const QString &clientSecret);
    void useDemoSignIn();
    void fail(const QString &message, int exitCode = -1);
    QString noStoredSignInMessage() const;
    QString environmentName() const;

    ExportOptions m_options;
    CommandContext m_context;
    QNetworkAccessManager *m_nam;
    std::unique_ptr<QSettings> m_ownSettings;
    QPointer<auth::SecretStore> m_store;
    std::unique_ptr<sandbox::SandboxThread> m_sandbox;
    auth::Environment m_environment;
    net::Endpoints m_endpoints;
    QPointer<auth::TokenProvider> m_tokens;
    QString m_patientId;
    bool m_done = false;
};

} // namespace bb::cli
