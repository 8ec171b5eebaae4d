#include "net/replyclassifier.h"

#include "api/apierror.h"

namespace bb::net {

namespace {

// QNetworkReply's transport-level codes (below 200): the connection, not the HTTP answer,
// went wrong, even when a status line had already arrived (a reset after the headers).
bool isTransportError(QNetworkReply::NetworkError e)
{
    const int code = int(e);
    return code > 0 && code < 200;
}

} // namespace

FetchError classifyAttempt(const AttemptOutcome &a)
{
    FetchError e;
    e.url = a.url;
    e.httpStatus = a.httpStatus;
    using K = FetchError::Kind;
    if (a.timedOut) {
        e.kind = K::Timeout;
        e.transient = true;
        return e;
    }
    if (a.networkError == QNetworkReply::SslHandshakeFailedError) {
        // Fatal by design: a certificate problem is never worked around by retrying.
        e.kind = K::Tls;
        return e;
    }
    if (isTransportError(a.networkError)
        || (a.httpStatus == 0 && a.networkError != QNetworkReply::NoError)) {
        e.kind = K::Network;
        e.transient = true;
        return e;
    }
    if (a.httpStatus >= 200 && a.httpStatus < 300)
        return e;

    e.serverMessage = api::ApiError::parse(a.body).text();
    switch (a.httpStatus) {
    case 401:
        e.kind = K::Unauthorized;
        break;
    case 403:
        e.kind = a.personalInformation ? K::NotShared : K::Forbidden;
        break;
    case 404:
        e.kind = K::NotFound;
        break;
    case 429:
        e.kind = K::RateLimited;
        e.transient = true;
        break;
    case 500:
    case 502:
    case 503:
    case 504:
        e.kind = K::Server;
        e.transient = true;
        break;
    default:
        // 501, 505..: the server is broken in a way a retry will not fix; other 4xx (and a
        // 3xx we did not follow): the request itself was not acceptable.
        e.kind = a.httpStatus >= 500 ? K::Server : K::BadData;
        break;
    }
    return e;
}

} // namespace bb::net
