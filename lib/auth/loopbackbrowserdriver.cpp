#include "auth/loopbackbrowserdriver.h"

#include "auth/logging.h"
#include "auth/pkce.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace bb::auth {

namespace {

const char kBufferProperty[] = "bbRequestHead";

QString pageHtml(const QString &title, const QString &text)
{
    return u"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%1</title></head>"
           "<body><h1>%1</h1><p>%2</p></body></html>"_s.arg(
               title.toHtmlEscaped(), text.toHtmlEscaped());
}

} // namespace

LoopbackBrowserDriver::LoopbackBrowserDriver(
    Opener opener, const QString &callbackPath, QObject *parent)
    : BrowserDriver(parent)
    , m_opener(std::move(opener))
    , m_path(callbackPath.startsWith(u'/') ? callbackPath : u'/' + callbackPath)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &LoopbackBrowserDriver::onNewConnection);
    m_attemptTimer.setSingleShot(true);
    connect(&m_attemptTimer, &QTimer::timeout, this, &LoopbackBrowserDriver::onAttemptTimeout);
    // Listening from the start, so that redirectUri() has its port before the authorize URL
    // is built.
    listen();
}

LoopbackBrowserDriver::~LoopbackBrowserDriver() = default;

bool LoopbackBrowserDriver::listen()
{
    if (m_server->isListening())
        return true;
    // 127.0.0.1 only, never QHostAddress::Any: nobody else on the network may deliver a
    // redirect (QOAuthHttpServerReplyHandler's default is Any; docs/toolchain.md,
    // QtNetworkAuth 6.4). The same port again after close(), because the authorize URL already
    // carries it.
    if (!m_server->listen(QHostAddress::LocalHost, m_port)) {
        qCWarning(lcAuth) << "Loopback listener failed:" << m_server->errorString();
        return false;
    }
    m_port = m_server->serverPort();
    return true;
}

bool LoopbackBrowserDriver::isListening() const
{
    return m_server->isListening();
}

QUrl LoopbackBrowserDriver::redirectUri() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    if (m_port != 0)
        url.setPort(m_port);
    url.setPath(m_path);
    return url;
}

void LoopbackBrowserDriver::open(const QUrl &authorizationUrl)
{
    if (!listen()) {
        QTimer::singleShot(0, this, [this] {
            Q_EMIT failed(QCoreApplication::translate("bb::auth::LoopbackBrowserDriver",
                "bbviewer could not wait for the answer of the login page: no local port "
                "was available."));
        });
        return;
    }
    m_waiting = true;
    m_expectedState = QUrlQuery(authorizationUrl).queryItemValue(u"state"_s, QUrl::FullyDecoded);
    m_attemptTimer.start(m_attemptTimeoutMs);
    if (!m_opener || !m_opener(authorizationUrl)) {
        endAttempt();
        QTimer::singleShot(0, this, [this] {
            Q_EMIT failed(QCoreApplication::translate("bb::auth::LoopbackBrowserDriver",
                "The web browser could not be opened to show the Medicare login page."));
        });
    }
}

void LoopbackBrowserDriver::endAttempt()
{
    m_waiting = false;
    m_expectedState.clear();
    m_attemptTimer.stop();
    // Connections already accepted get their answer; no new ones.
    m_server->close();
}

void LoopbackBrowserDriver::onAttemptTimeout()
{
    if (!m_waiting)
        return;
    qCInfo(lcAuth) << "No redirect within" << m_attemptTimeoutMs << "ms; the attempt ends";
    endAttempt();
    const int minutes = std::max(1, m_attemptTimeoutMs / 60000);
    Q_EMIT failed(QCoreApplication::translate("bb::auth::LoopbackBrowserDriver",
        "The login in the web browser was not finished within %n minute(s). Start it again "
        "from Blue Button Viewer.",
        nullptr, minutes));
}

void LoopbackBrowserDriver::close()
{
    endAttempt();
    // Connections still open belong to an attempt that is over, except one still sending its
    // answer page (already told to disconnect): cutting it would show the person a
    // connection error instead of "you can return to the application".
    const auto sockets = findChildren<QTcpSocket *>();
    for (QTcpSocket *socket : sockets) {
        if (socket->state() == QAbstractSocket::ClosingState && socket->bytesToWrite() > 0)
            continue;
        socket->abort();
    }
}

