#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace bb::fhir {

// What a server says of itself at /v2/fhir/metadata, as far as a support request needs it:
// which FHIR version and software answer, and which search parameters each resource takes.
struct CapabilityStatement
{
    struct Resource
    {
        QString type;
        QStringList searchParams;
    };

    QString fhirVersion;
    QString softwareName;
    QString softwareVersion;
    QString implementation;
    QString publisher;
    QString date;
    QList<Resource> resources;
};

// Reads a CapabilityStatement resource. nullopt, with the reason in `error` (not translated:
// it goes into a diagnostics report), for anything else.
std::optional<CapabilityStatement> readCapabilityStatement(
    const QByteArray &json, QString *error = nullptr);

} // namespace bb::fhir
