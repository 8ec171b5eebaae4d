#pragma once

#include <QString>

class QSettings;

namespace bb::auth {
class SecretStore;
}

namespace bb::cli {

// What `bbviewer export` takes from its surroundings. The program leaves everything null and
// gets the app's own settings and the system keychain; tests put in a private settings file
// and an in-memory secret store.
struct CommandContext
{
    QSettings *settings = nullptr; // where the app keeps environments and signed-in accounts
    auth::SecretStore *secretStore = nullptr; // where it keeps client secrets and tokens
    // Progress lines on stderr during a long fetch. Unset: only when stderr is a terminal.
    enum class Progress { Auto, Always, Never } progress = Progress::Auto;
    // Where people's records are kept between runs. Empty: where the app keeps them
    // (defaultStoreDirectory()).
    QString storeDirectory;
};

} // namespace bb::cli
