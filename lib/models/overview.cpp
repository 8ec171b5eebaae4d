#include "models/overview.h"

#include "models/claimlistmodel.h"

#include <QHash>

#include <algorithm>

namespace bb::models {

namespace {

void add(AmountTotals &t, const ClaimRow &row)
{
    ++t.claims;
    if (row.billed)
        t.billed += *row.billed;
    if (row.paid)
        t.medicarePaid += *row.paid;
    if (row.owe)
        t.youMayOwe += *row.owe;
}

void rank(QHash<QString, RankedCost> &into, const QString &name, const QString &code,
    std::optional<fhir::Money> cost)
{
    if (name.isEmpty())
        return;
    RankedCost &r = into[name.toCaseFolded()];
    if (r.name.isEmpty()) {
        r.name = name;
        r.code = code;
    }
    ++r.claims;
    if (cost)
        r.cost += *cost;
}

QList<RankedCost> top(const QHash<QString, RankedCost> &all, int count)
{
    QList<RankedCost> list = all.values();
    std::sort(list.begin(), list.end(), [](const RankedCost &a, const RankedCost &b) {
        if (a.cost != b.cost)
            return a.cost > b.cost;
        return a.name < b.name; // a stable order for equal costs
    });
    if (list.size() > count)
        list.resize(count);
    return list;
}

} // namespace

QList<int> Overview::years() const
{
    QList<int> out;
    for (const YearTypeTotals &t : byYearAndType) {
        if (out.isEmpty() || out.last() != t.year)
            out.append(t.year);
    }
    return out;
}

AmountTotals Overview::yearTotals(int year) const
{
    AmountTotals sum;
    for (const YearTypeTotals &t : byYearAndType) {
        if (t.year != year)
            continue;
        sum.claims += t.totals.claims;
        sum.billed += t.totals.billed;
        sum.medicarePaid += t.totals.medicarePaid;
        sum.youMayOwe += t.totals.youMayOwe;
    }
    return sum;
}

Overview computeOverview(
    const ClaimListModel &claims, const QDate &today, const ClaimFilter &filter, int topCount)
{
    Overview o;
    o.loaded = claims.claimCount();
    o.expected = claims.expectedTotal();
    o.complete = claims.isComplete();

    const QDate thisMonth(today.year(), today.month(), 1);
    for (int i = 11; i >= 0; --i)
        o.lastTwelveMonths.append({thisMonth.addMonths(-i), 0, {}});
    const QDate firstMonth = o.lastTwelveMonths.first().month;

    QHash<quint32, YearTypeTotals> byKey; // year << 8 | type
    QHash<QString, RankedCost> providers;
    QHash<QString, RankedCost> drugs;
    for (int r = 0; r < claims.claimCount(); ++r) {
        const ClaimRow &row = claims.claimRow(r);
        if (!filter.accepts(row))
            continue;
        add(o.all, row);
        const fhir::Claim &c = row.claim;
        if (c.fill) {
            rank(drugs, c.fill->drug.display.isEmpty() ? c.fill->drug.code : c.fill->drug.display,
                c.fill->drug.code, c.amounts.drugCost ? c.amounts.drugCost : c.amounts.billed);
        } else {
            rank(providers, row.providerText, c.providerId, row.billed);
        }
        if (!row.start.isValid()) {
            ++o.claimsWithoutDate;
            continue;
        }
        const quint32 key = (quint32(row.start.year()) << 8) | quint32(c.type);
        YearTypeTotals &yt = byKey[key];
        yt.year = row.start.year();
        yt.type = c.type;
        add(yt.totals, row);
        const QDate month(row.start.year(), row.start.month(), 1);
        if (month >= firstMonth && month <= thisMonth) {
            const int slot =
                (month.year() - firstMonth.year()) * 12 + month.month() - firstMonth.month();
            MonthTotals &m = o.lastTwelveMonths[slot];
            ++m.claims;
            if (row.owe)
                m.youMayOwe += *row.owe;
        }
    }
    o.byYearAndType = byKey.values();
    std::sort(o.byYearAndType.begin(), o.byYearAndType.end(),
        [](const YearTypeTotals &a, const YearTypeTotals &b) {
            if (a.year != b.year)
                return a.year > b.year;
            return int(a.type) < int(b.type);
        });
    o.topProviders = top(providers, topCount);
    o.topDrugs = top(drugs, topCount);
    return o;
}

} // namespace bb::models
