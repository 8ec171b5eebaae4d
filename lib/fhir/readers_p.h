#pragma once

#include "fhir/amountmeaning_p.h"
#include "fhir/bundle.h"
#include "fhir/conceptmemo_p.h"
#include "fhir/jsonwalk_p.h"

namespace bb::fhir::detail {

// Each reader fills one resource from its JSON object. They return a simdjson error only for
// a malformed document; missing or oddly typed fields just stay empty.
error_code readClaim(Reader &r, object &v, Claim &c);
error_code readPatient(Reader &r, object &v, Patient &p);
error_code readCoverage(Reader &r, object &v, Coverage &c);

// An organisation from a claim's `contained`, referenced as "#provider-org".
struct ContainedOrganization
{
    QString id;
    QString name;
    QString npi;
};

// Reads a claim one field at a time, so that fields can be handed over before the
// resourceType is known: bundles written with sorted keys put it after most of the claim.
class ClaimReader
{
public:
    ClaimReader(Reader &reader, Claim &claim);
    error_code field(std::string_view key, value &v);
    // Resolves what needs several fields: the provider named through `contained`.
    void finish();

private:
    Reader &m_r;
    Claim &m_c;
    QList<ContainedOrganization> m_orgs;
    QString m_providerRef;
};

// Derives the claim's money summary, stay details and prescription fill from what was read.
// Returns false when its amounts add up past what an amount can hold: such a claim is
// unreadable, never shown with a sum that wrapped round.
[[nodiscard]] bool finishClaim(Claim &claim);

} // namespace bb::fhir::detail
