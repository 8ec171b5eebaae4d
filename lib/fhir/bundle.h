#pragma once

#include "fhir/claim.h"
#include "fhir/coverage.h"
#include "fhir/patient.h"
#include "fhir/rawresource.h"

#include <QList>
#include <QUrl>

#include <optional>

namespace bb::fhir {

// A problem found while reading input: where (file or URL, byte offset, resource) and what.
struct ParseError
{
    QString origin; // file path or URL the bytes came from
    qint64 offset = -1; // byte offset in the input, when known
    QString resource; // "ExplanationOfBenefit/pde--123" or "entry 7", when known
    QString message; // translated, one line

    QString toString() const;
};

struct BundleLinks
{
    QUrl first;
    QUrl previous;
    QUrl next;
    QUrl last;
    QUrl self;
};

// Everything read from one JSON document: a searchset Bundle, a single resource, or a
// collection. Resources that parsed are kept even when others in the same document failed.
struct Document
{
    QString resourceType; // of the top-level object: "Bundle", "Patient", ...
    QString bundleType; // "searchset", "collection"
    std::optional<qint64> total;
    BundleLinks links;
    int entryCount = 0; // entries seen in the bundle

    QList<Patient> patients;
    QList<Coverage> coverages;
    QList<Claim> claims;
    // Only with ReadOptions::keepRaw: each resource above exactly as received, in document
    // order, taken in the same walk that read it.
    QList<RawResource> raw;
    QList<ParseError> errors;

    bool ok() const { return errors.isEmpty(); }
};

} // namespace bb::fhir
