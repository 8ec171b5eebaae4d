#pragma once

#include "fhir/claim.h"

#include <QString>

namespace bb::models {

// The claim in one plain sentence: the kind of care, who, when, then the money a person
// looks for. "Doctor visit with Dr. Jane Smith on 3 March 2024: Medicare paid $84.20; you
// may owe $21.05". Only what the claim gives: an unknown amount or name is left out, never
// shown as zero. Translated, with the app's date and money formats.
QString claimSentence(const fhir::Claim &claim);

// "3 March 2024" ("3 de marzo de 2024"): the long date of the sentences and the summary.
QString longDate(const QDate &date);

} // namespace bb::models
