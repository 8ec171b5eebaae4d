#pragma once

#include "fhir/bundle.h"
#include "net/fetcherror.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace bb::net {

// A page (or single request) that still failed after its retries. `startIndex` names the page
// of a search (0, 50, 100, ...); -1 for a request that is not a search page.
struct PageFailure
{
    int startIndex = -1;
    QUrl url;
    FetchError error;
};

// What one page added: only resources not seen on an earlier page of the same fetch.
struct Page
{
    int startIndex = -1;
    QList<fhir::Patient> patients;
    QList<fhir::Coverage> coverages;
    QList<fhir::Claim> claims;
    QList<fhir::RawResource> raw; // the same resources as received (FetchOptions::keepRawJson)
};

// Everything a fetch produced so far. Partial data is never presented as complete: `outcome`
// says which it is, and `failedPages` names what is missing.
struct FetchResult
{
    enum class Outcome : quint8 {
        Running,
        Complete, // every page arrived; the resource count equals the server's total
        Incomplete, // some pages failed after retries, or the counts do not add up
        NotShared, // Patient/userinfo: the person declined to share personal information
        Failed, // the whole fetch stopped: `error` says why (reconnect, TLS, forbidden, ...)
        Cancelled,
    };

    Outcome outcome = Outcome::Running;
    FetchError error; // Failed / NotShared: the reason
    std::optional<qint64> total; // the server's Bundle.total (searches)

    // In arrival order, de-duplicated by id (the server orders claims by id, not date).
    QList<fhir::Patient> patients;
    QList<fhir::Coverage> coverages;
    QList<fhir::Claim> claims;
    QJsonObject json; // userinfo and metadata

    QList<PageFailure> failedPages; // sorted by startIndex
    QStringList problems; // translated notes: link loops, changed totals, missing entries
    // Each resource as received: with FetchOptions::keepRawJson and accumulate.
    QList<fhir::RawResource> raw;

    int pagesReceived = 0;
    int pagesExpected = 0; // 0 until the first page of a search reveals the total
    int duplicates = 0; // resources seen on more than one page
    int requests = 0; // HTTP requests sent, retries included
    int retries = 0;

    bool isComplete() const { return outcome == Outcome::Complete; }
    bool isFinished() const { return outcome != Outcome::Running; }
    qint64 received() const { return patients.size() + coverages.size() + claims.size(); }
};

} // namespace bb::net

Q_DECLARE_METATYPE(bb::net::Page)
