#include "stubhttpserver.h"

#include <QHostAddress>
#include <QTcpSocket>

#include <algorithm>

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

QByteArray hugeTokenAnswer(qsizetype bytes)
{
    const QByteArray head = R"({"access_token":")";
    const QByteArray tail =
        R"(","token_type":"Bearer","expires_in":3600,"refresh_token":"r0123456789",)"
        R"("scope":"patient/Patient.rs","patient":"-20140000008325"})";
    const QByteArray body = head + QByteArray(std::max<qsizetype>(1, bytes), 'a') + tail;
    return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "_ba
        + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n"_ba + body;
}

} // namespace authtest
