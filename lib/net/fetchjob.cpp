#include "net/fetchjob.h"

#include "api/replylimit.h"
#include "api/tokenprovider.h"
#include "net/bodyparser.h"
#include "net/logging.h"
#include "net/pageurls.h"
#include "net/replyclassifier.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFutureWatcher>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace bb::net {

namespace {

BodyKind bodyKind(FetchJob::Kind kind)
{
    switch (kind) {
    case FetchJob::Kind::Json:
        return BodyKind::Json;
    case FetchJob::Kind::Resource:
        return BodyKind::Resource;
    case FetchJob::Kind::Search:
        break;
    }
    return BodyKind::Bundle;
}

} // namespace

FetchJob::FetchJob(const Request &request, QNetworkAccessManager *nam, api::TokenProvider *tokens,
    const ClientOptions &options, QObject *parent)
    : QObject(parent)
    , m_request(request)
    , m_nam(nam)
    , m_tokens(tokens)
    , m_options(options)
    , m_random(QRandomGenerator::global()->generate())
{
    m_options.maxConcurrentRequests = std::max(1, m_options.maxConcurrentRequests);
    if (m_options.paging == PagingStrategy::FollowNext)
        m_options.maxConcurrentRequests = 1; // the next link is only known page by page
    m_pageSize = pageSizeOf(m_request.url, m_options.pageSize);
    m_requestedPageSize = m_pageSize;
    m_pauseTimer.setSingleShot(true);
    connect(&m_pauseTimer, &QTimer::timeout, this, &FetchJob::pump);
    if (m_tokens) {
        connect(
            m_tokens, &api::TokenProvider::reconnectNeeded, this, [this](const QString &message) {
                if (m_result.isFinished() || m_slots.empty())
                    return;
                FetchError e;
                e.kind = FetchError::Kind::ReconnectNeeded;
                e.serverMessage = message;
                failJob(FetchResult::Outcome::Failed, e);
            });
    }
}

FetchJob::~FetchJob()
{
    abortAll();
}

void FetchJob::start()
{
    if (m_started)
        return;
    m_started = true;
    enqueue(m_request.kind == Kind::Search ? 0 : -1, m_request.url);
    pump();
}

void FetchJob::enqueue(int startIndex, const QUrl &url)
{
    if (startIndex >= 0)
        m_plannedStarts.insert(startIndex);
    m_queue.append({startIndex, url});
}

void FetchJob::pump()
{
    if (m_result.isFinished())
        return;
    if (!m_pausedUntil.hasExpired() && !m_queue.isEmpty()) {
        // Retry-After applies to the whole job: new pages wait, the throttled one retries.
        m_pauseTimer.start(int(std::max<qint64>(1, m_pausedUntil.remainingTime())));
        return;
    }
    while (!m_queue.isEmpty() && int(m_slots.size()) < m_options.maxConcurrentRequests) {
        const auto [startIndex, url] = m_queue.takeFirst();
        const quint64 id = m_nextSlotId++;
        Slot &slot = m_slots[id];
        slot.startIndex = startIndex;
        slot.url = url;
        slot.timer = new QTimer(this);
        slot.timer->setSingleShot(true);
        connect(slot.timer, &QTimer::timeout, this, [this, id] {
            auto it = m_slots.find(id);
            if (it == m_slots.end() || !it->second.reply)
                return;
            it->second.timedOut = true;
            it->second.reply->abort(); // finishes the reply with OperationCanceledError
        });
        if (m_options.paging == PagingStrategy::FollowNext)
            m_visited.insert(pageKey(url));
        send(id);
    }
    maybeFinish();
}

void FetchJob::send(quint64 id)
{
    auto it = m_slots.find(id);
    if (it == m_slots.end() || m_result.isFinished())
        return;
    Slot &slot = it->second;
    if (!m_nam) {
        FetchError e;
        e.kind = FetchError::Kind::Network;
        e.url = slot.url;
        e.detail = u"no QNetworkAccessManager"_s;
        failJob(FetchResult::Outcome::Failed, e);
        return;
    }
    QNetworkRequest request(slot.url);
    // The Bearer token must never follow a redirect to another host.
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    request.setRawHeader("Accept",
        m_request.kind == Kind::Json ? "application/json"
                                     : "application/fhir+json, application/json");
    // No Accept-Encoding here on purpose: then QNetworkAccessManager asks for gzip itself and
    // inflates the body (a page is ~10x smaller gzipped).
    slot.token = m_tokens && m_request.authenticated ? m_tokens->accessToken() : QString();
    if (!slot.token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + slot.token.toUtf8());
    slot.timedOut = false;
    slot.startedMs = QDateTime::currentMSecsSinceEpoch();
    ++m_result.requests;
    qCDebug(lcNet) << "GET" << slot.url.toDisplayString() << "page" << slot.startIndex;
    QNetworkReply *reply = m_nam->get(request);
    reply->setParent(this);
    slot.reply = reply;
    api::limitReplySize(
        reply, m_request.maxBytes > 0 ? m_request.maxBytes : m_options.maxPageBytes);
    connect(reply, &QNetworkReply::finished, this, [this, id] { onReplyFinished(id); });
    connect(reply, &QNetworkReply::downloadProgress, this, [this, id] { touch(id); });
    touch(id);
}

