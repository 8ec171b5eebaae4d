#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace bb::fhir {

// One resource exactly as it appeared in its document. The bytes are never re-serialised, so
// an export of "the JSON as received" keeps key order, number spelling, escapes and every
// extension nobody reads.
struct RawResource
{
    QString resourceType; // "Patient", "Coverage", "ExplanationOfBenefit"
    QString id;
    QDateTime lastUpdated; // meta.lastUpdated; invalid when absent or unreadable
    // The entry's own fullUrl; else <server base>/<type>/<id> when the bundle's self (or
    // first) link names the server it came from; else empty (a single resource in a file).
    QString fullUrl;
    QByteArray json; // from the opening '{' to the closing '}', byte for byte
};

} // namespace bb::fhir
