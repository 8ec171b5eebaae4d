#include "auth/environment.h"
#include "net/bluebuttonclient.h"
#include "net/claimquery.h"
#include "net/fetcherror.h"
#include "net/pageurls.h"
#include "net/replyclassifier.h"
#include "net/retrypolicy.h"
#include "requestsdata.h"

#include <QTest>

using namespace Qt::StringLiterals;
using bb::net::FetchError;

// The pure parts of the fetching client: error classification, back-off, Retry-After, paging
// URLs and claim filters.
class TestNetUnits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classify_data()
    {
        QTest::addColumn<int>("networkError");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("timedOut");
        QTest::addColumn<bool>("personal");
        QTest::addColumn<FetchError::Kind>("kind");
        QTest::addColumn<bool>("transient");
        using N = QNetworkReply;
        using K = FetchError::Kind;
        QTest::newRow("200") << int(N::NoError) << 200 << false << false << K::None << false;
        QTest::newRow("refused") << int(N::ConnectionRefusedError) << 0 << false << false
                                 << K::Network << true;
        QTest::newRow("reset after headers")
            << int(N::RemoteHostClosedError) << 200 << false << false << K::Network << true;
        QTest::newRow("our timeout")
            << int(N::OperationCanceledError) << 0 << true << false << K::Timeout << true;
        QTest::newRow("tls") << int(N::SslHandshakeFailedError) << 0 << false << false << K::Tls
                             << false;
        QTest::newRow("401") << int(N::AuthenticationRequiredError) << 401 << false << false
                             << K::Unauthorized << false;
        QTest::newRow("403") << int(N::ContentAccessDenied) << 403 << false << false << K::Forbidden
                             << false;
        QTest::newRow("403 patient")
            << int(N::ContentAccessDenied) << 403 << false << true << K::NotShared << false;
        QTest::newRow("404") << int(N::ContentNotFoundError) << 404 << false << false << K::NotFound
                             << false;
        QTest::newRow("429") << int(N::UnknownContentError) << 429 << false << false
                             << K::RateLimited << true;
        QTest::newRow("400") << int(N::ProtocolInvalidOperationError) << 400 << false << false
                             << K::BadData << false;
        QTest::newRow("500") << int(N::InternalServerError) << 500 << false << false << K::Server
                             << true;
        QTest::newRow("502") << int(N::UnknownServerError) << 502 << false << false << K::Server
                             << true;
        QTest::newRow("503") << int(N::ServiceUnavailableError) << 503 << false << false
                             << K::Server << true;
        QTest::newRow("504") << int(N::UnknownServerError) << 504 << false << false << K::Server
                             << true;
        QTest::newRow("501") << int(N::OperationNotImplementedError) << 501 << false << false
                             << K::Server << false;
    }

    void classify()
    {
        QFETCH(int, networkError);
        QFETCH(int, status);
        QFETCH(bool, timedOut);
        QFETCH(bool, personal);
        QFETCH(FetchError::Kind, kind);
        QFETCH(bool, transient);
        bb::net::AttemptOutcome a;
        a.networkError = QNetworkReply::NetworkError(networkError);
        a.httpStatus = status;
        a.timedOut = timedOut;
        a.personalInformation = personal;
        a.body = requestsdata::errorDetail();
        const FetchError e = bb::net::classifyAttempt(a);
        QCOMPARE(e.kind, kind);
        QCOMPARE(e.transient, transient);
        if (status >= 400)
            QCOMPARE(e.serverMessage, u"Server says no."_s);
        QCOMPARE(e.caption().isEmpty(), kind == FetchError::Kind::None);
    }

    void everyKindHasACaption()
    {
        for (int k = int(FetchError::Kind::Network); k <= int(FetchError::Kind::Cancelled); ++k)
            QVERIFY2(!FetchError::caption(FetchError::Kind(k)).isEmpty(),
                qPrintable(QString::number(k)));
    }

    void backoffGrowsWithJitter()
    {
        bb::net::RetryPolicy p;
        p.baseDelayMs = 100;
        p.maxDelayMs = 1000;
        QCOMPARE(p.backoffMs(1, 0.0), 50);
        QCOMPARE(p.backoffMs(1, 1.0), 100);
        QCOMPARE(p.backoffMs(2, 0.0), 100);
        QCOMPARE(p.backoffMs(3, 0.5), 300);
        QCOMPARE(p.backoffMs(10, 1.0), 1000); // capped
        QCOMPARE(p.backoffMs(10, 0.0), 500);
    }

    void retryAfter()
    {
        const QDateTime now(QDate(2026, 11, 28), QTime(12, 0, 0), Qt::UTC);
        QCOMPARE(bb::net::parseRetryAfterMs("3", now), std::optional<int>(3000));
        QCOMPARE(bb::net::parseRetryAfterMs(" 0 ", now), std::optional<int>(0));
        QCOMPARE(bb::net::parseRetryAfterMs("Sat, 28 Nov 2026 12:00:05 GMT", now),
            std::optional<int>(5000));
        QCOMPARE(bb::net::parseRetryAfterMs("Sat, 28 Nov 2026 11:00:00 GMT", now),
            std::optional<int>(0));
        QVERIFY(!bb::net::parseRetryAfterMs("", now));
        QVERIFY(!bb::net::parseRetryAfterMs("soon", now));
        QVERIFY(!bb::net::parseRetryAfterMs("-4", now));
    }

    void pageUrls()
    {
        const QUrl next(
            u"https://h/v2/fhir/ExplanationOfBenefit?_count=50&startIndex=50&_format=application%2Fjson%2Bfhir&patient=-1"_s);
        QCOMPARE(bb::net::startIndexOf(next), 50);
        QCOMPARE(bb::net::pageSizeOf(next, 10), 50);
        QCOMPARE(bb::net::pageSizeOf(QUrl(u"https://h/x?count=7"_s), 10), 7);
        QCOMPARE(bb::net::pageSizeOf(QUrl(u"https://h/x"_s), 10), 10);
        const QUrl moved = bb::net::withStartIndex(next, 2900);
        QCOMPARE(bb::net::startIndexOf(moved), 2900);
        QVERIFY(moved.toString(QUrl::FullyEncoded).contains("patient=-1"_L1));
        QVERIFY(
            moved.toString(QUrl::FullyEncoded).contains("_format=application%2Fjson%2Bfhir"_L1));
        QCOMPARE(bb::net::startIndexOf(bb::net::withStartIndex(next, 0)), 0);
        QCOMPARE(bb::net::pageKey(QUrl(u"https://h/a?x=1&startIndex=0&y=2"_s)),
            bb::net::pageKey(QUrl(u"https://h/a?y=2&x=1"_s)));
        QVERIFY(bb::net::pageKey(QUrl(u"https://h/a?startIndex=50"_s))
            != bb::net::pageKey(QUrl(u"https://h/a?startIndex=100"_s)));
    }

    void endpoints()
    {
        const auto local = bb::net::Endpoints::fromBaseUrl(QUrl(u"http://127.0.0.1:8765"_s));
        QCOMPARE(local.fhirBase, QUrl(u"http://127.0.0.1:8765/v2/fhir/"_s));
        QCOMPARE(local.userInfo, QUrl(u"http://127.0.0.1:8765/v2/connect/userinfo"_s));
        const auto prefixed = bb::net::Endpoints::fromBaseUrl(QUrl(u"https://h/bb"_s));
        QCOMPARE(prefixed.fhirBase, QUrl(u"https://h/bb/v2/fhir/"_s));
        const auto env = bb::auth::Environment::defaults(bb::auth::Environment::Kind::Sandbox);
        const auto sandbox = bb::net::Endpoints::fromUrls(env.fhirBaseUrl(), env.userInfoUrl());
        QCOMPARE(sandbox.fhirBase, QUrl(u"https://sandbox.bluebutton.cms.gov/v2/fhir/"_s));
        QCOMPARE(
            sandbox.userInfo, QUrl(u"https://sandbox.bluebutton.cms.gov/v2/connect/userinfo"_s));
    }

    void claimQuery()
    {
        bb::net::ClaimQuery q;
        QVERIFY(q.queryItems().isEmpty());
        q.types = {
            bb::fhir::ClaimType::Pde, bb::fhir::ClaimType::Carrier, bb::fhir::ClaimType::Pde};
        q.serviceFrom = QDate(2020, 1, 2);
        q.serviceTo = QDate(2021, 3, 4);
        q.updatedAfter = QDateTime(QDate(2023, 3, 10), QTime(1, 2, 3), Qt::UTC);
        const QList<QPair<QString, QString>> expected {{u"type"_s, u"pde,carrier"_s},
            {u"service-date"_s, u"ge2020-01-02"_s}, {u"service-date"_s, u"le2021-03-04"_s},
            {u"_lastUpdated"_s, u"gt2023-03-10T01:02:03Z"_s}};
        QCOMPARE(q.queryItems(), expected);
    }
};

QTEST_GUILESS_MAIN(TestNetUnits)
#include "tst_net_units.moc"
