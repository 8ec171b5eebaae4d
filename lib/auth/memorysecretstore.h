#pragma once

#include "auth/secretstore.h"

#include <QHash>

namespace bb::auth {

// Secrets in a hash in this process, gone when it ends: for tests, and the session-only
// fallback when there is no keychain. Nothing is ever written to disk.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT

public:
    explicit MemorySecretStore(QObject *parent = nullptr);

    bool isPersistent() const override { return false; }

    // Number of secrets held; for tests.
    qsizetype size() const { return m_secrets.size(); }

protected:
    void doRead(const SecretId &id, Callback done) override;
    void doWrite(const SecretId &id, const QString &value, Callback done) override;
    void doRemove(const SecretId &id, Callback done) override;

private:
    // Completes from the event loop, as a keychain job would.
    void finishLater(Callback done, Result result);

    QHash<QString, QString> m_secrets;
};

} // namespace bb::auth
