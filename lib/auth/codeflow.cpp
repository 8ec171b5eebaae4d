#include "auth/codeflow.h"

#include "api/replylimit.h"
#include "auth/logging.h"
#include "auth/pkce.h"
#include "auth/tokenendpoint.h"

#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace bb::auth::detail {

namespace {

void setSingle(QMultiMap<QString, QVariant> *parameters, const QString &key, const QVariant &value)
{
    parameters->remove(key);
    parameters->insert(key, value);
}

QByteArray encoded(const QString &value)
{
    return QUrl::toPercentEncoding(value);
}

} // namespace

void applyParameters(QAbstractOAuth::Stage stage, QMultiMap<QString, QVariant> *parameters,
    const CodeFlowParameters &values)
{
    const QString clientSecret = u"client_secret"_s;
    switch (stage) {
    case QAbstractOAuth::Stage::RequestingAuthorization:
        // Blue Button answers 400 to a client_secret in the authorize URL; it would also end
        // up in the browser's history.
        parameters->remove(clientSecret);
        if (parameters->value(u"scope"_s).toString().isEmpty())
            parameters->remove(u"scope"_s);
        setSingle(parameters, u"code_challenge"_s, values.codeChallenge);
        setSingle(parameters, u"code_challenge_method"_s, pkce::challengeMethod());
        if (values.language.isEmpty())
            parameters->remove(u"lang"_s);
        else
            setSingle(parameters, u"lang"_s, values.language);
        if (values.loginHint.isEmpty())
            parameters->remove(u"login_hint"_s);
        else
            setSingle(parameters, u"login_hint"_s, values.loginHint);
        break;
    case QAbstractOAuth::Stage::RequestingAccessToken:
    case QAbstractOAuth::Stage::RefreshingAccessToken:
        setSingle(parameters, u"client_id"_s, encoded(values.clientId));
        if (values.clientSecret.isEmpty())
            parameters->remove(clientSecret);
        else
            setSingle(parameters, clientSecret, encoded(values.clientSecret));
        parameters->remove(u"scope"_s);
        if (stage == QAbstractOAuth::Stage::RequestingAccessToken)
            setSingle(parameters, u"code_verifier"_s, values.codeVerifier);
        else // 6.4 sends the redirect URI on refresh too; it has no meaning there.
            parameters->remove(u"redirect_uri"_s);
        break;
    case QAbstractOAuth::Stage::RequestingTemporaryCredentials: // OAuth 1 only
        break;
    }
}

CodeFlowReplyHandler::CodeFlowReplyHandler(const QUrl &redirectUri, QObject *parent)
    : QOAuthOobReplyHandler(parent)
    , m_redirectUri(redirectUri)
{
}

QString CodeFlowReplyHandler::callback() const
{
    return m_redirectUri.toString(QUrl::FullyEncoded);
}

void CodeFlowReplyHandler::networkReplyFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    // Over the size limit: not read, even when it all came at once and could not be aborted.
    const bool tooLarge = api::exceededSizeLimit(reply);
    const QByteArray body = tooLarge ? QByteArray() : reply->readAll();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() == QNetworkReply::NoError && status == 200 && !tooLarge) {
        QString parseError;
        if (const auto tokens = api::TokenResponse::parse(body, &parseError)) {
            // The flow itself is not told (no tokensReceived): it is discarded after the
            // attempt, and keeping the tokens out of it means one copy fewer in memory.
            Q_EMIT tokenResponseReceived(*tokens);
            return;
        }
        qCWarning(lcAuth) << "Unreadable token response:" << parseError;
        Q_EMIT tokenRequestFailed(AuthError::make(AuthError::Kind::Server, parseError, status));
        return;
    }
    const AuthError error =
        tokenendpoint::classify(tokenendpoint::Grant::AuthorizationCode, reply, body);
    qCInfo(lcAuth) << "Code exchange failed:" << status << error.kind << error.serverText;
    Q_EMIT tokenRequestFailed(error);
}

} // namespace bb::auth::detail
