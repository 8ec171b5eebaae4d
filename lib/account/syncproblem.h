#pragma once

#include <QMetaType>
#include <QString>

namespace bb::account {

// What went wrong with a sync, in one sentence, and the single action that fixes it: what
// the app's inline banner shows.
struct SyncProblem
{
    enum class Action {
        None, // nothing to do but read it (dismiss only)
        Retry, // start the whole sync again
        RetryMissing, // fetch only the pages that failed
        Reconnect, // the grant is gone: log in again
        OpenSettings, // the configuration is wrong (client id, secret, proxy)
    };

    QString message; // translated
    Action action = Action::None;

    bool isNull() const { return message.isEmpty(); }
    friend bool operator==(const SyncProblem &, const SyncProblem &) = default;
};

} // namespace bb::account

Q_DECLARE_METATYPE(bb::account::SyncProblem)
