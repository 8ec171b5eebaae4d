#pragma once

#include "auth/autherror.h"
#include "auth/environment.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPair>
#include <QString>

class QNetworkAccessManager;
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

// The transfer timeout of every token endpoint request: one that is accepted and never
// answered must not keep a sign-in or a refresh waiting for ever.
inline constexpr int kTransferTimeoutMs = 30000;

// A POST to `url` with a form body, JSON expected, no caching, a transfer timeout, and no
// redirect followed: a 307 would send the code or the refresh token and the client credentials
// on to wherever it points. A redirect is an error (classify()).
QNetworkRequest formRequest(const QUrl &url, int timeoutMs);

// The same rules for the code exchange, which QtNetworkAuth 6.4 builds and sends itself with
// no way to set a request attribute: while this lives, `nam` gives every request that sets
// neither no redirects and the transfer timeout (QNetworkAccessManager copies its defaults
// into each request as it creates it). 6.4 posts the exchange synchronously when it is handed
// the callback, so a guard around that call covers exactly that request; the defaults the NAM
// had are restored afterwards.
// The replies the NAM made meanwhile (its children) also get the size limit of a token
// answer (limitResponseSize()).
class ScopedTokenRequestDefaults
{
public:
    ScopedTokenRequestDefaults(QNetworkAccessManager *nam, int timeoutMs);
    ~ScopedTokenRequestDefaults();
    Q_DISABLE_COPY_MOVE(ScopedTokenRequestDefaults)

private:
    QNetworkAccessManager *m_nam;
    QNetworkRequest::RedirectPolicy m_redirectPolicy;
    int m_timeoutMs;
    QList<QNetworkReply *> m_before;
};

// A token, refresh or revoke answer is a few hundred bytes: one over
// api::kMaxTokenResponseBytes is aborted as it arrives and classify() says so.
void limitResponseSize(QNetworkReply *reply);

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
