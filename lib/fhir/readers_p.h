#pragma once

#include "fhir/bundle.h"
#include "fhir/jsonwalk_p.h"

namespace bb::fhir::detail {

// Each reader fills one resource from its JSON object. They return a simdjson error only for
// a malformed document; missing or oddly typed fields just stay empty.
error_code readClaim(Reader &r, object &v, Claim &out);
error_code readPatient(Reader &r, object &v, Patient &out);
error_code readCoverage(Reader &r, object &v, Coverage &out);

// Derives the claim's money summary, stay details and prescription fill from what was read.
void finishClaim(Claim &claim);

} // namespace bb::fhir::detail
