#include "nettesthelpers.h"

#include <QElapsedTimer>

Q_DECLARE_METATYPE(bb::sandbox::FaultSettings)

using namespace Qt::StringLiterals;
using bb::net::FetchError;
using bb::net::FetchJob;
using bb::net::FetchResult;
using bb::sandbox::FaultSettings;

// Every fault knob of the sandbox: the final data is either complete and exact, or marked
// incomplete with the missing pages named, and those pages can be fetched again alone.
class TestNetFaults : public QObject
{
    Q_OBJECT

    NetFixture f;
    const QString user = u"BBUser00374"_s; // 2,919 claims, 59 pages

    static QString describe(const FetchResult &r)
    {
        QStringList lines = r.problems;
        for (const auto &page : r.failedPages)
            lines << u"page %1: %2"_s.arg(page.startIndex).arg(page.error.toString());
        return lines.join(u'\n');
    }

    void verifyExact(const FetchResult &r)
    {
        QVERIFY2(r.outcome == FetchResult::Outcome::Complete, qPrintable(describe(r)));
        QVERIFY(r.failedPages.isEmpty());
        QCOMPARE(r.claims.size(), 2919);
        QCOMPARE(sorted(claimIds(r)), sorted(f.expectedClaimIds(user)));
    }

    // Either complete and exact, or incomplete with exactly the missing pages named.
    void verifyExactOrNamed(const FetchResult &r)
    {
        if (r.outcome == FetchResult::Outcome::Complete) {
            verifyExact(r);
            return;
        }
        QCOMPARE(r.outcome, FetchResult::Outcome::Incomplete);
        QVERIFY(!r.failedPages.isEmpty());
        // Every claim that did not arrive sits on a page named as failed (pages hold 50
        // claims in the server's order); a failed page may still have given some claims.
        const QStringList all = f.expectedClaimIds(user);
        const QSet<QString> known(all.begin(), all.end());
        QSet<QString> arrived;
        for (const auto &c : r.claims) {
            QVERIFY2(!arrived.contains(c.id) && known.contains(c.id), qPrintable(c.id));
            arrived.insert(c.id);
        }
        const QList<int> named = failedStarts(r);
        for (int i = 0; i < all.size(); ++i) {
            if (!arrived.contains(all.at(i)))
                QVERIFY2(named.contains(i / 50 * 50), qPrintable(all.at(i)));
        }
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(f.start()); }

    void init() { QVERIFY(f.login(user)); }

    void cleanup() { f.sandbox->setFaults({}); }

    void faultKnobs_data()
    {
        QTest::addColumn<FaultSettings>("faults");
        FaultSettings latency;
        latency.latencyMs = 40;
        latency.jitterMs = 40;
        QTest::newRow("latency") << latency;
        FaultSettings errors;
        errors.errorRate = 0.2;
        QTest::newRow("error rate 20%") << errors;
        FaultSettings throttled;
        throttled.throttleRate = 0.2;
        throttled.retryAfterSeconds = 0;
        QTest::newRow("429 at random") << throttled;
        FaultSettings truncated;
        truncated.truncateRate = 0.2;
        QTest::newRow("truncated bodies") << truncated;
        FaultSettings dropped;
        dropped.dropRate = 0.2;
        QTest::newRow("dropped connections") << dropped;
        FaultSettings slow;
        slow.slowBodyBytesPerSecond = 2'000'000;
        QTest::newRow("slow bodies") << slow;
        FaultSettings everything;
        everything.errorRate = 0.15;
        everything.truncateRate = 0.1;
        everything.dropRate = 0.1;
        everything.throttleRate = 0.1;
        everything.retryAfterSeconds = 0;
        everything.latencyMs = 10;
        QTest::newRow("all at once") << everything;
    }

    void faultKnobs()
    {
        QFETCH(FaultSettings, faults);
        f.sandbox->setFaults(faults);
        FetchJob *job = f.client->fetchClaims();
        QVERIFY(waitFinished(job, 120000));
        f.sandbox->setFaults({});
        // Retries make these complete nearly always; when a page does use up its tries (the
        // draws are random), it must be named, and fetching it again must complete the data.
        verifyExactOrNamed(job->result());
        if (QTest::currentTestFailed())
            return;
        if (faults.errorRate > 0 || faults.truncateRate > 0 || faults.dropRate > 0)
            QVERIFY(job->result().retries > 0);
        if (job->result().outcome != FetchResult::Outcome::Complete) {
            QVERIFY(job->retryFailed());
            QVERIFY(waitFinished(job));
            verifyExact(job->result());
            if (QTest::currentTestFailed())
                return;
        }
    }

