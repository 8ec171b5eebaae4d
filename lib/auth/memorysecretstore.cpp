#include "auth/memorysecretstore.h"

#include <QTimer>

namespace bb::auth {

MemorySecretStore::MemorySecretStore(QObject *parent)
    : SecretStore(parent)
{
}

void MemorySecretStore::finishLater(Callback done, Result result)
{
    QTimer::singleShot(
        0, this, [done = std::move(done), result = std::move(result)]() { done(result); });
}

void MemorySecretStore::doRead(const SecretId &id, Callback done)
{
    // Looked up now, not when the callback runs: a real keychain answers with the state
    // at the time the job ran, and a write queued after this read must not leak into it.
    const auto it = m_secrets.constFind(id.key());
    Result result;
    if (it == m_secrets.cend()) {
        result.status = Status::NotFound;
    } else {
        result.status = Status::Ok;
        result.value = it.value();
    }
    finishLater(std::move(done), std::move(result));
}

void MemorySecretStore::doWrite(const SecretId &id, const QString &value, Callback done)
{
    m_secrets.insert(id.key(), value);
    finishLater(std::move(done), Result {Status::Ok, {}, {}});
}

void MemorySecretStore::doRemove(const SecretId &id, Callback done)
{
    const bool removed = m_secrets.remove(id.key());
    finishLater(std::move(done), Result {removed ? Status::Ok : Status::NotFound, {}, {}});
}

} // namespace bb::auth
