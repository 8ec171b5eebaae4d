#pragma once

#include "fhir/claimtype.h"
#include "fhir/money.h"
#include "models/claimfilter.h"

#include <QDate>
#include <QList>

#include <optional>

namespace bb::models {

class ClaimListModel;

// Sums of known amounts, exact in cents; claims without an amount are left out of that sum.
struct AmountTotals
{
    int claims = 0;
    fhir::Money billed;
    fhir::Money medicarePaid;
    fhir::Money youMayOwe;
};

struct YearTypeTotals
{
    int year = 0;
    fhir::ClaimType type = fhir::ClaimType::Unknown;
    AmountTotals totals;
};

struct MonthTotals
{
    QDate month; // the first day of the month
    int claims = 0;
    fhir::Money youMayOwe; // what you paid or may owe for services that month
};

struct RankedCost
{
    QString name;
    QString code; // NPI of a provider, NDC of a drug (the first seen)
    int claims = 0;
    fhir::Money cost; // billed for providers, drug cost for drugs
};

// The numbers behind the overview tab's charts, by service start date.
struct Overview
{
    QList<YearTypeTotals> byYearAndType; // newest year first, then the types' order
    QList<MonthTotals> lastTwelveMonths; // oldest first, always 12 entries ending at `today`
    QList<RankedCost> topProviders; // highest billed first, prescriptions excluded
    QList<RankedCost> topDrugs; // highest drug cost first
    AmountTotals all;
    int claimsWithoutDate = 0; // counted in `all`, in no year or month
    // Completeness of the data the figures cover: "totals cover N of M claims".
    int loaded = 0;
    std::optional<qint64> expected;
    bool complete = false;

    QList<int> years() const; // newest first
    AmountTotals yearTotals(int year) const;
};

Overview computeOverview(const ClaimListModel &claims, const QDate &today,
    const ClaimFilter &filter = {}, int topCount = 10);

} // namespace bb::models
