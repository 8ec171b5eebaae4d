#pragma once

#include "auth/secretstore.h"

#include <memory>

namespace bb::auth {

class MemorySecretStore;

// The store the app uses: the keychain while it works, memory for the rest of the session as
// soon as it turns out not to (the first job that fails with Status::Unavailable). The
// operation that hit the failure is redone in memory, so the caller still gets its result;
// memoryOnlyChanged() / keychainUnavailable() let the UI tell the user that their sign-in
// will not be remembered. Nothing is ever written to disk instead.
class FallbackSecretStore : public SecretStore
{
    Q_OBJECT
    Q_PROPERTY(bool memoryOnly READ isMemoryOnly NOTIFY memoryOnlyChanged)

public:
    // Takes ownership of `primary` (normally a KeychainSecretStore).
    explicit FallbackSecretStore(std::unique_ptr<SecretStore> primary, QObject *parent = nullptr);
    ~FallbackSecretStore() override;

    bool isMemoryOnly() const { return m_memoryOnly; }
    bool isPersistent() const override;

    // Finds out now, with a read of an entry that does not exist, whether the keychain is
    // usable, so the UI can warn before the user logs in. `done(available)` is called later.
    void probe(QObject *context, std::function<void(bool available)> done);

    // What to tell the user while isMemoryOnly(), translated; empty otherwise.
    QString statusMessage() const;
    static QString memoryOnlyMessage();

Q_SIGNALS:
    void memoryOnlyChanged(bool memoryOnly);
    // Emitted once, when the switch to memory happens. `message` is for the user (translated);
    // `detail` is the backend's technical error, for logs and a "details" box.
    void keychainUnavailable(const QString &message, const QString &detail);

protected:
    void doRead(const SecretId &id, Callback done) override;
    void doWrite(const SecretId &id, const QString &value, Callback done) override;
    void doRemove(const SecretId &id, Callback done) override;

private:
    void switchToMemory(const QString &detail);

    SecretStore *m_primary; // owned through the QObject tree
    MemorySecretStore *m_memory; // owned through the QObject tree
    bool m_memoryOnly = false;
};

} // namespace bb::auth