void FetchJob::touch(quint64 id)
{
    auto it = m_slots.find(id);
    if (it == m_slots.end())
        return;
    Slot &slot = it->second;
    const qint64 elapsed = QDateTime::currentMSecsSinceEpoch() - slot.startedMs;
    const qint64 left = m_options.retry.requestTimeoutMs - elapsed;
    slot.timer->start(int(std::clamp<qint64>(
        std::min<qint64>(m_options.retry.inactivityTimeoutMs, left), 1, 24 * 3600 * 1000)));
}

void FetchJob::onReplyFinished(quint64 id)
{
    auto it = m_slots.find(id);
    if (it == m_slots.end())
        return;
    Slot &slot = it->second;
    QNetworkReply *reply = slot.reply;
    if (!reply)
        return;
    slot.reply = nullptr;
    slot.timer->stop();
    reply->deleteLater();

    if (api::exceededSizeLimit(reply)) {
        // Not a hiccup a retry would cure: the server means to send this much.
        FetchError e;
        e.kind = FetchError::Kind::TooLarge;
        e.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        e.url = slot.url;
        e.detail = u"answer over %1 bytes"_s.arg(
            m_request.maxBytes > 0 ? m_request.maxBytes : m_options.maxPageBytes);
        qCWarning(lcNet) << "aborted" << slot.url.toDisplayString() << e.detail;
        failJob(FetchResult::Outcome::Failed, e);
        return;
    }

    AttemptOutcome attempt;
    attempt.networkError = reply->error();
    attempt.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    attempt.timedOut = slot.timedOut;
    attempt.personalInformation = m_request.personalInformation;
    attempt.url = slot.url;
    // An aborted reply (our timeout) is closed: reading it would only warn.
    QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    attempt.body = body;
    FetchError error = classifyAttempt(attempt);
    if (error.isError() && attempt.networkError != QNetworkReply::NoError)
        error.detail = reply->errorString();
    qCDebug(lcNet) << attempt.httpStatus << slot.url.toDisplayString() << body.size() << "bytes"
                   << (error.isError() ? error.toString() : QString());

    if (!error.isError()) {
        const QString origin = slot.url.toDisplayString();
        auto *watcher = new QFutureWatcher<ParsedBody>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, id, watcher] {
            watcher->deleteLater();
            onParsed(id, watcher->result());
        });
        // Parsing a 50-claim page takes a few ms: off the GUI thread it never stalls a view.
        watcher->setFuture(QtConcurrent::run(parsePool(), parseBody, bodyKind(m_request.kind),
            std::move(body), origin, m_request.options.keepRawJson));
        return;
    }

    using K = FetchError::Kind;
    switch (error.kind) {
    case K::Unauthorized:
        handleUnauthorized(id, error);
        return;
    case K::NotShared:
        failJob(FetchResult::Outcome::NotShared, error);
        return;
    case K::Tls:
    case K::Forbidden:
        failJob(FetchResult::Outcome::Failed, error);
        return;
    case K::RateLimited:
        retryLater(id, error,
            parseRetryAfterMs(reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc()));
        return;
    default:
        break;
    }
    if (error.transient)
        retryLater(id, error);
    else
        pageFailed(id, error);
}

