#pragma once

#include "models/claimlistmodel.h" // complete type for the proxy's QPointer
#include "models/claimsproxymodel.h"

#include <QCoreApplication>
#include <QString>

namespace bb::views {

// Footer texts shared by the tabs that show totals, so every tab words them the same way.
class MoneyText
{
    Q_DECLARE_TR_FUNCTIONS(bb::views::MoneyText)
public:
    // "52 claims shown · Billed $1,234.50 · Medicare or plan paid $980.00 · You may owe
    // $120.00", with "(3 without an amount)" after a sum that left claims out.
    static QString claimTotals(const models::ClaimTotals &totals);

private:
    static QString sum(const QString &label, fhir::Money sum, int unknown);
};

} // namespace bb::views
