#pragma once

#include "sandbox/claimgenerator.h"
#include "sandbox/population.h"

#include <QByteArray>
#include <QCache>
#include <QHash>
#include <QList>
#include <QUrl>

#include <memory>

namespace bb::sandbox {

// The sandbox's "BFD": every resource of every synthetic beneficiary, generated on demand
// from the seed and cached, so start-up costs nothing and repeated pages cost a lookup.
class SyntheticData
{
public:
    explicit SyntheticData(quint64 seed);

    quint64 seed() const { return m_seed; }
    const Population &population() const { return m_population; }

    QByteArray patientJson(const Beneficiary &bene) const;
    // Parts A, B, C and D, in that order (BFD's order).
    QList<QByteArray> coverageJson(const Beneficiary &bene) const;
    std::shared_ptr<const ClaimList> claims(const Beneficiary &bene);
    QByteArray eobJson(const Beneficiary &bene, const ClaimStub &claim);
    // BB2's filtered CapabilityStatement with its SMART oauth-uris for `base`.
    QByteArray metadataJson(const QUrl &base) const;

private:
    quint64 m_seed;
    Population m_population;
    ClaimGenerator m_generator;
    QHash<int, std::shared_ptr<const ClaimList>> m_claimLists;
    QCache<QString, QByteArray> m_eobCache;
};

} // namespace bb::sandbox
