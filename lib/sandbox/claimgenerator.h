#pragma once

#include "sandbox/population.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <memory>
#include <vector>

namespace bb::sandbox {

// What search needs to know about a claim without building it: enough to filter, sort and
// page 10,000 claims in well under a millisecond per page.
struct ClaimStub
{
    ClaimType type = ClaimType::Carrier;
    int ordinal = 0; // index within its type for this beneficiary (seeds the details)
    QByteArray claimId; // "-10000930038026": a string, compared as a string
    qint64 startDay = 0; // Julian days
    qint64 endDay = 0;
    qint64 lastUpdatedMs = 0;
    int drug = -1; // PDE: index into kDrugs
    int fill = 0; // PDE: refill number
    int daysSupply = 0;

    QString resourceId() const; // "carrier--10000930038026"
};

// All claims of one beneficiary in BFD's order (claim id string, then type).
struct ClaimList
{
    std::vector<ClaimStub> claims;
    QHash<QString, int> indexById;
};

class ClaimGenerator
{
public:
    explicit ClaimGenerator(quint64 seed);

    std::shared_ptr<const ClaimList> list(const Beneficiary &bene) const;
    QByteArray eobJson(const Beneficiary &bene, const ClaimStub &claim) const;

    // The moment the data set was "extracted": `created` of every EOB (the real server puts
    // the response time there; a fixed value keeps responses byte-identical per seed).
    static QString createdTimestamp();
    static QString formatInstant(qint64 msSinceEpoch); // "2023-06-14T14:17:07.293-04:00"

private:
    quint64 m_seed;
};

} // namespace bb::sandbox
