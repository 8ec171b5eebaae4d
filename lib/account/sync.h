#pragma once

#include "account/syncproblem.h"
#include "account/syncrequest.h"
#include "api/tokenprovider.h"
#include "export/rawarchive.h"
#include "fhir/bundle.h"
#include "net/fetchjob.h"
#include "net/fetchresult.h"

#include <QObject>
#include <QPointer>

#include <array>

class QNetworkAccessManager;

namespace bb::net {
class BlueButtonClient;
struct Endpoints;
} // namespace bb::net

namespace bb::account {

// One download of a signed-in person's data: userinfo, Patient, Coverage and claims, as a
// SyncRequest asks, every page, with retries, rate limits, progress and cancel (bb::net).
// Each page is read once, on a worker thread, into typed resources and (when asked) their
// JSON as received. What arrives streams out through the signals; what went wrong is mapped
// to what happened and what to do (problem()). Made by AccountService::startSync().
class Sync : public QObject
{
    Q_OBJECT

public:
    enum class Part : quint8 { UserInfo, Patient, Coverage, Claims, ClaimCount };
    Q_ENUM(Part)
    static constexpr std::array<Part, 5> allParts {
        Part::UserInfo, Part::Patient, Part::Coverage, Part::Claims, Part::ClaimCount};

    // Starts at once (the requests go out from the event loop, so connecting right after
    // construction misses nothing).
    Sync(const net::Endpoints &endpoints, api::TokenProvider *tokens, QNetworkAccessManager *nam,
        const SyncRequest &request, QObject *parent = nullptr);
    ~Sync() override;

    const SyncRequest &request() const { return m_request; }
    // Requests in flight, or resources still being compressed.
    bool isRunning() const;
    bool isArchiving() const { return m_archiving > 0; }
    // Stops every request; what arrived stays. Ends in finished().
    void cancel();
    // After an incomplete claims download: fetches only the pages that failed (the sync runs
    // again and ends in finished() once more). False when there is nothing a retry could fix.
    bool retryMissing();

    // The outcome of a part so far; null when the request did not ask for it.
    const net::FetchResult *result(Part part) const;
    // The URL a part was asked at (for messages), empty when not asked.
    QUrl url(Part part) const;
    // The problem a person should hear about, after the parts that have finished: a reconnect
    // outranks everything, otherwise the first problem stays. Null when all is well so far.
    SyncProblem problem() const { return m_problem; }

    // The account's name from userinfo ("Medicare beneficiary <id>" when it has none).
    QString accountName() const { return m_accountName; }
    // Claims received so far, de-duplicated by id.
    qint64 claimCount() const { return m_claimsReceived; }

    // "Loading claims… 1,200 of 2,919" (total < 0: unknown), for status bars and terminals.
    static QString progressText(qint64 received, qint64 total);
    // "Blue Button asked this app to slow down. Trying again in 12 seconds…" (rounded up).
    static QString waitingText(int waitMs);

Q_SIGNALS:
    void accountNamed(const QString &name);
    void patientReceived(const bb::fhir::Patient &patient);
    // The Patient answered 403: the person did not share personal information.
    void patientNotShared();
    void coveragesReceived(const QList<bb::fhir::Coverage> &coverages);
    // Claims new on a page (never one already streamed in this sync).
    void claimsReceived(const QList<bb::fhir::Claim> &claims);
    // Claims received against the server's total (-1 while unknown).
    void claimsProgress(qint64 received, qint64 total);
    // Blue Button asked to slow down (429): the requests wait `waitMs` from now before they
    // are tried again. Within two minutes of waiting in all (RetryPolicy::rateLimitBudgetMs).
    void waitingForServer(int waitMs);
    // With SyncRequest::RawJson::Archived: a batch of resources as received, compressed.
    void rawArchived(const bb::exporting::RawArchive &batch);
    void partFinished(bb::account::Sync::Part part);
    void problemChanged(const bb::account::SyncProblem &problem);
    // Every part has finished (and, when archiving, every batch has been handed out).
    void finished();

private:
    void start(Part part);
    void watch(Part part, net::FetchJob *job);
    void onPage(Part part, const net::Page &page);
    void onFinished(Part part);
    void archive(QList<fhir::RawResource> raw);
    void maybeFinish();
    SyncProblem problemFor(Part part) const;
    void setProblem(const SyncProblem &problem);
    static QString nameFrom(const QJsonObject &json, const QString &patientId);

    SyncRequest m_request;
    net::BlueButtonClient *m_client; // owns the jobs
    QPointer<api::TokenProvider> m_tokens;
    std::array<QPointer<net::FetchJob>, allParts.size()> m_jobs;
    SyncProblem m_problem;
    QString m_accountName;
    qint64 m_claimsReceived = 0;
    int m_archiving = 0; // compression batches under way
    bool m_finishedSent = false;
};

} // namespace bb::account
