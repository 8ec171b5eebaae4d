#include "auth/tokenendpoint.h"

#include "api/apierror.h"
#include "api/replylimit.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace bb::auth::tokenendpoint {

QByteArray formBody(const FormItems &items)
{
    QByteArray body;
    for (const auto &[name, value] : items) {
        if (value.isEmpty())
            continue;
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}

FormItems clientAuthentication(const Environment &environment, const QString &clientSecret)
{
    FormItems items {{u"client_id"_s, environment.clientId()}};
    if (environment.clientAuthentication() == Environment::ClientAuthentication::ClientSecret)
        items.append({u"client_secret"_s, clientSecret});
    return items;
}

QNetworkRequest formRequest(const QUrl &url, int timeoutMs)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded"_ba);
    request.setRawHeader("Accept", "application/json");
    // A token must never come from a cache, and a cached error would hide a recovery.
    request.setAttribute(
        QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setTransferTimeout(timeoutMs);
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    return request;
}

ScopedTokenRequestDefaults::ScopedTokenRequestDefaults(QNetworkAccessManager *nam, int timeoutMs)
    : m_nam(nam)
    , m_redirectPolicy(nam->redirectPolicy())
    , m_timeoutMs(nam->transferTimeout())
    , m_before(nam->findChildren<QNetworkReply *>(Qt::FindDirectChildrenOnly))
{
    nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    nam->setTransferTimeout(timeoutMs);
}

ScopedTokenRequestDefaults::~ScopedTokenRequestDefaults()
{
    m_nam->setRedirectPolicy(m_redirectPolicy);
    m_nam->setTransferTimeout(m_timeoutMs);
    // QNetworkAccessManager parents each reply it makes to itself: the new children are the
    // requests sent within this scope.
    const auto replies = m_nam->findChildren<QNetworkReply *>(Qt::FindDirectChildrenOnly);
    for (QNetworkReply *reply : replies) {
        if (!m_before.contains(reply))
            limitResponseSize(reply);
    }
}

void limitResponseSize(QNetworkReply *reply)
{
    api::limitReplySize(reply, api::kMaxTokenResponseBytes);
}

AuthError classify(Grant grant, int httpStatus, QNetworkReply::NetworkError networkError,
    const QString &networkErrorString, QByteArrayView body)
{
    using Kind = AuthError::Kind;
    // The kind of transport failure does not change what the user can do about it.
    Q_UNUSED(networkError)
    if (httpStatus == 0)
        return AuthError::make(Kind::Network, networkErrorString);

    if (httpStatus >= 300 && httpStatus < 400) {
        // Not followed (formRequest): it would have carried the secrets elsewhere.
        AuthError error = AuthError::make(Kind::Server, networkErrorString, httpStatus);
        error.message = QCoreApplication::translate("bb::auth::AuthError",
            "The sign-in server sent this request to another address (HTTP %1). It was not "
            "sent there, to keep your sign-in safe. Please try again later.")
                            .arg(httpStatus);
        return error;
    }

    const api::ApiError apiError = api::ApiError::parse(body);
    const QString serverText =
        apiError.shape == api::ApiError::Shape::None ? networkErrorString : apiError.text();
    const auto make = [&](Kind kind) { return AuthError::make(kind, serverText, httpStatus); };

    if (apiError.error == "invalid_client"_L1)
        return make(Kind::InvalidClient);

    if (grant == Grant::RefreshToken) {
        if (httpStatus == 401 || httpStatus == 403 || httpStatus == 404 || httpStatus == 502)
            return make(Kind::ReconnectNeeded);
        if (httpStatus == 400
            && (apiError.error == "invalid_grant"_L1
                || apiError.message.contains("Refresh token not found"_L1)))
            return make(Kind::ReconnectNeeded);
        if (httpStatus >= 200 && httpStatus < 300) {
            // The server took the refresh token and rotated it, but the new one never arrived
            // intact (a cut body): the grant cannot be used any more from here.
            return make(Kind::ReconnectNeeded);
        }
        return make(Kind::Server);
    }

    if (httpStatus == 400)
        return make(Kind::CodeRejected);
    if (httpStatus == 401 || httpStatus == 403)
        return make(Kind::InvalidClient);
    return make(Kind::Server);
}

AuthError classify(Grant grant, QNetworkReply *reply, const QByteArray &body)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (api::exceededSizeLimit(reply)) {
        AuthError error = AuthError::make(AuthError::Kind::Server,
            u"answer over %1 bytes"_s.arg(api::kMaxTokenResponseBytes), status);
        error.message = QCoreApplication::translate("bb::auth::AuthError",
            "The sign-in server sent an answer far larger than a sign-in answer can be, so it "
            "was not read. Please try again later.");
        return error;
    }
    if (status >= 300 && status < 400) {
        // Where it pointed, for the log.
        const QString to = QString::fromUtf8(reply->rawHeader("Location"));
        return classify(grant, status, reply->error(), u"Redirected to "_s + to, body);
    }
    return classify(grant, status, reply->error(), reply->errorString(), body);
}

} // namespace bb::auth::tokenendpoint
