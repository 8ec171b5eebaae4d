#pragma once

#include <QByteArrayView>
#include <QDateTime>
#include <QStringList>

#include <optional>

namespace bb::api {

// The token endpoint's answer for the authorization_code and refresh_token grants.
struct TokenResponse
{
    QString accessToken;
    QString tokenType;
    QString refreshToken;
    QStringList scopes;
    double expiresIn = 0; // seconds; a JSON number that may be fractional
    QString patient; // the v2 Patient id, even when demographics were not shared
    // When the 13-month data access grant ends. Invalid when absent or "" (research apps).
    QDateTime accessGrantExpiration;

    // nullopt with `error` set when the body is not a usable token response.
    static std::optional<TokenResponse> parse(QByteArrayView body, QString *error = nullptr);
};

} // namespace bb::api
