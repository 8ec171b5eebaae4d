#include "sandbox/httpfront.h"

#include <QHttpServerRequest>
#include <QMetaEnum>

namespace bb::sandbox {

HttpFront::HttpFront(Handler handler, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_handler(std::move(handler))
{
}

bool HttpFront::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    HttpRequest r;
    const QMetaEnum methods = QMetaEnum::fromType<QHttpServerRequest::Method>();
    r.method = QByteArray(methods.valueToKey(int(request.method()))).toUpper();
    r.url = request.url();
    r.path = r.url.path();
    const auto headers = request.headers();
    for (const auto &h : headers)
        r.headers.append({h.first.toLower(), h.second});
    r.body = request.body();
    m_handler(std::move(r), socket);
    return true;
}

void HttpFront::missingHandler(const QHttpServerRequest &, QTcpSocket *)
{
    // handleRequest() accepts every request, so this is never reached.
}

} // namespace bb::sandbox
