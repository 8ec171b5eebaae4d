#include "export/claimset.h"

#include <QHash>

#include <algorithm>

namespace bb::exporting {

void mergeClaims(QList<fhir::Claim> &into, QList<fhir::Claim> &&more)
{
    QHash<QString, qsizetype> index;
    index.reserve(into.size() + more.size());
    for (qsizetype i = 0; i < into.size(); ++i)
        index.insert(into.at(i).id, i);
    for (fhir::Claim &c : more) {
        const auto it = index.constFind(c.id);
        if (it == index.constEnd()) {
            index.insert(c.id, into.size());
            into.append(std::move(c));
        } else if (c.lastUpdated > into.at(*it).lastUpdated) {
            into[*it] = std::move(c);
        }
    }
}

void sortNewestFirst(QList<fhir::Claim> &claims)
{
    // Ties (same dates) fall back to the id, so the order is the same on every run.
    std::stable_sort(claims.begin(), claims.end(), [](const fhir::Claim &a, const fhir::Claim &b) {
        const QDate ea = a.serviceEnd(), eb = b.serviceEnd();
        if (ea != eb)
            return ea > eb;
        const QDate sa = a.serviceStart(), sb = b.serviceStart();
        if (sa != sb)
            return sa > sb;
        return a.id < b.id;
    });
}

} // namespace bb::exporting
