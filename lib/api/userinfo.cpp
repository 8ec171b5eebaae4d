#include "api/userinfo.h"

#include <QJsonDocument>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace bb::api {

std::optional<UserInfo> UserInfo::fromJson(const QJsonObject &o)
{
    if (o.contains("resourceType"_L1))
        return std::nullopt;
    UserInfo u;
    u.subject = o.value("sub"_L1).toString();
    u.patient = o.value("patient"_L1).toString();
    if (u.subject.isEmpty() && u.patient.isEmpty())
        return std::nullopt;
    u.name = nameIn(o);
    u.email = o.value("email"_L1).toString();
    return u;
}

QString UserInfo::nameIn(const QJsonObject &o)
{
    QString name = o.value("name"_L1).toString().trimmed();
    if (!name.isEmpty())
        return name;
    return QStringList {o.value("given_name"_L1).toString(), o.value("family_name"_L1).toString()}
        .join(u' ')
        .trimmed();
}

std::optional<UserInfo> UserInfo::parse(QByteArrayView body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body.toByteArray());
    if (!doc.isObject())
        return std::nullopt;
    return fromJson(doc.object());
}

} // namespace bb::api