void FetchJob::onParsed(quint64 id, const ParsedBody &parsed)
{
    auto it = m_slots.find(id);
    if (it == m_slots.end() || m_result.isFinished())
        return;
    Slot &slot = it->second;
    if (!parsed.error.isEmpty()) {
        // Qt 6.4 reports a dropped gzip response as a success with a short body: only the
        // parse notices. Treat it like a network error and fetch the page again.
        FetchError e;
        e.kind = FetchError::Kind::BadData;
        e.transient = true;
        e.httpStatus = 200;
        e.detail = parsed.error;
        e.url = slot.url;
        if (!parsed.document.claims.isEmpty() || !parsed.document.coverages.isEmpty()
            || !parsed.document.patients.isEmpty())
            slot.partial = parsed.document;
        retryLater(id, e);
        return;
    }
    switch (m_request.kind) {
    case Kind::Json:
        m_result.json = parsed.json;
        m_result.pagesReceived = 1;
        dropTimer(slot);
        m_slots.erase(it);
        break;
    case Kind::Resource: {
        Page page;
        page.patients = parsed.document.patients;
        page.coverages = parsed.document.coverages;
        page.claims = parsed.document.claims;
        page.raw = parsed.document.raw;
        m_result.total = parsed.document.total; // a bundle read as one page: a count
        if (m_request.options.accumulate) {
            m_result.patients += page.patients;
            m_result.coverages += page.coverages;
            m_result.claims += page.claims;
            m_result.raw += page.raw;
        }
        m_result.pagesReceived = 1;
        dropTimer(slot);
        m_slots.erase(it);
        const QPointer<FetchJob> alive(this);
        Q_EMIT pageReady(page);
        if (!alive)
            return;
        Q_EMIT progress(1, 1);
        if (!alive)
            return;
        break;
    }
    case Kind::Search:
        dropTimer(slot);
        deliverSearchPage(id, parsed.document);
        return;
    }
    pump();
}

void FetchJob::handleUnauthorized(quint64 id, const FetchError &error)
{
    Slot &slot = m_slots.at(id);
    if (!m_tokens || !m_request.authenticated) {
        failJob(FetchResult::Outcome::Failed, error);
        return;
    }
    const QString current = m_tokens->accessToken();
    if (!current.isEmpty() && current != slot.token) {
        // Another page already refreshed the token while this one was in flight.
        send(id);
        return;
    }
    if (slot.refreshed) {
        // A fresh token was refused too: the grant is not usable, more tries will not help.
        failJob(FetchResult::Outcome::Failed, error);
        return;
    }
    slot.refreshed = true;
    qCDebug(lcNet) << "401: asking for a new access token";
    m_tokens->refresh(this, [this, id, error](api::TokenProvider::RefreshResult r) {
        if (m_slots.find(id) == m_slots.end() || m_result.isFinished())
            return;
        switch (r) {
        case api::TokenProvider::RefreshResult::Refreshed:
            send(id);
            return;
        case api::TokenProvider::RefreshResult::ReconnectNeeded: {
            FetchError e = error;
            e.kind = FetchError::Kind::ReconnectNeeded;
            e.transient = false;
            failJob(FetchResult::Outcome::Failed, e);
            return;
        }
        case api::TokenProvider::RefreshResult::Failed: {
            // The refresh itself did not get through (network): this page can be retried
            // later, alone, once the connection is back.
            FetchError e = error;
            e.transient = false;
            e.detail = u"token refresh failed"_s;
            pageFailed(id, e);
            return;
        }
        }
    });
}

void FetchJob::retryLater(quint64 id, const FetchError &error, std::optional<int> retryAfterMs)
{
    Slot &slot = m_slots.at(id);
    const bool throttled = error.kind == FetchError::Kind::RateLimited;
    const int tries = throttled ? ++slot.rateLimited : ++slot.failures;
    const int limit =
        throttled ? m_options.retry.maxRateLimitedAttempts : m_options.retry.maxAttempts;
    if (tries >= limit) {
        pageFailed(id, error);
        return;
    }
    int delay = m_options.retry.backoffMs(tries, m_random.generateDouble());
    if (throttled && retryAfterMs) {
        // Retry-After is a floor; a little jitter on top keeps parallel pages apart.
        delay = *retryAfterMs + int(m_random.bounded(std::max(1, m_options.retry.baseDelayMs)));
    }
    if (throttled) {
        // The job's requests are held until the pause ends: only what a 429 adds to the
        // pause already running counts against the budget.
        const qint64 running = m_pausedUntil.hasExpired() ? 0 : m_pausedUntil.remainingTime();
        const qint64 added = std::max<qint64>(0, delay - running);
        if (m_rateLimitWaitedMs + added > m_options.retry.rateLimitBudgetMs) {
            FetchError e = error;
            e.transient = false;
            e.detail = u"waited %1 ms for rate limits; %2 ms more would pass the budget of %3 ms"_s
                           .arg(m_rateLimitWaitedMs)
                           .arg(added)
                           .arg(m_options.retry.rateLimitBudgetMs);
            pageFailed(id, e);
            return;
        }
        m_rateLimitWaitedMs += added;
        const QDeadlineTimer until(delay);
        if (m_pausedUntil.hasExpired() || until.deadline() > m_pausedUntil.deadline())
            m_pausedUntil = until;
    }
    ++m_result.retries;
    qCDebug(lcNet) << "retry in" << delay << "ms:" << error.toString();
    QTimer::singleShot(delay, this, [this, id] { send(id); });
    if (throttled)
        Q_EMIT rateLimited(int(std::max<qint64>(delay, m_pausedUntil.remainingTime())));
}