    // Storms of 429s, on the first page alone and then on six pages in parallel: Retry-After
    // is honoured (the job waits at least that long) and the sync still ends complete.
    void throttleStorm()
    {
        FaultSettings storm;
        storm.throttleStormRequests = 3;
        storm.retryAfterSeconds = 1;
        f.sandbox->setFaults(storm);
        QElapsedTimer t;
        t.start();
        FetchJob *job = f.client->fetchClaims();
        connect(job, &FetchJob::pageReady, this, [this, storm](const bb::net::Page &page) {
            if (page.startIndex == 0) {
                FaultSettings second = storm;
                second.throttleStormRequests = 12;
                f.sandbox->setFaults(second);
            }
        });
        QVERIFY(waitFinished(job, 120000));
        verifyExact(job->result());
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(t.elapsed() >= 3 * 1000 + 1000, qPrintable(QString::number(t.elapsed())));
        QCOMPARE(job->result().retries, 3 + 12);
    }

    // Sizes the server controls: a total over the caps (or past 2^31) ends the job at once,
    // with its reason, and nothing more is asked or queued.
    void serverTotalsAreCapped_data()
    {
        QTest::addColumn<qint64>("total");
        QTest::addColumn<int>("linkCount");
        QTest::newRow("1e9 with _count=1") << qint64(1'000'000'000) << 1;
        QTest::newRow("past 2^31") << qint64(5'000'000'000) << 0;
        QTest::newRow("just over the cap") << qint64(100'001) << 0;
    }

    void serverTotalsAreCapped()
    {
        QFETCH(qint64, total);
        QFETCH(int, linkCount);
        FaultSettings lying;
        lying.reportedTotal = total;
        lying.nextLinkCount = linkCount;
        f.sandbox->setFaults(lying);
        QElapsedTimer t;
        t.start();
        FetchJob *job = f.client->fetchClaims();
        QVERIFY(waitFinished(job, 20000));
        const FetchResult &r = job->result();
        QCOMPARE(r.outcome, FetchResult::Outcome::Failed);
        QCOMPARE(r.error.kind, FetchError::Kind::TooMany);
        QCOMPARE(r.requests, 1);
        QVERIFY(r.failedPages.isEmpty()); // nothing that a retry would fetch
        QVERIFY(!job->retryFailed());
        QVERIFY(r.claims.isEmpty());
        QVERIFY(!r.error.caption().isEmpty());
        QVERIFY2(t.elapsed() < 5000, qPrintable(QString::number(t.elapsed())));
    }

    // A `_count` smaller than the one asked for (1 instead of 50) is ignored: 59 pages, not
    // 2,919 requests.
    void smallerPageSizeIsIgnored_data()
    {
        QTest::addColumn<bool>("followNext");
        QTest::newRow("parallel") << false;
        QTest::newRow("follow next") << true;
    }

    void smallerPageSizeIsIgnored()
    {
        QFETCH(bool, followNext);
        bb::net::ClientOptions options = NetFixture::quickOptions();
        if (followNext)
            options.paging = bb::net::PagingStrategy::FollowNext;
        QVERIFY(f.login(user, options));
        FaultSettings lying;
        lying.nextLinkCount = 1;
        f.sandbox->setFaults(lying);
        FetchJob *job = f.client->fetchClaims();
        QVERIFY(waitFinished(job, 120000));
        verifyExact(job->result());
        QCOMPARE(job->result().requests, 59);
    }

    // A page over the size limit is aborted as it arrives: the job fails with its reason and
    // the page is not tried again.
    void oversizedPageIsAborted()
    {
        bb::net::ClientOptions options = NetFixture::quickOptions();
        options.maxPageBytes = 100'000; // a page of 50 claims is over a megabyte
        QVERIFY(f.login(user, options));
        FetchJob *job = f.client->fetchClaims();
        QVERIFY(waitFinished(job, 20000));
        const FetchResult &r = job->result();
        QCOMPARE(r.outcome, FetchResult::Outcome::Failed);
        QCOMPARE(r.error.kind, FetchError::Kind::TooLarge);
        QCOMPARE(r.requests, 1);
        QCOMPARE(r.retries, 0);
        QVERIFY(r.claims.isEmpty());
    }

    // A storm that does not stop: Retry-After is honoured until the job has waited its budget
    // (here 3 s instead of two minutes), each wait announced; a Retry-After beyond what is
    // left fails at once instead of stalling.
    void rateLimitBudget()
    {
        bb::net::ClientOptions options = NetFixture::quickOptions();
        options.retry.rateLimitBudgetMs = 3000;
        QVERIFY(f.login(user, options));
        FaultSettings storm;
        storm.throttleStormRequests = 100000;
        storm.retryAfterSeconds = 1;
        f.sandbox->setFaults(storm);
        QElapsedTimer t;
        t.start();
        FetchJob *job = f.client->fetchClaims();
        QSignalSpy waits(job, &FetchJob::rateLimited);
        QVERIFY(waitFinished(job, 20000));
        const qint64 elapsed = t.elapsed();
        const FetchResult &r = job->result();
        QCOMPARE(r.outcome, FetchResult::Outcome::Incomplete);
        QCOMPARE(r.failedPages.size(), 1);
        QCOMPARE(r.failedPages.first().error.kind, FetchError::Kind::RateLimited);
        QVERIFY2(elapsed >= 2000 && elapsed < 6000, qPrintable(QString::number(elapsed)));
        QVERIFY(waits.size() >= 2);
        QVERIFY(waits.first().first().toInt() >= 1000);

        storm.retryAfterSeconds = 10;
        f.sandbox->setFaults(storm);
        t.restart();
        job = f.client->fetchClaims();
        QVERIFY(waitFinished(job, 20000));
        QVERIFY2(t.elapsed() < 2000, qPrintable(QString::number(t.elapsed())));
        QCOMPARE(job->result().requests, 1);
        QCOMPARE(job->result().failedPages.first().error.kind, FetchError::Kind::RateLimited);
    }

    // Pages that keep failing are named; the rest is kept; retryFailed() fetches only them.
    void failedPagesRetriedAlone()
    {
        FetchJob *job = f.client->fetchClaims();
        connect(job, &FetchJob::pageReady, this, [this](const bb::net::Page &page) {
            if (page.startIndex == 0) {
                FaultSettings broken;
                broken.errorRate = 1.0;
                f.sandbox->setFaults(broken);
            }
        });
        QVERIFY(waitFinished(job));
        const FetchResult &r = job->result();
        QCOMPARE(r.outcome, FetchResult::Outcome::Incomplete);
        QCOMPARE(r.claims.size(), 50);
        QCOMPARE(r.failedPages.size(), 58);
        QCOMPARE(r.failedPages.constFirst().startIndex, 50);
        QCOMPARE(r.failedPages.constLast().startIndex, 2900);
        for (const auto &page : r.failedPages) {
            QCOMPARE(page.error.kind, FetchError::Kind::Server);
            QVERIFY(page.error.httpStatus >= 500);
        }
        verifyExactOrNamed(r);
        if (QTest::currentTestFailed())
            return;

        f.sandbox->setFaults({});
        const int before = f.sandbox->requestCount();
        QVERIFY(job->retryFailed());
        QVERIFY(waitFinished(job));
        verifyExact(job->result());
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(f.sandbox->requestCount() - before, 58); // the failed pages, nothing else
        QVERIFY(!job->retryFailed());
    }

    // A failing first page: nothing is known yet, page 0 is named and retried.
    void firstPageFails()
    {
        FaultSettings broken;
        broken.errorRate = 1.0;
        f.sandbox->setFaults(broken);
        FetchJob *job = f.client->fetchClaims();
        QVERIFY(waitFinished(job));
        QCOMPARE(job->result().outcome, FetchResult::Outcome::Incomplete);
        QCOMPARE(failedStarts(job->result()), QList<int> {0});
        QVERIFY(!job->result().total);
        f.sandbox->setFaults({});
        QVERIFY(job->retryFailed());
        QVERIFY(waitFinished(job));
        verifyExact(job->result());
        if (QTest::currentTestFailed())
            return;
    }

    void loopingNextLink()
    {
        FaultSettings looping;
        looping.loopingNextLink = true;
        f.sandbox->setFaults(looping);
        // Fetching by position is immune, but says what it saw.
        FetchJob *parallel = f.client->fetchClaims();
        QVERIFY(waitFinished(parallel));
        verifyExact(parallel->result());
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(parallel->result().problems.size(), 1);

        // Following `next` detects the loop, stops, and names every page it never reached.
        auto options = NetFixture::quickOptions();
        options.paging = bb::net::PagingStrategy::FollowNext;
        f.client->setOptions(options);
        FetchJob *sequential = f.client->fetchClaims();
        QVERIFY(waitFinished(sequential));
        const FetchResult &r = sequential->result();
        QCOMPARE(r.outcome, FetchResult::Outcome::Incomplete);
        QCOMPARE(r.claims.size(), 50);
        QCOMPARE(r.failedPages.size(), 58);
        QCOMPARE(r.problems.size(), 1);
        verifyExactOrNamed(r);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(r.requests < 5);

        f.sandbox->setFaults({});
        QVERIFY(sequential->retryFailed());
        QVERIFY(waitFinished(sequential));
        verifyExact(sequential->result());
        if (QTest::currentTestFailed())
            return;
    }

    // The access token expires during the sync: 401 -> one refresh -> the same page again.
    void expiredTokenIsRefreshed()
    {
        FetchJob *job = f.client->fetchClaims();
        connect(job, &FetchJob::pageReady, this, [this](const bb::net::Page &page) {
            if (page.startIndex == 0)
                f.sandbox->clock().advance(3601);
        });
        QVERIFY(waitFinished(job));
        verifyExact(job->result());
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(f.tokens->refreshCount(), 1);
    }

    // Short token lifetime: every token dies after a second, refreshes keep the sync going.
    void shortTokenLifetime()
    {
        FaultSettings shortLived;
        shortLived.accessTokenLifetimeSeconds = 1;
        shortLived.latencyMs = 60;
        f.sandbox->setFaults(shortLived);
        QVERIFY(f.login(user));
        auto options = NetFixture::quickOptions();
        options.maxConcurrentRequests = 2;
        f.client->setOptions(options);
        FetchJob *job = f.client->fetchClaims();
        QVERIFY(waitFinished(job, 120000));
        verifyExact(job->result());
        if (QTest::currentTestFailed())
            return;
        QVERIFY(f.tokens->refreshCount() >= 1);
    }

    // The grant ends during the sync: the refresh says "reconnect", and so does the job.
    void reconnectNeeded()
    {
        FetchJob *job = f.client->fetchClaims();
        connect(job, &FetchJob::pageReady, this, [this](const bb::net::Page &page) {
            if (page.startIndex == 0)
                f.sandbox->expireGrants(f.tokens->patientId());
        });
        QVERIFY(waitFinished(job));
        const FetchResult &r = job->result();
        QCOMPARE(r.outcome, FetchResult::Outcome::Failed);
        QCOMPARE(r.error.kind, FetchError::Kind::ReconnectNeeded);
        QCOMPARE(r.claims.size(), 50); // what arrived is kept
        QVERIFY(!r.failedPages.isEmpty()); // and what is missing is named, for after a login
    }

    void timeoutNamesThePage()
    {
        FaultSettings slow;
        slow.latencyMs = 1500;
        f.sandbox->setFaults(slow);
        auto options = NetFixture::quickOptions();
        options.retry.inactivityTimeoutMs = 200;
        options.retry.maxAttempts = 2;
        f.client->setOptions(options);
        FetchJob *job = f.client->fetchClaims();
        QVERIFY(waitFinished(job));
        QCOMPARE(job->result().outcome, FetchResult::Outcome::Incomplete);
        QCOMPARE(failedStarts(job->result()), QList<int> {0});
        QCOMPARE(job->result().failedPages.constFirst().error.kind, FetchError::Kind::Timeout);
        QCOMPARE(job->result().requests, 2);
    }
};

QTEST_GUILESS_MAIN(TestNetFaults)
#include "tst_net_faults.moc"
