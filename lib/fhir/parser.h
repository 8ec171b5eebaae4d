#pragma once

#include "fhir/bundle.h"

#include <QByteArrayView>

namespace bb::fhir {

// Reads one JSON document from Blue Button: a Bundle (searchset or collection), or a single
// Patient, Coverage or ExplanationOfBenefit. Never throws and never crashes on bad input:
// malformed JSON, a wrong resourceType or an unreadable entry becomes a ParseError naming
// `origin`, the byte offset and the resource, while every resource that did parse is kept.
// Thread-safe: each thread uses its own parser state.
struct ReadOptions
{
    // Also keep each resource's exact bytes (Document::raw), for "the JSON as received". The
    // same walk reads both: a resource's bytes are found by skipping over what was just read,
    // which costs a fraction of reading it.
    bool keepRaw = false;
};
Document parseDocument(QByteArrayView json, const QString &origin = {}, ReadOptions options = {});

} // namespace bb::fhir
