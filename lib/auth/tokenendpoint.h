#pragma once

#include "auth/autherror.h"
#include "auth/environment.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QNetworkReply>
#include <QPair>
#include <QString>

class QNetworkRequest;

// Requests to /v2/o/token/ and /v2/o/revoke/ and the meaning of their answers, shared by the
// sign-in (code exchange) and the token lifecycle (refresh, revoke).
namespace bb::auth::tokenendpoint {

enum class Grant { AuthorizationCode, RefreshToken };

using FormItems = QList<QPair<QString, QString>>;

// application/x-www-form-urlencoded: every name and value percent-encoded (so a '+' or '&' in
// a secret survives), and items with an empty value left out: Blue Button must never see an
// empty `client_secret=` or `scope=`.
QByteArray formBody(const FormItems &items);

// Confidential client authentication in the form body (RFC 6749 §2.3.1): client_id always,
// client_secret only when the environment authenticates with one. Through a token proxy the
// secret is added server-side and never leaves this machine.
FormItems clientAuthentication(const Environment &environment, const QString &clientSecret);

// A POST to `url` with a form body, JSON expected, no caching, and a transfer timeout.
QNetworkRequest formRequest(const QUrl &url, int timeoutMs);

// The error for a token endpoint answer that did not bring tokens. `httpStatus` is 0 when no
// HTTP answer came at all. Blue Button's ways of saying "this grant is gone" all become
// ReconnectNeeded for a refresh (docs/api-notes.md, Refresh-token rotation and Grant expiry): 401
// invalid_grant (13 months over), 403 (revoked), 400 invalid_grant (token reused),
// 400 "Refresh token not found." (replaced by a newer login), and 404 or 502 (the server spent
// the refresh token and then failed to look the beneficiary up).
AuthError classify(Grant grant, int httpStatus, QNetworkReply::NetworkError networkError,
    const QString &networkErrorString, QByteArrayView body);

// The answer of a request that already finished; reads its body.
AuthError classify(Grant grant, QNetworkReply *reply, const QByteArray &body);

} // namespace bb::auth::tokenendpoint