void FetchJob::pageFailed(quint64 id, const FetchError &error)
{
    auto it = m_slots.find(id);
    if (it == m_slots.end())
        return;
    Slot &slot = it->second;
    qCInfo(lcNet) << "giving up on" << slot.url.toDisplayString() << error.toString();
    PageFailure failure {slot.startIndex, slot.url, error};
    std::optional<fhir::Document> partial = std::move(slot.partial);
    dropTimer(slot);
    m_slots.erase(it);
    m_result.failedPages.append(failure);
    if (partial && m_request.kind == Kind::Search) {
        // Keep what did parse on the page; the page stays listed as failed.
        Page page;
        page.startIndex = failure.startIndex;
        QSet<QString> added;
        for (const fhir::Claim &c : std::as_const(partial->claims)) {
            if (!m_seenIds.contains(c.id)) {
                m_seenIds.insert(c.id);
                added.insert(c.id);
                page.claims.append(c);
            }
        }
        page.raw = rawOf(partial->raw, added);
        if (m_request.options.accumulate) {
            m_result.claims += page.claims;
            m_result.raw += page.raw;
        }
        const QPointer<FetchJob> alive(this);
        if (!page.claims.isEmpty())
            Q_EMIT pageReady(page);
        if (!alive)
            return;
    }
    pump();
}

QList<fhir::RawResource> FetchJob::rawOf(
    const QList<fhir::RawResource> &raw, const QSet<QString> &ids)
{
    QList<fhir::RawResource> out;
    for (const fhir::RawResource &r : raw) {
        if (ids.contains(r.id))
            out.append(r);
    }
    return out;
}

void FetchJob::failJob(FetchResult::Outcome outcome, const FetchError &error)
{
    if (m_result.isFinished())
        return;
    qCInfo(lcNet) << "fetch stopped:" << error.toString();
    if (outcome == FetchResult::Outcome::Failed) {
        // Name what was still to come, so that retryFailed() after a reconnect fetches
        // exactly the rest.
        for (const auto &[id, slot] : m_slots)
            m_result.failedPages.append({slot.startIndex, slot.url, error});
        for (const auto &[startIndex, url] : std::as_const(m_queue))
            m_result.failedPages.append({startIndex, url, error});
        std::sort(m_result.failedPages.begin(), m_result.failedPages.end(),
            [](const PageFailure &a, const PageFailure &b) { return a.startIndex < b.startIndex; });
    }
    abortAll();
    m_result.error = error;
    m_result.outcome = outcome;
    Q_EMIT finished();
}