void LoopbackBrowserDriver::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        // A connection that never sends a whole request must not stay open.
        QTimer::singleShot(RequestTimeoutMs, socket, [socket] { socket->abort(); });
    }
}

void LoopbackBrowserDriver::onReadyRead(QTcpSocket *socket)
{
    QByteArray head = socket->property(kBufferProperty).toByteArray() + socket->readAll();
    if (head.size() > MaxRequestBytes) {
        respond(socket, 431, "Request Header Fields Too Large", {});
        return;
    }
    if (!head.contains("\r\n\r\n")) {
        socket->setProperty(kBufferProperty, head);
        return;
    }
    const QList<QByteArray> requestLine = head.left(head.indexOf("\r\n")).split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
        respond(socket, 400, "Bad Request", {});
        return;
    }
    const QUrl target = QUrl::fromEncoded(requestLine.at(1), QUrl::StrictMode);
    if (!target.isValid() || !target.isRelative() || target.path() != m_path) {
        respond(socket, 404, "Not Found", {}); // e.g. the browser asking for /favicon.ico
        return;
    }
    if (requestLine.at(0) != "GET") {
        respond(socket, 405, "Method Not Allowed", {});
        return;
    }
    if (!m_waiting) {
        respond(socket, 410, "Gone",
            pageHtml(QCoreApplication::translate(
                         "bb::auth::LoopbackBrowserDriver", "Blue Button Viewer"),
                QCoreApplication::translate("bb::auth::LoopbackBrowserDriver",
                    "This sign-in is no longer in progress. Start it again from Blue Button "
                    "Viewer.")));
        return;
    }
    const QUrlQuery query(target);
    const bool hasState = query.hasQueryItem(u"state"_s);
    if (!hasState || m_expectedState.isEmpty()
        || !pkce::constantTimeEquals(
            query.queryItemValue(u"state"_s, QUrl::FullyDecoded), m_expectedState)) {
        // Not the answer to this attempt, whoever sent it: say so to that browser only.
        const bool noRecord = !hasState && query.queryItemValue(u"error"_s) == "not_found"_L1;
        qCWarning(lcAuth) << "Ignored a redirect"
                          << (hasState ? "with another state" : "without state")
                          << "; still waiting";
        const QString text = noRecord
            ? QCoreApplication::translate("bb::auth::LoopbackBrowserDriver",
                "Medicare found no Blue Button record for the account you logged in with. "
                "Return to Blue Button Viewer and choose Cancel, or log in with another "
                "account.")
            : QCoreApplication::translate("bb::auth::LoopbackBrowserDriver",
                "This answer does not belong to the sign-in in progress. Blue Button Viewer "
                "ignored it and is still waiting for your Medicare login.");
        respond(socket, 400, "Bad Request",
            pageHtml(QCoreApplication::translate(
                         "bb::auth::LoopbackBrowserDriver", "Blue Button Viewer"),
                text));
        return;
    }
    endAttempt();
    QUrl redirect = redirectUri();
    redirect.setQuery(target.query(QUrl::FullyEncoded), QUrl::StrictMode);
    respond(socket, 200, "OK",
        pageHtml(
            QCoreApplication::translate("bb::auth::LoopbackBrowserDriver", "Blue Button Viewer"),
            QCoreApplication::translate("bb::auth::LoopbackBrowserDriver",
                "Blue Button Viewer received the answer from Medicare. You can close this "
                "window and return to the application.")));
    Q_EMIT redirected(redirect);
}

void LoopbackBrowserDriver::respond(
    QTcpSocket *socket, int status, const QByteArray &reason, const QString &html)
{
    const QByteArray body = html.toUtf8();
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    response += "Content-Type: text/html; charset=utf-8\r\n";
    response += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    // The page must not be kept: its address carried the authorization code.
    response += "Cache-Control: no-store\r\nConnection: close\r\n\r\n";
    socket->write(response + body);
    socket->disconnectFromHost();
}

} // namespace bb::auth
