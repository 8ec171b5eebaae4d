#include "api/tokenresponse.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace bb::api {

namespace {

// "2026-12-28T17:02:03Z", the older "2025-09-05 19:17:53Z", or "".
QDateTime parseGrantExpiration(QString text)
{
    if (text.isEmpty())
        return {};
    if (text.size() > 10 && text.at(10) == u' ')
        text[10] = u'T';
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (dt.isValid() && dt.timeSpec() == Qt::LocalTime)
        dt.setTimeSpec(Qt::UTC); // the server writes UTC, with or without the Z
    return dt;
}

} // namespace

std::optional<TokenResponse> TokenResponse::parse(QByteArrayView body, QString *error)
{
    auto fail = [error](const char *text) -> std::optional<TokenResponse> {
        if (error)
            *error = QCoreApplication::translate("bb::api::TokenResponse", text);
        return std::nullopt;
    };
    QJsonParseError jsonError;
    const QJsonDocument doc = QJsonDocument::fromJson(body.toByteArray(), &jsonError);
    if (!doc.isObject())
        return fail(QT_TRANSLATE_NOOP(
            "bb::api::TokenResponse", "the sign-in server's answer is not valid JSON"));
    const QJsonObject o = doc.object();
    TokenResponse t;
    t.accessToken = o.value("access_token"_L1).toString();
    if (t.accessToken.isEmpty())
        return fail(QT_TRANSLATE_NOOP(
            "bb::api::TokenResponse", "the sign-in server's answer has no access token"));
    t.tokenType = o.value("token_type"_L1).toString();
    t.refreshToken = o.value("refresh_token"_L1).toString();
    t.scopes = o.value("scope"_L1).toString().split(u' ', Qt::SkipEmptyParts);
    const QJsonValue expires = o.value("expires_in"_L1);
    // Some servers send the number as a string; accept both.
    t.expiresIn = expires.isString() ? expires.toString().toDouble() : expires.toDouble();
    t.patient = o.value("patient"_L1).toString();
    t.accessGrantExpiration =
        parseGrantExpiration(o.value("access_grant_expiration"_L1).toString());
    return t;
}

} // namespace bb::api