void FetchJob::deliverSearchPage(quint64 id, const fhir::Document &doc)
{
    auto it = m_slots.find(id);
    const Slot slot = std::move(it->second);
    m_slots.erase(it);
    const int start = std::max(0, slot.startIndex);

    if (!m_result.total) {
        if (!planPages(slot.url, doc))
            return;
        m_result.total = doc.total;
    } else if (doc.total && *doc.total != *m_result.total) {
        if (!withinCaps(*doc.total))
            return;
        addProblem(tr("Blue Button's count changed from %1 to %2 during the download.")
                       .arg(*m_result.total)
                       .arg(*doc.total));
        m_result.total = doc.total;
    }
    if (m_receivedStarts.contains(start))
        addProblem(tr("The page starting at %1 arrived twice.").arg(start));
    m_receivedStarts.insert(start);
    ++m_result.pagesReceived;

    if (m_options.paging == PagingStrategy::FollowNext) {
        followNext(start, doc);
        if (m_result.isFinished())
            return;
    } else if (doc.links.next.isValid() && sameOrigin(doc.links.next)
        && startIndexOf(doc.links.next) <= start && !m_loopSeen) {
        // Harmless here (pages are fetched by position), but worth telling: a client that
        // follows `next` would never finish.
        m_loopSeen = true;
        addProblem(tr("The server's next link points back to an earlier page."));
    }

    Page page;
    page.startIndex = start;
    QSet<QString> added; // ids new on this page: their raw copies go with them
    const bool noRaw = doc.raw.isEmpty();
    auto take = [this, &added, noRaw](const auto &list, auto &out) {
        for (const auto &r : list) {
            if (m_seenIds.contains(r.id)) {
                ++m_result.duplicates;
                continue;
            }
            m_seenIds.insert(r.id);
            if (!noRaw)
                added.insert(r.id);
            out.append(r);
        }
    };
    take(doc.patients, page.patients);
    take(doc.coverages, page.coverages);
    take(doc.claims, page.claims);
    page.raw = rawOf(doc.raw, added);
    if (m_request.options.accumulate) {
        m_result.patients += page.patients;
        m_result.coverages += page.coverages;
        m_result.claims += page.claims;
        m_result.raw += page.raw;
    }
    // A receiver may delete the job (better: deleteLater()) when it has seen enough.
    const QPointer<FetchJob> alive(this);
    Q_EMIT pageReady(page);
    if (!alive)
        return;
    Q_EMIT progress(qint64(m_seenIds.size()), m_result.total.value_or(-1));
    if (!alive)
        return;
    pump();
}

bool FetchJob::planPages(const QUrl &firstUrl, const fhir::Document &doc)
{
    const qint64 total = doc.total.value_or(0);
    QUrl pattern = firstUrl;
    if (doc.links.next.isValid()) {
        if (sameOrigin(doc.links.next)) {
            // The server's own link keeps its parameters and spelling; only startIndex moves.
            pattern = doc.links.next;
            const int linked = pageSizeOf(doc.links.next, m_pageSize);
            if (linked >= m_requestedPageSize)
                m_pageSize = linked;
            else // a smaller `_count` would only multiply the requests
                pattern = withPageSize(pattern, m_pageSize);
        } else {
            addProblem(tr("Ignored a paging link to another server."));
        }
    }
    if (!withinCaps(total))
        return false;
    m_result.pagesExpected = total == 0 ? 1 : int((total + m_pageSize - 1) / m_pageSize);
    if (m_options.paging == PagingStrategy::FollowNext)
        return true;
    for (qint64 s = m_pageSize; s < total; s += m_pageSize) {
        if (!m_plannedStarts.contains(int(s)))
            enqueue(int(s), withStartIndex(pattern, int(s)));
    }
    return true;
}

bool FetchJob::withinCaps(qint64 total)
{
    if (total < 0) {
        FetchError e;
        e.kind = FetchError::Kind::BadData;
        e.detail = u"Bundle.total is %1"_s.arg(total);
        e.url = m_request.url;
        failJob(FetchResult::Outcome::Failed, e);
        return false;
    }
    const qint64 pages = (total + m_pageSize - 1) / m_pageSize;
    if (total <= m_options.maxSearchTotal && pages <= m_options.maxSearchPages)
        return true;
    failTooMany(u"Bundle.total %1 in pages of %2; at most %3 resources and %4 pages"_s.arg(total)
                    .arg(m_pageSize)
                    .arg(m_options.maxSearchTotal)
                    .arg(m_options.maxSearchPages));
    return false;
}

void FetchJob::failTooMany(const QString &detail)
{
    FetchError e;
    e.kind = FetchError::Kind::TooMany;
    e.detail = detail;
    e.url = m_request.url;
    qCWarning(lcNet) << "search over the caps:" << detail;
    // No page is named as missing: fetching them again would meet the same caps.
    abortAll();
    failJob(FetchResult::Outcome::Failed, e);
}

void FetchJob::followNext(int fromStart, const fhir::Document &doc)
{
    QUrl next = doc.links.next;
    if (!next.isValid())
        return;
    if (!sameOrigin(next)) {
        addProblem(tr("Ignored a paging link to another server."));
        return;
    }
    if (pageSizeOf(next, m_requestedPageSize) < m_requestedPageSize) {
        // A smaller `_count` is ignored: the next page is the one of the size asked for.
        const qint64 start = qint64(fromStart) + m_pageSize;
        if (m_result.total && start >= *m_result.total)
            return;
        next = withStartIndex(withPageSize(next, m_pageSize), int(start));
    }
    if (m_visited.size() >= m_options.maxSearchPages) {
        failTooMany(u"more than %1 pages of next links"_s.arg(m_options.maxSearchPages));
        return;
    }
    if (m_visited.contains(pageKey(next)) || startIndexOf(next) <= fromStart) {
        if (!m_loopSeen) {
            m_loopSeen = true;
            addProblem(tr("The server's next link points back to an earlier page."));
        }
        return; // the pages never reached are named as failed in maybeFinish()
    }
    enqueue(startIndexOf(next), next);
}

