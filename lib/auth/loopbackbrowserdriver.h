#pragma once

#include "auth/browserdriver.h"

#include <QPointer>
#include <QString>
#include <QTimer>

#include <functional>

class QTcpServer;
class QTcpSocket;

namespace bb::auth {

// The system browser with a loopback redirect (RFC 8252 §7.3): listens on 127.0.0.1 on a
// port of its own choosing, so the redirect URI is http://127.0.0.1:<port><path>, which Blue
// Button accepts for a URI registered without a port. The redirect is the first GET on that
// path after open() that carries the `state` of the authorization URL opened; the browser gets
// a short "return to the application" page and the listener closes. Anything else (another
// state, none, a stateless `error=...`) is answered with a page that says so and the attempt
// keeps waiting, within its time limit: any local process or web page that finds the port
// could otherwise end the login or make it report "no Medicare record". No attempt running, no
// listener: it closes when the redirect came, on close(), and when the time limit ends.
//
// Opening the URL is a function given to the constructor, so that this class needs no GUI
// (the app passes QDesktopServices::openUrl) and tests can drive the pages over HTTP. A system
// browser cannot tell us it was closed: the app offers a Cancel button that calls close().
class LoopbackBrowserDriver : public BrowserDriver
{
    Q_OBJECT

public:
    // Returns false when no browser could be started.
    using Opener = std::function<bool(const QUrl &url)>;

    // `callbackPath` is the path of the registered redirect URI ("/callback").
    explicit LoopbackBrowserDriver(Opener opener,
        const QString &callbackPath = QStringLiteral("/callback"), QObject *parent = nullptr);
    ~LoopbackBrowserDriver() override;

    QUrl redirectUri() const override;
    void open(const QUrl &authorizationUrl) override;
    void close() override;

    bool isListening() const;
    quint16 port() const { return m_port; }

    // How long one attempt waits for the redirect before it fails: enough for a Medicare.gov
    // login with a second factor, short enough that a forgotten one does not listen for ever.
    static constexpr int AttemptTimeoutMs = 15 * 60 * 1000;
    void setAttemptTimeout(int ms) { m_attemptTimeoutMs = ms; }

    // Bytes of request head accepted before the connection is dropped, and how long a
    // connection may take to send it.
    static constexpr int MaxRequestBytes = 16 * 1024;
    static constexpr int RequestTimeoutMs = 10000;

private:
    bool listen();
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void respond(QTcpSocket *socket, int status, const QByteArray &reason, const QString &html);
    void endAttempt();
    void onAttemptTimeout();

    Opener m_opener;
    QString m_path;
    QTcpServer *m_server;
    quint16 m_port = 0;
    bool m_waiting = false; // open() was called and no redirect has come yet
    QString m_expectedState; // the `state` of the authorization URL opened
    QTimer m_attemptTimer;
    int m_attemptTimeoutMs = AttemptTimeoutMs;
};

} // namespace bb::auth
