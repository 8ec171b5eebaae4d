#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>

namespace bb::sandbox {

// Compact JSON with FHIR's customary key order for the keys clients look at first
// ("resourceType", "id", "meta"), the rest alphabetical. QJsonDocument would sort
// "resourceType" into the middle of every resource.
void appendCompactJson(QByteArray &out, const QJsonValue &value);
QByteArray compactJson(const QJsonObject &object);

} // namespace bb::sandbox