void FetchJob::dropTimer(Slot &slot)
{
    // deleteLater: the timer may be the one whose timeout led here.
    if (slot.timer) {
        slot.timer->stop();
        slot.timer->deleteLater();
        slot.timer = nullptr;
    }
}

void FetchJob::addProblem(const QString &problem)
{
    if (!m_result.problems.contains(problem))
        m_result.problems.append(problem);
}

void FetchJob::abortAll()
{
    m_queue.clear();
    m_pauseTimer.stop();
    auto slots = std::move(m_slots);
    m_slots.clear();
    for (auto &[id, slot] : slots) {
        if (slot.reply) {
            disconnect(slot.reply, nullptr, this, nullptr);
            slot.reply->abort();
            slot.reply->deleteLater();
        }
        dropTimer(slot);
    }
}

void FetchJob::maybeFinish()
{
    if (m_result.isFinished() || !m_started || !m_slots.empty() || !m_queue.isEmpty())
        return;
    using O = FetchResult::Outcome;
    if (m_request.kind != Kind::Search) {
        if (m_result.failedPages.isEmpty()) {
            m_result.outcome = O::Complete;
        } else {
            m_result.outcome = O::Failed;
            m_result.error = m_result.failedPages.constFirst().error;
        }
        Q_EMIT finished();
        return;
    }
    if (m_result.total) {
        // Pages that were never asked for (a looping `next`) are missing too: name them.
        QSet<int> failed;
        for (const PageFailure &f : std::as_const(m_result.failedPages))
            failed.insert(f.startIndex);
        for (qint64 s = 0; s < *m_result.total; s += m_pageSize) {
            if (m_receivedStarts.contains(int(s)) || failed.contains(int(s)))
                continue;
            FetchError e;
            e.kind = FetchError::Kind::BadData;
            e.transient = true;
            e.detail = u"never reached by the paging links"_s;
            const QUrl url = withStartIndex(m_request.url, int(s));
            e.url = url;
            m_result.failedPages.append({int(s), url, e});
        }
    }
    std::sort(m_result.failedPages.begin(), m_result.failedPages.end(),
        [](const PageFailure &a, const PageFailure &b) { return a.startIndex < b.startIndex; });
    const qint64 received = m_seenIds.size();
    if (!m_result.failedPages.isEmpty()) {
        m_result.outcome = O::Incomplete;
    } else if (m_result.total && received != *m_result.total) {
        addProblem(tr("Blue Button reported %1 records but %2 arrived.")
                       .arg(*m_result.total)
                       .arg(received));
        m_result.outcome = O::Incomplete;
    } else {
        m_result.outcome = O::Complete;
    }
    // NOLINTNEXTLINE(readability-misleading-indentation): Q_EMIT expands to nothing
    Q_EMIT finished();
}

void FetchJob::cancel()
{
    if (m_result.isFinished())
        return;
    abortAll();
    m_result.outcome = FetchResult::Outcome::Cancelled;
    m_result.error.kind = FetchError::Kind::Cancelled;
    Q_EMIT finished();
}

bool FetchJob::retryFailed()
{
    using O = FetchResult::Outcome;
    const bool retryable = !m_result.failedPages.isEmpty()
        && (m_result.outcome == O::Incomplete || m_result.outcome == O::Failed);
    if (!retryable)
        return false;
    const QList<PageFailure> failures = std::exchange(m_result.failedPages, {});
    m_result.outcome = O::Running;
    m_result.error = {};
    for (const PageFailure &f : failures)
        m_queue.append({f.startIndex, f.url});
    qCDebug(lcNet) << "retrying" << failures.size() << "pages";
    // Through the event loop, like start(): the caller can connect first.
    QMetaObject::invokeMethod(this, &FetchJob::pump, Qt::QueuedConnection);
    return true;
}

bool FetchJob::sameOrigin(const QUrl &url) const
{
    return url.scheme() == m_request.url.scheme() && url.host() == m_request.url.host()
        && url.port(-1) == m_request.url.port(-1);
}

} // namespace bb::net
