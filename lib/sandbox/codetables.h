#pragma once

#include <QString>

#include <array>

namespace bb::sandbox {

// Code tables for the synthetic claims: real code systems, a realistic spread of values.
struct Diagnosis
{
    const char *code; // ICD-10-CM without the dot, as CMS files carry it
    const char *display;
    bool chronic;
};

struct Service
{
    const char *code; // HCPCS level I (CPT) or level II
    int priceCents; // typical billed charge for one unit
};

struct Drug
{
    const char *ndc; // 11 digits, no hyphens
    const char *name;
    int unitCostCents; // per unit dispensed
    bool chronic;
};

struct Procedure
{
    const char *code; // ICD-10-PCS
    const char *display;
};

struct RevenueCenter
{
    const char *code;
    const char *display;
};

struct ProviderName
{
    const char *name;
    const char *taxonomy;
    const char *taxonomyDisplay;
};

extern const std::array<Diagnosis, 60> kDiagnoses;
extern const std::array<Service, 44> kProfessionalServices;
extern const std::array<Service, 16> kDmeServices;
extern const std::array<Drug, 36> kDrugs;
extern const std::array<Procedure, 16> kProcedures;
extern const std::array<RevenueCenter, 16> kRevenueCenters;
extern const std::array<ProviderName, 24> kPhysicians;
extern const std::array<const char *, 18> kFacilities;
extern const std::array<const char *, 12> kPharmacies;
extern const std::array<const char *, 40> kGivenNamesFemale;
extern const std::array<const char *, 40> kGivenNamesMale;
extern const std::array<const char *, 48> kFamilyNames;

struct StateCode
{
    const char *ssaCode; // BFD writes the SSA state code, not the USPS one
    const char *zipPrefix;
};
extern const std::array<StateCode, 12> kStates;

// A 10-digit NPI with a valid check digit (Luhn over the 80840 prefix).
QString makeNpi(quint64 base);

} // namespace bb::sandbox
