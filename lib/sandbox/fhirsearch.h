#pragma once

#include "sandbox/claimgenerator.h"
#include "sandbox/httpmessage.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>
#include <variant>

namespace bb::sandbox {

struct DateBound
{
    QString op; // lt | le | gt | ge
    QDateTime at; // UTC; date-only values mean the start of that day
    bool dateOnly = false;
};

// The search parameters BB2 v2 lets through (docs/api-notes.md, Search parameters), validated the
// way its voluptuous schema does; everything else is dropped silently.
struct SearchParams
{
    int count = 10;
    int startIndex = 0;
    QList<ClaimType> types; // empty = all
    QStringList typeValues; // as sent, for the paging links
    QList<DateBound> lastUpdated;
    QStringList lastUpdatedValues;
    QList<DateBound> serviceDate;
    QStringList serviceDateValues;
    QString patient; // EOB patient=
    QString beneficiary; // Coverage beneficiary=
    QString id; // Patient _id=
    QString identifier; // Patient identifier=
    bool hasPatient = false;
    bool hasBeneficiary = false;
    bool hasId = false;
    bool hasIdentifier = false;
};

enum class SearchResource { Patient, Coverage, ExplanationOfBenefit };

// Returns the 400 response on a validation failure.
std::variant<SearchParams, HttpResponse> parseSearch(
    const HttpRequest &request, SearchResource resource);

bool matchesDates(const ClaimStub &claim, const SearchParams &params);
// Every `_lastUpdated` bound holds for a resource last updated at `msSinceEpoch` (ANDed).
bool matchesLastUpdated(qint64 msSinceEpoch, const SearchParams &params);

// BFD's paging links for one page: first, next, previous, last (absolute, on the sandbox's own
// host) and self. `loopNext` makes `next` point back at the same page (a fault knob).
struct PageLinks
{
    QString first, next, previous, last, self;
};
PageLinks pageLinks(const QUrl &base, SearchResource resource, const SearchParams &p,
    const QString &ownKey, const QString &ownValue, int total, bool loopNext);

} // namespace bb::sandbox
