#include "sandbox/hostguard.h"

using namespace Qt::StringLiterals;

namespace bb::sandbox {

namespace {

// "127.0.0.1:8000" or "localhost:8000", the port always written: a Host without one means
// port 80, which the sandbox never has unless it was asked for exactly that.
bool isOwnAuthority(QByteArrayView authority, quint16 port)
{
    const QByteArray portText = ':' + QByteArray::number(port);
    const QByteArray lower = authority.toByteArray().toLower();
    if (port == 80 && (lower == "127.0.0.1" || lower == "localhost"))
        return true;
    return lower == "127.0.0.1" + portText || lower == "localhost" + portText;
}

} // namespace

std::optional<HttpResponse> refuseForeignRequest(const HttpRequest &request, quint16 port)
{
    bool hostSeen = false;
    for (const auto &[name, value] : request.headers) {
        if (name == "host") {
            // A second Host header is as foreign as a wrong one.
            if (hostSeen || !isOwnAuthority(value.trimmed(), port))
                return HttpResponse::detail(
                    421, u"This server only answers for its own address."_s);
            hostSeen = true;
        } else if (name == "origin") {
            const QByteArray origin = value.trimmed();
            const bool own = origin.startsWith("http://")
                && isOwnAuthority(QByteArrayView(origin).sliced(7), port);
            if (!own)
                return HttpResponse::detail(403, u"Cross-origin requests are not allowed."_s);
        }
    }
    if (!hostSeen)
        return HttpResponse::detail(421, u"This server only answers for its own address."_s);
    return std::nullopt;
}

} // namespace bb::sandbox
