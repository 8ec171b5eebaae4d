#pragma once

#include "fhir/claim.h"

#include <QByteArray>

namespace bb::views {

// The "Raw FHIR" tab's fallback: when the data layer did not keep a claim's original JSON
// (bb::net keeps whole pages only with ClientOptions::keepRawJson), the tab shows the typed
// claim's fields as indented JSON and says that it was generated. The keys follow the typed
// claim (bb::fhir::Claim), not the FHIR resource.
QByteArray claimFieldsJson(const fhir::Claim &claim);

// Indents any JSON text for reading; returns it unchanged when it does not parse.
QByteArray indentedJson(const QByteArray &json);

} // namespace bb::views
