#pragma once

#include "sandbox/population.h"

#include <QByteArray>
#include <QHash>
#include <QSet>
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
    quint64 origin =
        0; // 0: part of the generated history; else the draw of the change that added it
    int revision = 0; // times a data change updated it (revised amounts)

    QString resourceId() const; // "carrier--10000930038026"
};

// All claims of one beneficiary in BFD's order (claim id string, then type).
struct ClaimList
{
    std::vector<ClaimStub> claims;
    QHash<QString, int> indexById;
    QByteArray version; // differs whenever the claims do: part of the page cache's key
};

class ClaimGenerator
{
public:
    explicit ClaimGenerator(quint64 seed);

    // The history is generated over 2015-01-01 .. 2023-06-30 and, once `today` is set, moved
    // by whole weeks (the weekly loads stay on Fridays): each beneficiary's newest claim is
    // then loaded one to two weeks before `today`, and the data set's extraction
    // (createdTimestamp()) falls in the week before it. Without `today` nothing moves.
    void setToday(const QDate &today) { m_today = today; }
    QDate today() const { return m_today; }
    // How far the extraction and the first load (initialLoadMs()) move.
    qint64 shiftDays() const;
    static qint64 historyShiftDays(const QDate &today);

    std::shared_ptr<const ClaimList> list(const Beneficiary &bene) const;
    QByteArray eobJson(const Beneficiary &bene, const ClaimStub &claim) const;
    // A claim that appears at `atMs` (a data change), serviced shortly before; `draw` seeds
    // its type, id, dates and details. Its id is not among `taken`.
    static ClaimStub newClaim(
        const Beneficiary &bene, quint64 draw, qint64 atMs, const QSet<QByteArray> &taken);

    // The moment the data set was "extracted": `created` of every EOB (the real server puts
    // the response time there; a fixed value keeps responses byte-identical per seed and clock).
    QString createdTimestamp() const;
    // The first weekly load: meta.lastUpdated of Patient, Coverage and the older claims.
    qint64 initialLoadMs() const;
    static QString formatInstant(qint64 msSinceEpoch); // "2023-06-14T14:17:07.293-04:00"

private:
    quint64 m_seed;
    QDate m_today;
};

} // namespace bb::sandbox
