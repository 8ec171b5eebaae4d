#include "auth/secretstore.h"

#include "auth/logging.h"
#include "auth/redaction.h"

#include <QPointer>

namespace bb::auth {

namespace {

// Ties a callback to the lifetime of its context object.
SecretStore::Callback guarded(QObject *context, SecretStore::Callback done, bool registerValue)
{
    Q_ASSERT_X(context || !done, "SecretStore", "a callback needs a context object");
    return [guard = QPointer<QObject>(context), done = std::move(done), registerValue](
               const SecretStore::Result &result) {
        if (registerValue && result.ok())
            registerSecret(result.value);
        if (done && guard)
            done(result);
    };
}

} // namespace

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{
}

SecretStore::~SecretStore() = default;

void SecretStore::read(const SecretId &id, QObject *context, Callback done)
{
    Q_ASSERT(id.isValid());
    qCDebug(lcAuth) << "Reading secret" << id.key();
    doRead(id, guarded(context, std::move(done), true));
}

void SecretStore::write(const SecretId &id, const QString &value, QObject *context, Callback done)
{
    Q_ASSERT(id.isValid());
    // Before anything else: the backend might log, and so might a failure handler.
    registerSecret(value);
    qCDebug(lcAuth) << "Writing secret" << id.key();
    doWrite(id, value, guarded(context, std::move(done), false));
}

void SecretStore::remove(const SecretId &id, QObject *context, Callback done)
{
    Q_ASSERT(id.isValid());
    qCDebug(lcAuth) << "Removing secret" << id.key();
    doRemove(id, guarded(context, std::move(done), false));
}

} // namespace bb::auth
