#pragma once

#include <QByteArrayView>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace bb::api {

// The body of /v2/connect/userinfo: an OpenID Connect claims object, not a FHIR resource.
// {"sub", "name", "given_name", "family_name", "email", "iat", "patient"}.
struct UserInfo
{
    QString subject; // "sub"
    QString patient; // the v2 Patient id
    QString name; // "name", else given and family name joined; may be empty
    QString email;

    // nullopt when the object is not a userinfo body: it has a resourceType (a FHIR
    // resource), or neither a "sub" nor a "patient" string.
    static std::optional<UserInfo> fromJson(const QJsonObject &object);
    // As fromJson, from the bytes as received; nullopt also for anything that is not a JSON
    // object.
    static std::optional<UserInfo> parse(QByteArrayView body);
    // The person's name in a userinfo object: "name", else given and family name joined.
    static QString nameIn(const QJsonObject &object);
};

} // namespace bb::api
