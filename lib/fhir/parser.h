#pragma once

#include "fhir/bundle.h"

#include <QByteArrayView>

namespace bb::fhir {

// Reads one JSON document from Blue Button: a Bundle (searchset or collection), or a single
// Patient, Coverage or ExplanationOfBenefit. Never throws and never crashes on bad input:
// malformed JSON, a wrong resourceType or an unreadable entry becomes a ParseError naming
// `origin`, the byte offset and the resource, while every resource that did parse is kept.
// Thread-safe: each thread uses its own parser state.
Document parseDocument(QByteArrayView json, const QString &origin = {});

} // namespace bb::fhir
