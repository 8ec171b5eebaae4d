#include "fhir/capabilitystatement.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace bb::fhir {

// A statement is a few hundred kilobytes at most and read once per Diagnostics window:
// QJsonDocument is plenty, and keeps this apart from the claims' fast reader.
std::optional<CapabilityStatement> readCapabilityStatement(const QByteArray &json, QString *error)
{
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    const auto fail = [error](const QString &why) -> std::optional<CapabilityStatement> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (parseError.error != QJsonParseError::NoError)
        return fail(u"not JSON: "_s + parseError.errorString());
    const QJsonObject root = doc.object();
    const QString type = root.value("resourceType"_L1).toString();
    if (type != "CapabilityStatement"_L1)
        return fail(
            u"not a CapabilityStatement: "_s + (type.isEmpty() ? u"no resourceType"_s : type));

    CapabilityStatement statement;
    statement.fhirVersion = root.value("fhirVersion"_L1).toString();
    const QJsonObject software = root.value("software"_L1).toObject();
    statement.softwareName = software.value("name"_L1).toString();
    statement.softwareVersion = software.value("version"_L1).toString();
    statement.implementation =
        root.value("implementation"_L1).toObject().value("description"_L1).toString();
    statement.publisher = root.value("publisher"_L1).toString();
    statement.date = root.value("date"_L1).toString();
    for (const QJsonValue rest : root.value("rest"_L1).toArray()) {
        for (const QJsonValue resource : rest.toObject().value("resource"_L1).toArray()) {
            const QJsonObject r = resource.toObject();
            CapabilityStatement::Resource entry;
            entry.type = r.value("type"_L1).toString();
            for (const QJsonValue param : r.value("searchParam"_L1).toArray())
                entry.searchParams << param.toObject().value("name"_L1).toString();
            if (!entry.type.isEmpty())
                statement.resources << entry;
        }
    }
    return statement;
}

} // namespace bb::fhir
