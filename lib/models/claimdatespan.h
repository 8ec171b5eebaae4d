#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace bb::models {

class ClaimFilter;
class ClaimListModel;

// The service dates a person's claims cover: what the date filter offers (a choice per year
// that has claims) and what an empty list says ("Your newest claim is from 17 July 2022").
struct ClaimDateSpan
{
    QList<int> years; // newest first, each year with at least one claim's service start
    QDate oldest;
    QDate newest;
};

ClaimDateSpan claimDateSpan(const ClaimListModel &claims);

// What an empty list or chart says, and what to do about it. `loaded` is how many claims the
// person has at all (the filters left none of them).
class EmptyListText
{
    Q_DECLARE_TR_FUNCTIONS(bb::models::EmptyListText)
public:
    // "No claims in the chosen dates. Your newest claim is from 17 July 2022. Choose "All
    // dates" to see every claim."; or that no claim arrived yet; or that no claim matches.
    static QString claims(const ClaimFilter &filter, int loaded, const ClaimDateSpan &span);
    // Under the "last 12 months" chart when it has no bar: no claim in those months (with
    // the newest claim's date), or claims but nothing to pay; empty when there are bars.
    // In place of the Drugs tab's empty list: no prescription claims at all, or none that the
    // filters leave.
    static QString drugs(const ClaimFilter &filter, int prescriptions);
    static QString lastTwelveMonths(
        int claimsInMonths, bool anyOwed, int loaded, const QDate &newest);
};

} // namespace bb::models
