#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace bb::api {

// What the fetching layer needs from the sign-in layer: the current access token, and a way
// to get a fresh one after a 401. Implemented by the token lifecycle (production) and by
// simple holders in tests.
class TokenProvider : public QObject
{
    Q_OBJECT

public:
    enum class RefreshResult {
        Refreshed, // a new access token is available from accessToken()
        ReconnectNeeded, // the grant expired or was revoked: the user must log in again
        Failed, // a transient failure (network): the caller may try again later
    };
    Q_ENUM(RefreshResult)

    using RefreshCallback = std::function<void(RefreshResult)>;

    using QObject::QObject;

    // Empty when signed out.
    virtual QString accessToken() const = 0;
    // The v2 Patient id from the token response (available even when demographics were
    // not shared).
    virtual QString patientId() const = 0;
    // Asks for a new access token. Concurrent calls share one refresh; `done` runs
    // asynchronously, and not at all if `context` is destroyed first.
    virtual void refresh(QObject *context, RefreshCallback done) = 0;

Q_SIGNALS:
    // The grant is gone (expired after 13 months, revoked, or replaced by a newer login).
    void reconnectNeeded(const QString &message);
    void accessTokenChanged();
};

} // namespace bb::api
