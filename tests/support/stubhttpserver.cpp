#include "stubhttpserver.h"

#include <QHostAddress>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace authtest {

StubHttpServer::StubHttpServer(const QByteArray &answer, QObject *parent)
    : QTcpServer(parent)
    , m_answer(answer)
{
    connect(this, &QTcpServer::newConnection, this, &StubHttpServer::onNewConnection);
    listen(QHostAddress::LocalHost);
}

QUrl StubHttpServer::url(const QString &path) const
{
    return QUrl(u"http://127.0.0.1:%1%2"_s.arg(serverPort()).arg(path));
}

void StubHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = nextPendingConnection()) {
        ++m_connections;
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
    }
}

void StubHttpServer::onReadyRead(QTcpSocket *socket)
{
    const QByteArray bytes = socket->readAll();
    m_received += bytes;
    if (m_answer.isEmpty() || !m_received.contains("\r\n\r\n")
        || socket->property("answered").toBool())
        return;
    socket->setProperty("answered", true);
    socket->write(m_answer);
    socket->disconnectFromHost();
}

QByteArray redirectAnswer(const QUrl &to)
{
    return "HTTP/1.1 307 Temporary Redirect\r\nLocation: "_ba + to.toEncoded()
        + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"_ba;
}

} // namespace authtest
