#pragma once

#include "sandbox/httpmessage.h"

#include <QAbstractHttpServer>

#include <functional>

class QTcpSocket;

namespace bb::sandbox {

// Qt HttpServer parses the requests and owns the connections; the sandbox writes the
// responses itself on the socket it is handed, because the fault knobs need what
// QHttpServerResponse cannot express in Qt 6.4: delaying an answer without blocking, cutting
// a body short, resetting the connection mid-body, trickling bytes.
class HttpFront : public QAbstractHttpServer
{
    Q_OBJECT

public:
    using Handler = std::function<void(HttpRequest, QTcpSocket *)>;
    explicit HttpFront(Handler handler, QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Handler m_handler;
};

} // namespace bb::sandbox
