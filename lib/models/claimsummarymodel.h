#pragma once

#include "fhir/claim.h"
#include "models/keyvaluemodel.h"

namespace bb::models {

// The head of a claim's detail view as field/value rows: what, when, who, and every
// claim-level amount in the words of a Medicare Summary Notice (docs/money.md), then the
// server's own totals that have no such meaning, under the server's label.
class ClaimSummaryModel : public KeyValueModel
{
    Q_OBJECT
public:
    explicit ClaimSummaryModel(QObject *parent = nullptr);
    void setClaim(const fhir::Claim &claim);
    void clear();
};

} // namespace bb::models
