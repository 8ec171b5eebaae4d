#pragma once

#include "auth/environment.h"
#include "auth/secretstore.h"
#include "cli/commandcontext.h"
#include "cli/exportoptions.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QNetworkAccessManager;
class QSettings;

namespace bb::account {
class AccountService;
class Sync;
} // namespace bb::account

namespace bb::cli {

// Everything `--env` needs before the first FHIR request: which server, and a signed-in
// account service for whose data (docs/export.md, "From a server"). The sign-in itself is the
// app's own (account::AccountService):
//   --access-token-file   the token as given; the patient from --patient, else userinfo;
//   (nothing)             the sign-in the app stored for that environment, restored exactly
//                         as the app restores it at start-up;
//   --env local           the built-in sandbox, started in this process, and a scripted
//                         sign-in of --demo-user on it (tokens kept in memory only).
// Ends in ready() or failed(message), once. For --offline only resolveOffline() is used: it
// names the environment and whose record to read without a request.
class ServerConnection : public QObject
{
    Q_OBJECT

public:
    ServerConnection(const ExportOptions &options, const CommandContext &context,
        QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~ServerConnection() override;

    void start();

    // The signed-in service (after ready()), for the fetch.
    account::AccountService *account() const { return m_account.get(); }
    // What to tell the person when the server refuses the token during the fetch.
    QString refusedMessage() const;

    // --offline: which environment, without a request. False (and `error`) when --env names
    // nothing usable.
    bool resolveOffline(QString *error);
    // Where the app keeps this environment's data ("sandbox", "production", "custom"); empty
    // for the demo and for a server the app does not know (its data is never kept).
    QString storeEnvironmentId() const;
    // Whose data: --patient, else the account the app last signed in with (for --offline).
    QString storedPatientId() const;
    // The secret store that also holds the keys of the kept records.
    auth::SecretStore *secretStore() const { return m_store; }
    QString environmentName() const;

Q_SIGNALS:
    void ready();
    // `exitCode`: an ExitCode (BadInput for an unusable token file, else ServerFailed).
    void failed(const QString &message, int exitCode);

private:
    bool resolveEnvironment(QString *error);
    void useTokenFile();
    void findPatientFromUserInfo();
    void useStoredSignIn();
    void useDemoSignIn();
    void fail(const QString &message, int exitCode = -1);
    QString noStoredSignInMessage() const;
    bool isDemo() const;

    ExportOptions m_options;
    CommandContext m_context;
    QNetworkAccessManager *m_nam;
    std::unique_ptr<QSettings> m_ownSettings;
    QPointer<auth::SecretStore> m_store;
    std::unique_ptr<account::AccountService> m_account;
    auth::Environment m_environment;
    bool m_appEnvironment = false; // one of the app's environments, with its stored settings
    bool m_done = false;
};

} // namespace bb::cli
