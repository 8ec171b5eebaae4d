#pragma once

// Internal to lib/fhir.

#include "fhir/amountmeaning.h"

#include <string_view>

namespace bb::fhir::detail {

// classifyAmount() on the UTF-8 bytes the reader holds; the rules are ASCII, so comparing
// bytes decides exactly as comparing the texts does.
AmountMeaning classifyAmountUtf8(std::string_view categoryCode, std::string_view variable);

} // namespace bb::fhir::detail
