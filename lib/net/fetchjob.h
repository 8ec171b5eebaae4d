#pragma once

#include "net/clientoptions.h"
#include "net/fetchresult.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QSet>
#include <QTimer>
#include <QUrl>

#include <map>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace bb::api {
class TokenProvider;
}

namespace bb::net {

struct ParsedBody;

// One asynchronous fetch: a single request (userinfo, metadata, a read) or a whole search
// with all its pages. Created by BlueButtonClient; starts from the event loop, so connecting
// right after creation misses nothing.
//
// Resources stream out through pageReady() as pages arrive (de-duplicated by id), progress()
// counts them against the server's total, and finished() comes exactly once per run. A page
// that still fails after its retries is named in result().failedPages while everything else
// carries on; retryFailed() then runs only those pages.
class FetchJob : public QObject
{
    Q_OBJECT

public:
    enum class Kind : quint8 {
        Json, // a plain JSON object (userinfo, metadata)
        Resource, // one FHIR resource (a read)
        Search, // a FHIR search: every page
    };
    Q_ENUM(Kind)

    struct Request
    {
        Kind kind = Kind::Search;
        QUrl url; // for a search: page 0, with `_count`
        // 403 means "the person did not share personal information" (Patient, userinfo).
        bool personalInformation = false;
        bool authenticated = true; // send the Bearer token (metadata needs none)
        FetchOptions options;
        // The largest answer read (TooLarge over it); 0: ClientOptions::maxPageBytes.
        qint64 maxBytes = 0;
    };

    FetchJob(const Request &request, QNetworkAccessManager *nam, api::TokenProvider *tokens,
        const ClientOptions &options, QObject *parent = nullptr);
    ~FetchJob() override;

    const Request &request() const { return m_request; }
    const FetchResult &result() const { return m_result; }
    bool isFinished() const { return m_result.isFinished(); }

    // Starts (or, after a retryFailed(), continues) the work. Called by the client through the
    // event loop; calling it again while running does nothing.
    void start();
    // Stops every request; what arrived so far stays in result(). Emits finished().
    void cancel();
    // After an incomplete (or failed single-request) run: fetches only the failed pages
    // again. Returns false when there is nothing that a retry could fix.
    bool retryFailed();

Q_SIGNALS:
    void pageReady(const bb::net::Page &page);
    // Resources received so far against the server's total (-1 while unknown).
    void progress(qint64 received, qint64 total);
    // Blue Button answered 429: every request of this job waits `waitMs` from now (its
    // Retry-After), within the job's waiting budget (RetryPolicy::rateLimitBudgetMs).
    void rateLimited(int waitMs);
    void finished();

private:
    struct Slot
    {
        int startIndex = -1;
        QUrl url;
        int failures = 0; // transient failures other than 429
        int rateLimited = 0;
        bool refreshed = false; // a 401 already led to one token refresh
        bool timedOut = false;
        QString token; // the access token this attempt was sent with
        QPointer<QNetworkReply> reply;
        QTimer *timer = nullptr; // inactivity / hard timeout of the attempt in flight
        qint64 startedMs = 0;
        std::optional<fhir::Document> partial; // a page that parsed with errors, kept
    };

    void pump();
    void enqueue(int startIndex, const QUrl &url);
    void send(quint64 id);
    void touch(quint64 id);
    void onReplyFinished(quint64 id);
    void onParsed(quint64 id, const ParsedBody &parsed);
    void handleUnauthorized(quint64 id, const FetchError &error);
    void retryLater(quint64 id, const FetchError &error, std::optional<int> retryAfterMs = {});
    void pageFailed(quint64 id, const FetchError &error);
    void failJob(FetchResult::Outcome outcome, const FetchError &error);
    void deliverSearchPage(quint64 id, const fhir::Document &doc);
    // False (and the job failed) when the search is over the caps.
    bool planPages(const QUrl &firstUrl, const fhir::Document &doc);
    // False (and the job failed) when `total` is more than the caps allow.
    bool withinCaps(qint64 total);
    void failTooMany(const QString &detail);
    void followNext(int fromStart, const fhir::Document &doc);
    void addProblem(const QString &problem);
    void abortAll();
    void maybeFinish();
    bool sameOrigin(const QUrl &url) const;
    static void dropTimer(Slot &slot);
    // The raw copies of the resources whose ids are in `ids`.
    static QList<fhir::RawResource> rawOf(
        const QList<fhir::RawResource> &raw, const QSet<QString> &ids);

    Request m_request;
    QPointer<QNetworkAccessManager> m_nam;
    QPointer<api::TokenProvider> m_tokens;
    ClientOptions m_options;
    FetchResult m_result;
    bool m_started = false;

    std::map<quint64, Slot> m_slots; // pages in flight, being parsed or waiting to retry
    QList<QPair<int, QUrl>> m_queue; // pages not started yet
    quint64 m_nextSlotId = 1;
    QSet<QString> m_seenIds;
    QSet<int> m_receivedStarts;
    QSet<int> m_plannedStarts;
    QSet<QString> m_visited; // FollowNext: every page URL requested, to catch loops
    int m_pageSize = 50;
    int m_requestedPageSize = 50; // the `_count` asked for: a server's smaller one is ignored
    bool m_loopSeen = false;
    QDeadlineTimer m_pausedUntil; // a 429 holds back new requests of this job
    qint64 m_rateLimitWaitedMs = 0; // of RetryPolicy::rateLimitBudgetMs
    QTimer m_pauseTimer;
    QRandomGenerator m_random;
};

} // namespace bb::net
