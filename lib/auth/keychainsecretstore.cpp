#include "auth/keychainsecretstore.h"

#include "auth/logging.h"

#include <QCoreApplication>
#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace bb::auth {

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : KeychainSecretStore(QCoreApplication::applicationName(), parent)
{
}

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent)
    , m_service(service.isEmpty() ? u"bbviewer"_s : service)
{
}

SecretStore::Status KeychainSecretStore::statusFor(int keychainError)
{
    switch (QKeychain::Error(keychainError)) {
    case QKeychain::NoError:
        return Status::Ok;
    case QKeychain::EntryNotFound:
        return Status::NotFound;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
    // libsecret reports "no session bus", "cannot autolaunch D-Bus" and "collection does not
    // exist" (a keyring that cannot be created or unlocked without a prompt) as OtherError;
    // none of them is specific to the entry, so the keychain as a whole is unusable.
    case QKeychain::OtherError:
        return Status::Unavailable;
    case QKeychain::CouldNotDeleteEntry:
        return Status::Failed;
    }
    return Status::Failed;
}

void KeychainSecretStore::start(QKeychain::Job *job, const SecretId &id, Callback done)
{
    // Never plain text on disk, whatever QtKeychain's default may become.
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(id.key());
    connect(
        job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *finished) {
            Result result;
            result.status = statusFor(finished->error());
            if (result.status == Status::Ok) {
                if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(finished))
                    result.value = read->textData();
            } else if (result.status != Status::NotFound) {
                result.errorString = finished->errorString();
                qCDebug(lcAuth) << "Keychain job for" << finished->key()
                                << "failed:" << finished->error() << result.errorString;
            }
            done(result);
        });
    job->start();
}

void KeychainSecretStore::doRead(const SecretId &id, Callback done)
{
    start(new QKeychain::ReadPasswordJob(m_service, this), id, std::move(done));
}

void KeychainSecretStore::doWrite(const SecretId &id, const QString &value, Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setTextData(value);
    start(job, id, std::move(done));
}

void KeychainSecretStore::doRemove(const SecretId &id, Callback done)
{
    start(new QKeychain::DeletePasswordJob(m_service, this), id, std::move(done));
}

} // namespace bb::auth
