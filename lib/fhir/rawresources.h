#pragma once

#include "fhir/bundle.h"
#include "fhir/rawresource.h"

#include <QByteArrayView>
#include <QList>

namespace bb::fhir {

// Everything split out of one JSON document.
struct RawDocument
{
    QString resourceType; // of the top-level object: "Bundle", "Patient", ...
    QList<RawResource> resources; // in document order; bundles inside bundles are flattened
    QList<ParseError> errors;

    bool ok() const { return errors.isEmpty(); }
};

// Splits a Blue Button document (a searchset or collection Bundle, or a single Patient,
// Coverage or ExplanationOfBenefit) into its resources, keeping each one's exact bytes.
// It accepts and refuses what parseDocument() does: malformed JSON, a wrong or missing
// resourceType, an entry without a resource or a resource without an id is a ParseError
// naming `origin`, the byte offset and the resource, while every resource that was read is
// kept. Thread-safe: each thread uses its own parser state.
RawDocument splitResources(QByteArrayView json, const QString &origin = {});

// Whether `candidate` should replace `kept`, another copy of the same resourceType/id: only
// when its meta.lastUpdated is newer, so the first copy wins a tie (the rule of the claim
// list and of the CSV export).
bool replacesCopy(const RawResource &candidate, const RawResource &kept);

// The FHIR base a search or read URL was made against ("https://host/v2/fhir/" from
// "https://host/v2/fhir/ExplanationOfBenefit/?patient=..."), or empty when `url` is not an
// absolute http(s) URL ending in one of the resource types Blue Button serves.
QString serverBaseOf(const QUrl &url);

} // namespace bb::fhir
