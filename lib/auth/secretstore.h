#pragma once

#include "auth/secretid.h"

#include <QObject>
#include <QString>

#include <functional>

namespace bb::auth {

// Where the client secret and the tokens live: the OS keychain in the app, memory in tests.
//
// Every operation is asynchronous, like the QtKeychain jobs behind the production store: the
// callback runs later from the event loop, never before the call returns (so callers never
// see re-entrancy that a real keychain would not produce) and never blocks the GUI thread.
// The callback is dropped if `context` is destroyed first.
//
// Every secret value that passes through a store, read or written, is registered with the
// log redaction (redaction.h), so it is masked even when it appears bare in a message.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    enum class Status {
        Ok,
        NotFound, // read or remove of a secret that is not stored
        Unavailable, // no keychain to talk to (no D-Bus, no backend, locked, access denied)
        Failed, // the keychain answered but the operation failed
    };
    Q_ENUM(Status)

    struct Result
    {
        Status status = Status::Failed;
        QString value; // the secret, for a successful read
        // Technical detail from the backend, for logs; never contains the secret. Not
        // translated: user-facing wording is the caller's (see FallbackSecretStore).
        QString errorString;

        bool ok() const { return status == Status::Ok; }
    };

    using Callback = std::function<void(const Result &)>;

    explicit SecretStore(QObject *parent = nullptr);
    ~SecretStore() override;

    // `done` may be empty (fire and forget); if it is not, `context` must not be null.
    void read(const SecretId &id, QObject *context, Callback done);
    void write(const SecretId &id, const QString &value, QObject *context, Callback done);
    void remove(const SecretId &id, QObject *context, Callback done);

    // Whether what is written now will still be there after the application restarts.
    virtual bool isPersistent() const = 0;

protected:
    // Implementations must call `done` exactly once, asynchronously, on this object's thread.
    virtual void doRead(const SecretId &id, Callback done) = 0;
    virtual void doWrite(const SecretId &id, const QString &value, Callback done) = 0;
    virtual void doRemove(const SecretId &id, Callback done) = 0;
};

} // namespace bb::auth
