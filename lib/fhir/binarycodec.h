#pragma once

#include "fhir/claim.h"
#include "fhir/coverage.h"
#include "fhir/patient.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace bb::fhir {

// Typed resources in a compact binary form, for the local store: reading JSON again costs
// seconds for a big record (about 115 MB/s), reading this costs a small fraction of it, so
// the app reopens at once. Every distinct string is written once in a table and referred
// to by number, which also makes equal strings share one buffer again after reading, as
// they do after the JSON reader.
//
// Not an interchange format: the layout follows the structs and carries a version; a
// version this build does not know reads as nothing (the store then downloads again).
struct TypedResources
{
    QList<Patient> patients;
    QList<Coverage> coverages;
    QList<Claim> claims;
};

namespace binarycodec {

constexpr quint32 kVersion = 1;

QByteArray encode(const TypedResources &resources);
// nullopt for bytes this version did not write (another version, truncated, damaged).
std::optional<TypedResources> decode(const QByteArray &bytes);

} // namespace binarycodec

} // namespace bb::fhir
