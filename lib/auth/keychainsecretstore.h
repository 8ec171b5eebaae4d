#pragma once

#include "auth/secretstore.h"

namespace QKeychain {
class Job;
}

namespace bb::auth {

// Secrets in the operating system's keychain through QtKeychain (libsecret / gnome-keyring
// or KWallet on Linux, Keychain on macOS, Credential Manager on Windows).
//
// QtKeychain's "insecure fallback" (plain text in a QSettings file) is switched off on every
// job: if there is no keychain the job fails with Status::Unavailable and the caller decides
// (FallbackSecretStore keeps secrets in memory for the session instead).
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT

public:
    // `service` groups our entries in the keychain; by default the application name.
    explicit KeychainSecretStore(QObject *parent = nullptr);
    explicit KeychainSecretStore(const QString &service, QObject *parent = nullptr);

    QString service() const { return m_service; }
    bool isPersistent() const override { return true; }

    // How a finished job's error maps onto Status; public for tests.
    static Status statusFor(int keychainError);

protected:
    void doRead(const SecretId &id, Callback done) override;
    void doWrite(const SecretId &id, const QString &value, Callback done) override;
    void doRemove(const SecretId &id, Callback done) override;

private:
    void start(QKeychain::Job *job, const SecretId &id, Callback done);

    QString m_service;
};

} // namespace bb::auth
