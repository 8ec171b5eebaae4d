#pragma once

#include <QByteArray>
#include <QList>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

namespace authtest {

// A local HTTP server with one fixed answer: `answer` is sent, as is, once a request's headers
// have arrived; an empty `answer` means the connection is accepted and never answered. It
// records what each connection sent, so a test can tell whether anything reached it.
class StubHttpServer : public QTcpServer
{
    Q_OBJECT

public:
    explicit StubHttpServer(const QByteArray &answer = {}, QObject *parent = nullptr);

    QUrl url(const QString &path) const; // http://127.0.0.1:<port><path>
    int connections() const { return m_connections; }
    QByteArray received() const { return m_received; } // every byte of every connection

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);

    QByteArray m_answer;
    QByteArray m_received;
    int m_connections = 0;
};

// The answer that sends a request elsewhere, with its method and body (307).
QByteArray redirectAnswer(const QUrl &to);
// A 200 with a well-formed token response whose access token makes it `bytes` long.
QByteArray hugeTokenAnswer(qsizetype bytes);

} // namespace authtest
