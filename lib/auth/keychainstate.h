#pragma once

#include <QCoreApplication>
#include <QString>

namespace bb::auth {

// Whether saving a secret will make the system ask for a password first. On Linux the
// Secret Service (GNOME Keyring, KeePassXC, …) asks to unlock its default keyring, or to
// create one, the first time a program writes to it; the app says so before it happens.
enum class KeychainState {
    Unknown, // no Secret Service (macOS, Windows, KWallet) or no answer: nothing to say
    Open, // unlocked: saving asks nothing
    Locked, // the system will ask for the keyring's password
    Missing, // no default keyring: the system will ask to create one with a new password
};

// Asks the session bus's org.freedesktop.secrets (at most `timeoutMs`); no prompt is shown.
KeychainState probeKeychainState(int timeoutMs = 1000);

class KeychainNotice
{
    Q_DECLARE_TR_FUNCTIONS(bb::auth::KeychainNotice)
public:
    // What to tell the person before the system's own password window appears, or empty
    // when it will not appear.
    static QString text(KeychainState state);
    static QString title();
};

} // namespace bb::auth
