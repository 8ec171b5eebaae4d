#include "nettesthelpers.h"

#include <QElapsedTimer>

using namespace Qt::StringLiterals;
using bb::net::FetchError;
using bb::net::FetchJob;
using bb::net::FetchResult;

// Complete syncs against the local sandbox: exact counts and ids for users from 0 to 10,000
// claims, every endpoint, filters, streaming and cancellation.
class TestNetSync : public QObject
{
    Q_OBJECT

    NetFixture f;

private Q_SLOTS:
    void initTestCase() { QVERIFY(f.start()); }

    void claims_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("concurrency");
        QTest::newRow("no claims") << u"BBUser00003"_s << 0 << 6;
        QTest::newRow("43 claims") << u"BBUser00001"_s << 43 << 6;
        QTest::newRow("2,919 claims") << u"BBUser00374"_s << 2919 << 6;
        QTest::newRow("10,000 claims") << u"BBUser10001"_s << 10000 << 6;
        QTest::newRow("2,919 claims, one at a time") << u"BBUser00374"_s << 2919 << 1;
    }

    void claims()
    {
        QFETCH(QString, user);
        QFETCH(int, count);
        QFETCH(int, concurrency);
        auto options = NetFixture::quickOptions();
        options.maxConcurrentRequests = concurrency;
        QVERIFY(f.login(user, options));
        FetchJob *job = f.client->fetchClaims();
        qint64 streamed = 0;
        int pages = 0;
        qint64 lastProgress = -1;
        connect(job, &FetchJob::pageReady, this, [&](const bb::net::Page &page) {
            streamed += page.claims.size();
            ++pages;
        });
        connect(job, &FetchJob::progress, this, [&](qint64 done, qint64 total) {
            QCOMPARE(total, qint64(count));
            QVERIFY(done >= lastProgress);
            lastProgress = done;
        });
        QVERIFY(waitFinished(job, 120000));
        const FetchResult &r = job->result();
        QCOMPARE(r.outcome, FetchResult::Outcome::Complete);
        QCOMPARE(r.total.value_or(-1), qint64(count));
        QCOMPARE(r.claims.size(), count);
        QCOMPARE(streamed, qint64(count));
        QCOMPARE(pages, std::max(1, (count + 49) / 50));
        QCOMPARE(r.pagesExpected, pages);
        QCOMPARE(r.duplicates, 0);
        QVERIFY(r.failedPages.isEmpty());
        QVERIFY2(r.problems.isEmpty(), qPrintable(r.problems.join(u'\n')));
        QCOMPARE(sorted(claimIds(r)), sorted(f.expectedClaimIds(user)));
        if (count > 0)
            QCOMPARE(lastProgress, qint64(count));
        job->deleteLater();
    }

    void patientCoverageUserInfoMetadata()
    {
        QVERIFY(f.login(u"BBUser00001"_s));
        FetchJob *patient = f.client->fetchPatient();
        FetchJob *coverage = f.client->fetchCoverage();
        FetchJob *userInfo = f.client->fetchUserInfo();
        FetchJob *metadata = f.client->fetchMetadata();
        for (FetchJob *job : {patient, coverage, userInfo, metadata}) {
            QVERIFY(waitFinished(job));
            QCOMPARE(job->result().outcome, FetchResult::Outcome::Complete);
        }
        QCOMPARE(patient->result().patients.size(), 1);
        QCOMPARE(patient->result().patients.constFirst().id, u"-10000010254647"_s);
        QCOMPARE(patient->result().patients.constFirst().currentMbi(), u"1S00EU7JH47"_s);
        QCOMPARE(coverage->result().coverages.size(), 4);
        QCOMPARE(coverage->result().total.value_or(-1), 4);
        QCOMPARE(userInfo->result().json.value("patient"_L1).toString(), u"-10000010254647"_s);
        QCOMPARE(
            metadata->result().json.value("resourceType"_L1).toString(), u"CapabilityStatement"_s);
    }

    void readSingleResources()
    {
        QVERIFY(f.login(u"BBUser00001"_s));
        const QString claimId = f.expectedClaimIds(u"BBUser00001"_s).value(7);
        FetchJob *claim = f.client->read(u"ExplanationOfBenefit"_s, claimId);
        FetchJob *part = f.client->read(u"Coverage"_s, u"part-d--10000010254647"_s);
        FetchJob *missing = f.client->read(u"ExplanationOfBenefit"_s, u"pde--1"_s);
        QVERIFY(waitFinished(claim));
        QVERIFY(waitFinished(part));
        QVERIFY(waitFinished(missing));
        QCOMPARE(claim->result().claims.size(), 1);
        QCOMPARE(claim->result().claims.constFirst().id, claimId);
        QCOMPARE(part->result().coverages.constFirst().part, bb::fhir::Coverage::Part::D);
        QCOMPARE(missing->result().outcome, FetchResult::Outcome::Failed);
        QCOMPARE(missing->result().error.kind, FetchError::Kind::NotFound);
        QCOMPARE(missing->result().error.httpStatus, 404);
        QCOMPARE(missing->result().error.serverMessage, u"Not found."_s);
        QVERIFY(!missing->result().error.caption().isEmpty());
    }

    // Declined "Personal Information": Patient and userinfo are "not shared", and that is not
    // an error of the rest of the sync.
    void personalInformationNotShared()
    {
        QVERIFY(f.login(u"BBUser00004"_s));
        FetchJob *patient = f.client->fetchPatient();
        FetchJob *userInfo = f.client->fetchUserInfo();
        FetchJob *coverage = f.client->fetchCoverage();
        FetchJob *claims = f.client->fetchClaims();
        for (FetchJob *job : {patient, userInfo, coverage, claims})
            QVERIFY(waitFinished(job));
        QCOMPARE(patient->result().outcome, FetchResult::Outcome::NotShared);
        QCOMPARE(patient->result().error.kind, FetchError::Kind::NotShared);
        QCOMPARE(patient->result().error.httpStatus, 403);
        QCOMPARE(userInfo->result().outcome, FetchResult::Outcome::NotShared);
        QCOMPARE(coverage->result().outcome, FetchResult::Outcome::Complete);
        QCOMPARE(coverage->result().coverages.size(), 4);
        QCOMPARE(claims->result().outcome, FetchResult::Outcome::Complete);
        QCOMPARE(claims->result().claims.size(), int(f.expectedClaimIds(u"BBUser00004"_s).size()));
    }

    void filters()
    {
        QVERIFY(f.login(u"BBUser00374"_s));
        bb::net::ClaimQuery pde;
        pde.types = {bb::fhir::ClaimType::Pde};
        FetchJob *job = f.client->fetchClaims(pde);
        QVERIFY(waitFinished(job));
        QCOMPARE(job->result().outcome, FetchResult::Outcome::Complete);
        QCOMPARE(sorted(claimIds(job->result())),
            sorted(f.expectedClaimIds(u"BBUser00374"_s, u"pde"_s)));
        QCOMPARE(job->result().claims.size(), 2502);

        bb::net::ClaimQuery recent;
        recent.serviceFrom = QDate(2022, 1, 1);
        FetchJob *dated = f.client->fetchClaims(recent);
        QVERIFY(waitFinished(dated));
        QCOMPARE(dated->result().outcome, FetchResult::Outcome::Complete);
        QVERIFY(dated->result().claims.size() > 0);
        QVERIFY(dated->result().claims.size() < 2919);
        for (const auto &c : dated->result().claims)
            QVERIFY2(c.billablePeriod.end >= QDate(2022, 1, 1)
                    || c.billablePeriod.start >= QDate(2022, 1, 1),
                qPrintable(c.id));

        bb::net::ClaimQuery future;
        future.updatedAfter = QDateTime(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC);
        FetchJob *none = f.client->fetchClaims(future);
        QVERIFY(waitFinished(none));
        QCOMPARE(none->result().outcome, FetchResult::Outcome::Complete);
        QCOMPARE(none->result().total.value_or(-1), 0);
    }

    // The first page streams out long before the sync ends.
    void firstPageStreamsEarly()
    {
        auto options = NetFixture::quickOptions();
        QVERIFY(f.login(u"BBUser10001"_s, options));
        bb::sandbox::FaultSettings faults;
        faults.latencyMs = 100;
        f.sandbox->setFaults(faults);
        QElapsedTimer t;
        t.start();
        FetchJob *job = f.client->fetchClaims();
        qint64 firstMs = -1;
        connect(job, &FetchJob::pageReady, this, [&](const bb::net::Page &) {
            if (firstMs < 0)
                firstMs = t.elapsed();
        });
        QVERIFY(waitFinished(job, 120000));
        f.sandbox->setFaults({});
        QCOMPARE(job->result().claims.size(), 10000);
        QVERIFY2(firstMs >= 100 && firstMs < 100 + 200, qPrintable(QString::number(firstMs)));
        QVERIFY(t.elapsed() > firstMs * 5);
    }

    void cancel()
    {
        QVERIFY(f.login(u"BBUser10001"_s));
        bb::sandbox::FaultSettings faults;
        faults.latencyMs = 150;
        f.sandbox->setFaults(faults);
        FetchJob *job = f.client->fetchClaims();
        int pagesAfterCancel = 0;
        bool cancelled = false;
        int finishedCount = 0;
        connect(job, &FetchJob::pageReady, this, [&](const bb::net::Page &) {
            if (cancelled)
                ++pagesAfterCancel;
            else {
                cancelled = true;
                job->cancel();
            }
        });
        connect(job, &FetchJob::finished, this, [&] { ++finishedCount; });
        QVERIFY(waitFinished(job));
        const int requests = f.sandbox->requestCount();
        QTest::qWait(500); // nothing else may arrive or be sent
        f.sandbox->setFaults({});
        QCOMPARE(job->result().outcome, FetchResult::Outcome::Cancelled);
        QCOMPARE(job->result().error.kind, FetchError::Kind::Cancelled);
        QCOMPARE(job->result().claims.size(), 50);
        QCOMPARE(pagesAfterCancel, 0);
        QCOMPARE(finishedCount, 1);
        QVERIFY(f.sandbox->requestCount() <= requests + 6);
        QVERIFY(!job->retryFailed());
    }

    // A receiver that has seen enough may delete the job outright, even from pageReady.
    void deleteFromPageReady()
    {
        QVERIFY(f.login(u"BBUser00374"_s));
        QPointer<FetchJob> job = f.client->fetchClaims();
        int pages = 0;
        connect(job, &FetchJob::pageReady, this, [&](const bb::net::Page &) {
            ++pages;
            delete job.data();
        });
        QTRY_VERIFY(job.isNull());
        const int requests = f.sandbox->requestCount();
        QTest::qWait(300);
        QCOMPARE(pages, 1);
        QVERIFY(f.sandbox->requestCount() <= requests + 6);
    }

    // Each claim's JSON as received comes with the typed claim, per request, one for one.
    void keepRawJson()
    {
        QVERIFY(f.login(u"BBUser00001"_s));
        bb::net::FetchOptions keep;
        keep.keepRawJson = true;
        FetchJob *job = f.client->fetchClaims({}, keep);
        qsizetype streamed = 0;
        connect(job, &FetchJob::pageReady, this, [&](const bb::net::Page &page) {
            QCOMPARE(page.raw.size(), page.claims.size());
            for (qsizetype i = 0; i < page.claims.size(); ++i)
                QCOMPARE(page.raw.at(i).id, page.claims.at(i).id);
            streamed += page.raw.size();
        });
        QVERIFY(waitFinished(job));
        const auto &result = job->result();
        QVERIFY(result.isComplete());
        QCOMPARE(result.raw.size(), result.claims.size());
        QCOMPARE(streamed, result.claims.size());
        for (const bb::fhir::RawResource &r : result.raw) {
            QCOMPARE(r.resourceType, u"ExplanationOfBenefit"_s);
            QVERIFY(r.json.startsWith('{') && r.json.endsWith('}'));
            QVERIFY(r.json.contains(r.id.toUtf8()));
            QVERIFY(r.fullUrl.endsWith(u"/v2/fhir/ExplanationOfBenefit/"_s + r.id));
        }

        // The next request of the same client keeps nothing it was not asked to.
        FetchJob *lean = f.client->fetchClaims();
        QVERIFY(waitFinished(lean));
        QVERIFY(lean->result().isComplete());
        QVERIFY(lean->result().raw.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestNetSync)
#include "tst_net_sync.moc"
