#pragma once

#include "net/claimquery.h"
#include "net/clientoptions.h"
#include "net/fetchjob.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;

namespace bb::api {
class TokenProvider;
}

namespace bb::net {

// Where one Blue Button server answers.
struct Endpoints
{
    QUrl fhirBase; // https://host/v2/fhir/
    QUrl userInfo; // https://host/v2/connect/userinfo

    // From the two URLs an environment names (auth::Environment::fhirBaseUrl(), userInfoUrl()).
    static Endpoints fromUrls(const QUrl &fhirBase, const QUrl &userInfo);
    // From a server root such as http://127.0.0.1:8765 (the local sandbox).
    static Endpoints fromBaseUrl(const QUrl &base);
};

// The fetching client: one per account. Every call starts an asynchronous FetchJob (owned by
// the client; delete it when done with it) that streams its resources and ends with
// finished(). Network traffic runs on this object's thread; parsing runs on worker threads.
//
//   auto *job = client.fetchClaims();
//   connect(job, &FetchJob::pageReady, model, &ClaimsModel::append);
//   connect(job, &FetchJob::finished, this, [job] { if (!job->result().isComplete()) ... });
class BlueButtonClient : public QObject
{
    Q_OBJECT

public:
    // `tokens` gives the access token and the patient id; `nam` may be shared (one per
    // thread); without one the client makes its own.
    BlueButtonClient(const Endpoints &endpoints, api::TokenProvider *tokens,
        QNetworkAccessManager *nam = nullptr, QObject *parent = nullptr);
    ~BlueButtonClient() override;

    const ClientOptions &options() const { return m_options; }
    // The client's policy (page size, concurrency, retries); set it before the first request.
    // What a request keeps of its answer goes with the request (FetchOptions).
    void setOptions(const ClientOptions &options) { m_options = options; }
    const Endpoints &endpoints() const { return m_endpoints; }

    // GET /v2/connect/userinfo. NotShared when the person declined personal information.
    FetchJob *fetchUserInfo();
    // GET /v2/fhir/metadata (no token needed).
    FetchJob *fetchMetadata();
    // The signed-in person's Patient resource. NotShared as for userinfo.
    FetchJob *fetchPatient(const FetchOptions &options = {});
    // Every Coverage (parts A to D) of the signed-in person.
    FetchJob *fetchCoverage(const FetchOptions &options = {});
    // Every ExplanationOfBenefit matching `query` (default: all claims), every page.
    FetchJob *fetchClaims(const ClaimQuery &query = {}, const FetchOptions &options = {});
    // How many claims match `query` (FetchResult::total), from one request for one claim:
    // what an incremental sync compares with the claims it keeps, since the API reports no
    // deletions (docs/api-notes.md, Paging; `_count=0` is refused by the server).
    FetchJob *countClaims(const ClaimQuery &query = {});
    // One resource by type ("Patient", "Coverage", "ExplanationOfBenefit") and id.
    FetchJob *read(
        const QString &resourceType, const QString &id, const FetchOptions &options = {});

Q_SIGNALS:
    // Every job this client starts, e.g. for a status bar that shows all activity.
    void jobStarted(bb::net::FetchJob *job);

private:
    FetchJob *startJob(const FetchJob::Request &request);
    QUrl searchUrl(const QString &resource, const QList<QPair<QString, QString>> &items) const;

    Endpoints m_endpoints;
    QPointer<api::TokenProvider> m_tokens;
    QNetworkAccessManager *m_nam = nullptr;
    ClientOptions m_options;
};

} // namespace bb::net
