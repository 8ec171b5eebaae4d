#pragma once

#include "auth/secretstore.h"
#include "store/storeerror.h"
#include "store/storekey.h"

#include <QPointer>

#include <functional>

namespace bb::store {

struct KeyResult
{
    StoreKey key; // null on error
    StoreError error;
    bool created = false; // a new key was made and written to the keychain

    bool ok() const { return error.ok(); }
};

// The key of each person's store, kept only in the keychain as
// SecretId::storeKey(environment, patient id), base64 in the secret's text. Without a keychain
// that outlives the app there is no store at all: a key held in memory only would leave a
// file nobody can ever open again. Every answer comes asynchronously, as the keychain's do.
class StoreKeys
{
public:
    explicit StoreKeys(auth::SecretStore *secrets);

    using Callback = std::function<void(const KeyResult &)>;
    using RemoveCallback = std::function<void(const StoreError &)>;

    // Whether the secret store can hold a key at all (it exists and is persistent).
    bool available() const;

    // The stored key; KeyMissing when there is none (nothing is created), NoKeychain when the
    // keychain is not there or does not answer. `done` is dropped if `context` goes away.
    void fetch(const QString &environment, const QString &patientId, QObject *context,
        Callback done) const;
    // The stored key, or a new random one written to the keychain first.
    void fetchOrCreate(const QString &environment, const QString &patientId, QObject *context,
        Callback done) const;
    // Forgets the key; a key that was not there is no error.
    void remove(const QString &environment, const QString &patientId, QObject *context,
        RemoveCallback done) const;

private:
    void read(const QString &environment, const QString &patientId, bool create, QObject *context,
        Callback done) const;

    QPointer<auth::SecretStore> m_secrets;
};

} // namespace bb::store
