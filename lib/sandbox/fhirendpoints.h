#pragma once

#include "sandbox/faults.h"
#include "sandbox/fhirsearch.h"
#include "sandbox/httpmessage.h"

#include <QCache>
#include <QHash>

#include <functional>
#include <optional>

namespace bb::sandbox {

class OAuthEndpoints;
class SandboxClock;
class SyntheticData;
struct BearerAccess;

// /v2/fhir/metadata and Patient, Coverage, ExplanationOfBenefit read and search, with BB2's
// permission order, error bodies, throttling and BFD's paging (docs/api-notes.md, FHIR calls).
class FhirEndpoints
{
public:
    FhirEndpoints(OAuthEndpoints &auth, SyntheticData &data, const SandboxClock &clock,
        std::function<FaultSettings()> faults, std::function<QUrl()> baseUrl);

    std::optional<HttpResponse> handle(const HttpRequest &request);

private:
    HttpResponse search(
        const HttpRequest &request, SearchResource resource, const BearerAccess &access);
    HttpResponse read(SearchResource resource, const QString &id, const BearerAccess &access);
    std::optional<HttpResponse> throttle(const QString &token, HttpResponse &headersTarget);
    HttpResponse bundle(const HttpRequest &request, SearchResource resource,
        const SearchParams &params, const QString &ownKey, const QString &ownValue, int total,
        const QList<QByteArray> &entries, const QString &lastUpdated, bool loopNext);

    OAuthEndpoints &m_auth;
    SyntheticData &m_data;
    const SandboxClock &m_clock;
    std::function<FaultSettings()> m_faults;
    std::function<QUrl()> m_baseUrl;

    struct Window
    {
        qint64 second = -1;
        int used = 0;
    };
    QHash<QString, Window> m_windows;
    // Whole EOB pages: clients and benchmarks re-read the same pages, as BFD would re-run them.
    QCache<QByteArray, QByteArray> m_pages {64 * 1024}; // KiB
};

} // namespace bb::sandbox
