#include "store/storekeys.h"

#include "auth/secretid.h"
#include "store/logging.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace bb::store {

namespace {

using auth::SecretId;
using auth::SecretStore;

// Answers that need no keychain still come later, like every other answer.
template<typename Fn>
void later(QObject *context, Fn fn)
{
    QTimer::singleShot(0, context, std::move(fn));
}

QString statusText(SecretStore::Status status)
{
    switch (status) {
    case SecretStore::Status::Ok:
        return u"ok"_s;
    case SecretStore::Status::NotFound:
        return u"not found"_s;
    case SecretStore::Status::Unavailable:
        return u"keychain unavailable"_s;
    case SecretStore::Status::Failed:
        return u"keychain failed"_s;
    }
    return {};
}

QString keychainDetail(const SecretStore::Result &result)
{
    return result.errorString.isEmpty() ? statusText(result.status)
                                        : statusText(result.status) + u": "_s + result.errorString;
}

} // namespace

StoreKeys::StoreKeys(auth::SecretStore *secrets)
    : m_secrets(secrets)
{
}

bool StoreKeys::available() const
{
    return m_secrets && m_secrets->isPersistent();
}

void StoreKeys::fetch(
    const QString &environment, const QString &patientId, QObject *context, Callback done) const
{
    read(environment, patientId, false, context, std::move(done));
}

void StoreKeys::fetchOrCreate(
    const QString &environment, const QString &patientId, QObject *context, Callback done) const
{
    read(environment, patientId, true, context, std::move(done));
}

void StoreKeys::read(const QString &environment, const QString &patientId, bool create,
    QObject *context, Callback done) const
{
    Q_ASSERT(context);
    if (!available()) {
        later(context, [done = std::move(done)] {
            done({{}, StoreError::make(StoreError::Kind::NoKeychain, u"no persistent keychain"_s)});
        });
        return;
    }
    const SecretId id = SecretId::storeKey(environment, patientId);
    QPointer<SecretStore> secrets = m_secrets;
    m_secrets->read(id, context,
        [id, create, secrets, context, done = std::move(done)](const SecretStore::Result &read) {
            if (read.ok()) {
                StoreKey key = StoreKey::fromBase64(read.value);
                if (!key.isNull()) {
                    done({key, {}, false});
                    return;
                }
                qCWarning(lcStore) << "The keychain entry" << id.key() << "is not a store key";
            }
            const bool absent = read.status == SecretStore::Status::NotFound || read.ok();
            if (!absent) {
                done({{}, StoreError::make(StoreError::Kind::NoKeychain, keychainDetail(read))});
                return;
            }
            if (!create) {
                done({{}, StoreError::make(StoreError::Kind::KeyMissing, u"no key in keychain"_s)});
                return;
            }
            if (!secrets) {
                done({{}, StoreError::make(StoreError::Kind::NoKeychain, u"keychain gone"_s)});
                return;
            }
            const StoreKey key = StoreKey::generate();
            if (key.isNull()) {
                done({{}, StoreError::make(StoreError::Kind::Io, u"libsodium unavailable"_s)});
                return;
            }
            QString text = key.toBase64();
            secrets->write(id, text, context, [key, done](const SecretStore::Result &written) {
                if (!written.ok()) {
                    done({{},
                        StoreError::make(StoreError::Kind::NoKeychain, keychainDetail(written))});
                    return;
                }
                done({key, {}, true});
            });
            // The keychain has its copy; this one goes.
            text.fill(u'\0');
        });
}

void StoreKeys::remove(const QString &environment, const QString &patientId, QObject *context,
    RemoveCallback done) const
{
    Q_ASSERT(context);
    if (!available()) {
        later(context, [done = std::move(done)] {
            done(StoreError::make(StoreError::Kind::NoKeychain, u"no persistent keychain"_s));
        });
        return;
    }
    m_secrets->remove(SecretId::storeKey(environment, patientId), context,
        [done = std::move(done)](const SecretStore::Result &result) {
            if (result.ok() || result.status == SecretStore::Status::NotFound)
                done({});
            else
                done(StoreError::make(StoreError::Kind::NoKeychain, keychainDetail(result)));
        });
}

} // namespace bb::store
