#pragma once

#include <QMetaType>
#include <QString>
#include <QUrl>

namespace bb::net {

// Why a request, a page or a whole fetch did not give data. A value: it travels by signal to
// the view, which shows caption() inline and may offer details (serverMessage, detail).
struct FetchError
{
    Q_GADGET

public:
    enum class Kind : quint8 {
        None,
        Network, // connection refused, reset, DNS, a body cut short
        Timeout, // no bytes for the inactivity timeout, or the whole request took too long
        Tls, // certificate or handshake problem: never ignored, never retried
        Unauthorized, // 401 even after a token refresh
        ReconnectNeeded, // the grant expired or was revoked: the person must log in again
        Forbidden, // 403 (missing scope, another patient's data)
        NotShared, // 403 on Patient/userinfo: the person did not share personal information
        NotFound, // 404
        RateLimited, // 429 after every retry
        Server, // 5xx
        BadData, // a 4xx the client caused, or a body that is not the expected JSON
        TooLarge, // an answer over the size limit: aborted as it arrived, never retried
        TooMany, // a search whose total or page count is over the caps: nothing more asked
        Cancelled,
    };
    Q_ENUM(Kind)

    Kind kind = Kind::None;
    int httpStatus = 0; // 0 when no HTTP answer came
    QString serverMessage; // the server's own words ({"detail": ...}), untranslated
    QString detail; // technical detail (Qt's error string, parse error), untranslated
    QUrl url;
    // Worth trying again after a pause: network errors, timeouts, 429, 500/502/503/504 and a
    // page that did not parse (Qt 6.4 reports a dropped gzip body as a short success).
    bool transient = false;

    bool isError() const { return kind != Kind::None; }
    // One translated line for the person: "The server is busy. Try again later."
    QString caption() const { return caption(kind); }
    static QString caption(Kind kind);
    // For logs: "Server (HTTP 502): A failure occurred ... [url]". Untranslated parts only.
    QString toString() const;
};

} // namespace bb::net

Q_DECLARE_METATYPE(bb::net::FetchError)
