#pragma once

#include <QMetaType>
#include <QString>

namespace bb {

// What the inline banner shows: one sentence and the single action that fixes it.
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

} // namespace bb

Q_DECLARE_METATYPE(bb::SyncProblem)
