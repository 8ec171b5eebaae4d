#include "views/moneytext.h"

#include "models/cell.h"

using namespace Qt::StringLiterals;

namespace bb::views {

QString MoneyText::sum(const QString &label, fhir::Money sum, int unknown)
{
    QString text = label.arg(models::formatMoney(sum));
    if (unknown > 0)
        //: After a footer sum: how many shown claims had no such amount and are not in it.
        text += u' ' + tr("(%Ln without an amount)", nullptr, unknown);
    return text;
}

QString MoneyText::claimTotals(const models::ClaimTotals &totals)
{
    //: Footer of the claims list: how many claims the filters leave shown.
    QString text = tr("%Ln claim(s) shown", nullptr, totals.shown);
    if (totals.shown == 0)
        return text;
    const QString sep = u" · "_s;
    //: Footer sum of what providers billed for the shown claims; %1 is the amount.
    text += sep + sum(tr("Billed %1"), totals.billed, totals.billedUnknown);
    //: Footer sum of what Medicare (or the drug plan) paid; %1 is the amount.
    text += sep + sum(tr("Medicare or plan paid %1"), totals.paid, totals.paidUnknown);
    //: Footer sum of deductible, coinsurance and copays; %1 is the amount.
    text += sep + sum(tr("You may owe %1"), totals.youMayOwe, totals.oweUnknown);
    return text;
}

} // namespace bb::views
