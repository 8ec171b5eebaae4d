#pragma once

#include <QObject>
#include <QUrl>

namespace bb::auth {

// The browser side of the authorization code flow: "open this URL, and give me the redirect
// when it comes". Implementations: the embedded QWebEngineView login dialog (app), the system
// browser with a loopback listener (RFC 8252), and in tests a driver that fills the local
// sandbox's login pages over plain HTTP.
class BrowserDriver : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // The redirect URI this driver catches, as sent to /authorize and to the token endpoint.
    // A loopback driver may pick its port when it starts listening.
    virtual QUrl redirectUri() const = 0;
    // Shows the authorization page. The driver emits exactly one of the signals below.
    virtual void open(const QUrl &authorizationUrl) = 0;
    // Stops the attempt (the user gave up, or the flow timed out); emits nothing afterwards.
    virtual void close() = 0;

Q_SIGNALS:
    // The browser reached the redirect URI; `url` carries code/state or error (never loaded).
    void redirected(const QUrl &url);
    // The person closed the browser or pressed Cancel before the server answered.
    void cancelled();
    // The login page could not be shown (network, TLS, blocked host); `message` is translated.
    void failed(const QString &message);
};

} // namespace bb::auth
