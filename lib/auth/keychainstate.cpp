#include "auth/keychainstate.h"

#include "auth/logging.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusInterface>
#include <QDBusObjectPath>
#include <QDBusReply>

using namespace Qt::StringLiterals;

namespace bb::auth {

KeychainState probeKeychainState(int timeoutMs)
{
#if defined(Q_OS_LINUX)
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return KeychainState::Unknown;
    const QString service = u"org.freedesktop.secrets"_s;
    // Only ask a Secret Service that is running: probing must not start one.
    if (!bus.interface() || !bus.interface()->isServiceRegistered(service).value())
        return KeychainState::Unknown;
    QDBusInterface secrets(
        service, u"/org/freedesktop/secrets"_s, u"org.freedesktop.Secret.Service"_s, bus);
    secrets.setTimeout(timeoutMs);
    const QDBusReply<QDBusObjectPath> alias = secrets.call(u"ReadAlias"_s, u"default"_s);
    if (!alias.isValid()) {
        qCDebug(lcAuth) << "Secret Service did not name its default keyring:"
                        << alias.error().message();
        return KeychainState::Unknown;
    }
    if (alias.value().path() == u"/"_s)
        return KeychainState::Missing;
    QDBusInterface collection(
        service, alias.value().path(), u"org.freedesktop.Secret.Collection"_s, bus);
    collection.setTimeout(timeoutMs);
    const QVariant locked = collection.property("Locked");
    if (!locked.isValid())
        return KeychainState::Unknown;
    return locked.toBool() ? KeychainState::Locked : KeychainState::Open;
#else
    Q_UNUSED(timeoutMs);
    return KeychainState::Unknown;
#endif
}

QString KeychainNotice::title()
{
    //: Title of the notice shown before the system asks for the keychain password.
    return tr("Your computer may ask for a password");
}

QString KeychainNotice::text(KeychainState state)
{
    switch (state) {
    case KeychainState::Locked:
        //: Before a login, when the system keychain is locked.
        return tr("After you log in, this app saves your sign-in in your computer's keychain, "
                  "where it keeps passwords. The keychain is locked, so your computer will ask "
                  "for its password in a window of its own. That is usually the password you "
                  "use to log in to this computer.");
    case KeychainState::Missing:
        //: Before a login, when the system has no keychain yet.
        return tr("After you log in, this app saves your sign-in in your computer's keychain, "
                  "where it keeps passwords. This computer has no keychain yet, so it will ask "
                  "you to choose a password for a new one in a window of its own. Write it "
                  "down: you will need it again.");
    case KeychainState::Unknown:
    case KeychainState::Open:
        break;
    }
    return {};
}

} // namespace bb::auth
