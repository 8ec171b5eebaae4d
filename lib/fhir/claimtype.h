#pragma once

#include <QString>

#include <array>
#include <string_view>

namespace bb::fhir {

// The eight kinds of Medicare claims Blue Button returns as ExplanationOfBenefit resources.
enum class ClaimType : quint8 {
    Unknown,
    Carrier, // Part B professional/supplier claims (doctors)
    Dme, // durable medical equipment suppliers
    Hha, // home health agencies
    Hospice,
    Inpatient, // hospital stays
    Outpatient, // hospital outpatient departments
    Pde, // Part D prescription drug events
    Snf, // skilled nursing facilities
};

inline constexpr std::array<ClaimType, 8> allClaimTypes = {ClaimType::Carrier, ClaimType::Dme,
    ClaimType::Hha, ClaimType::Hospice, ClaimType::Inpatient, ClaimType::Outpatient, ClaimType::Pde,
    ClaimType::Snf};

// From the `eob-type` coding ("CARRIER", "PDE", ...), case-insensitively.
ClaimType claimTypeFromCode(std::string_view code);
// From the resource id ("carrier--10000930038026" -> Carrier).
ClaimType claimTypeFromId(std::string_view id);

// Lower-case key used by the API's `type` parameter and in exports: "carrier", "pde", ...
// Empty for Unknown.
QString claimTypeKey(ClaimType type);
// What a person calls it, translated: "Doctor/supplier", "Prescription drug", ...
QString claimTypeDisplayName(ClaimType type);

} // namespace bb::fhir
