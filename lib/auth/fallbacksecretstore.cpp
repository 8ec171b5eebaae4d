#include "auth/fallbacksecretstore.h"

#include "auth/logging.h"
#include "auth/memorysecretstore.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace bb::auth {

FallbackSecretStore::FallbackSecretStore(std::unique_ptr<SecretStore> primary, QObject *parent)
    : SecretStore(parent)
    , m_primary(primary.release())
    , m_memory(new MemorySecretStore(this))
{
    Q_ASSERT(m_primary);
    m_primary->setParent(this);
}

FallbackSecretStore::~FallbackSecretStore() = default;

bool FallbackSecretStore::isPersistent() const
{
    return !m_memoryOnly && m_primary->isPersistent();
}

QString FallbackSecretStore::memoryOnlyMessage()
{
    return tr("The system keychain is not available, so your sign-in is kept in memory for "
              "this session only and nothing secret is saved on this computer. You will "
              "need to sign in again the next time you start the application.");
}

QString FallbackSecretStore::statusMessage() const
{
    return m_memoryOnly ? memoryOnlyMessage() : QString();
}

void FallbackSecretStore::switchToMemory(const QString &detail)
{
    if (m_memoryOnly)
        return;
    m_memoryOnly = true;
    qCWarning(lcAuth) << "Keychain unavailable, keeping secrets in memory for this session:"
                      << detail;
    Q_EMIT memoryOnlyChanged(true);
    Q_EMIT keychainUnavailable(memoryOnlyMessage(), detail);
}

void FallbackSecretStore::probe(QObject *context, std::function<void(bool available)> done)
{
    Q_ASSERT(context || !done);
    if (m_memoryOnly) {
        QTimer::singleShot(0, context ? context : this, [done = std::move(done)]() {
            if (done)
                done(false);
        });
        return;
    }
    // Any answer but "unavailable" proves the keychain works; "not found" is the usual one.
    const SecretId probeId {u"probe"_s, QString(), u"availability"_s};
    read(probeId, context ? context : this, [this, done = std::move(done)](const Result &) {
        if (done)
            done(!m_memoryOnly);
    });
}

void FallbackSecretStore::doRead(const SecretId &id, Callback done)
{
    if (m_memoryOnly) {
        m_memory->read(id, this, std::move(done));
        return;
    }
    m_primary->read(id, this, [this, id, done = std::move(done)](const Result &result) {
        if (result.status != Status::Unavailable) {
            done(result);
            return;
        }
        switchToMemory(result.errorString);
        m_memory->read(id, this, done);
    });
}

void FallbackSecretStore::doWrite(const SecretId &id, const QString &value, Callback done)
{
    if (m_memoryOnly) {
        m_memory->write(id, value, this, std::move(done));
        return;
    }
    m_primary->write(
        id, value, this, [this, id, value, done = std::move(done)](const Result &result) {
            if (result.status != Status::Unavailable) {
                done(result);
                return;
            }
            switchToMemory(result.errorString);
            m_memory->write(id, value, this, done);
        });
}

void FallbackSecretStore::doRemove(const SecretId &id, Callback done)
{
    if (m_memoryOnly) {
        m_memory->remove(id, this, std::move(done));
        return;
    }
    m_primary->remove(id, this, [this, id, done = std::move(done)](const Result &result) {
        if (result.status != Status::Unavailable) {
            done(result);
            return;
        }
        switchToMemory(result.errorString);
        m_memory->remove(id, this, done);
    });
}

} // namespace bb::auth
