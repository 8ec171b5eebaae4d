#include "api/tokenprovider.h"
#include "net/bluebuttonclient.h"
#include "requestsdata.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using bb::net::FetchError;
using bb::net::FetchJob;
using bb::net::FetchResult;

namespace {

class StaticTokens : public bb::api::TokenProvider
{
public:
    QString accessToken() const override { return u"token-123"_s; }
    QString patientId() const override { return u"-10000010254647"_s; }
    void refresh(QObject *context, RefreshCallback done) override
    {
        QTimer::singleShot(0, context, [done] { done(RefreshResult::Failed); });
    }
};

// A loopback server that records each request's head and answers with `answer`.
class CaptureServer : public QObject
{
public:
    QByteArray answer;
    QList<QByteArray> heads;
    QTcpServer server;

    CaptureServer()
    {
        server.listen(QHostAddress::LocalHost);
        connect(&server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = server.nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, this, [this, s] {
                    const QByteArray data = s->readAll();
                    heads.append(data);
                    s->write(answer);
                    s->disconnectFromHost();
                });
            }
        });
    }
    QUrl url(const QString &scheme = u"http"_s) const
    {
        return QUrl(u"%1://127.0.0.1:%2/"_s.arg(scheme).arg(server.serverPort()));
    }
};

QByteArray jsonAnswer(const QByteArray &body)
{
    return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
}

bool waitFinished(FetchJob *job)
{
    QSignalSpy spy(job, &FetchJob::finished);
    return job->isFinished() || spy.wait(10000);
}

} // namespace

// What goes over the wire: headers (gzip, token only where it belongs) and TLS failures.
class TestNetRequests : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // userinfo is a few hundred bytes: an answer of megabytes is aborted as it arrives and the
    // job fails with its own reason, not read whole.
    void hugeUserInfoIsAborted()
    {
        CaptureServer server;
        server.answer =
            jsonAnswer("{\"sub\":\"" + QByteArray(4 * 1024 * 1024, 'x') + "\",\"name\":\"A\"}");
        StaticTokens tokens;
        bb::net::BlueButtonClient client(
            bb::net::Endpoints::fromUrls(server.url().resolved(QUrl(u"v2/fhir/"_s)),
                server.url().resolved(QUrl(u"v2/connect/userinfo"_s))),
            &tokens);
        FetchJob *job = client.fetchUserInfo();
        QVERIFY(waitFinished(job));
        QCOMPARE(job->result().outcome, FetchResult::Outcome::Failed);
        QCOMPARE(job->result().error.kind, FetchError::Kind::TooLarge);
        QCOMPARE(job->result().requests, 1);
        QVERIFY(job->result().json.isEmpty());
        QVERIFY(!job->result().error.caption().isEmpty());
    }

    void headers()
    {
        CaptureServer server;
        server.answer = jsonAnswer(requestsdata::emptyBundle());
        StaticTokens tokens;
        bb::net::BlueButtonClient client(bb::net::Endpoints::fromBaseUrl(server.url()), &tokens);
        FetchJob *claims = client.fetchClaims();
        QVERIFY(waitFinished(claims));
        QCOMPARE(claims->result().outcome, FetchResult::Outcome::Complete);
        QCOMPARE(server.heads.size(), 1);
        const QByteArray head = server.heads.constFirst();
        QVERIFY2(head.startsWith(
                     "GET /v2/fhir/ExplanationOfBenefit/?patient=-10000010254647&_count=50 "),
            head.constData());
        QVERIFY(head.contains("Authorization: Bearer token-123\r\n"));
        // QNetworkAccessManager asks for compression itself (and inflates): gzip is on.
        const QList<QByteArray> lines = head.toLower().split('\n');
        QVERIFY2(std::any_of(lines.begin(), lines.end(),
                     [](const QByteArray &l) {
                         return l.startsWith("accept-encoding:") && l.contains("gzip");
                     }),
            head.constData());
        QVERIFY(head.contains("Accept: application/fhir+json"));

        server.answer = jsonAnswer(requestsdata::capabilityStatement());
        FetchJob *metadata = client.fetchMetadata();
        QVERIFY(waitFinished(metadata));
        QCOMPARE(metadata->result().outcome, FetchResult::Outcome::Complete);
        QCOMPARE(server.heads.size(), 2);
        QVERIFY(server.heads.constLast().startsWith("GET /v2/fhir/metadata "));
        QVERIFY(!server.heads.constLast().contains("Authorization"));
    }

    // A server that does not speak TLS on an https URL: a fatal error, tried once.
    void tlsFailureIsFatal()
    {
        CaptureServer server;
        server.answer = "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}";
        StaticTokens tokens;
        bb::net::BlueButtonClient client(
            bb::net::Endpoints::fromBaseUrl(server.url(u"https"_s)), &tokens);
        FetchJob *job = client.fetchClaims();
        QVERIFY(waitFinished(job));
        QCOMPARE(job->result().outcome, FetchResult::Outcome::Failed);
        QCOMPARE(job->result().error.kind, FetchError::Kind::Tls);
        QCOMPARE(job->result().requests, 1);
        QCOMPARE(job->result().retries, 0);
    }

    // A server that answers nothing: the inactivity timeout ends each try.
    void silentServerTimesOut()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        StaticTokens tokens;
        bb::net::BlueButtonClient client(bb::net::Endpoints::fromBaseUrl(QUrl(
                                             u"http://127.0.0.1:%1/"_s.arg(silent.serverPort()))),
            &tokens);
        bb::net::ClientOptions options;
        options.retry.inactivityTimeoutMs = 100;
        options.retry.baseDelayMs = 10;
        options.retry.maxAttempts = 3;
        client.setOptions(options);
        FetchJob *job = client.fetchPatient();
        QVERIFY(waitFinished(job));
        QCOMPARE(job->result().outcome, FetchResult::Outcome::Failed);
        QCOMPARE(job->result().error.kind, FetchError::Kind::Timeout);
        QCOMPARE(job->result().requests, 3);
        QCOMPARE(job->result().failedPages.size(), 1);
    }

    // Paging links are only followed on the server the fetch started on.
    void foreignNextLinkIgnored()
    {
        CaptureServer server;
        server.answer = jsonAnswer(requestsdata::bundleWithForeignNextLink());
        StaticTokens tokens;
        bb::net::BlueButtonClient client(bb::net::Endpoints::fromBaseUrl(server.url()), &tokens);
        bb::net::ClientOptions options;
        options.pageSize = 1;
        options.retry.baseDelayMs = 1;
        options.retry.maxAttempts = 1;
        client.setOptions(options);
        FetchJob *job = client.fetchClaims();
        QVERIFY(waitFinished(job));
        QCOMPARE(job->result().problems.size(), 2); // the foreign link, the missing records
        QCOMPARE(job->result().outcome, FetchResult::Outcome::Incomplete);
        for (const QByteArray &head : std::as_const(server.heads))
            QVERIFY(!head.contains("evil"));
        QCOMPARE(server.heads.size(), 2);
        QVERIFY(server.heads.constLast().contains("startIndex=1"));
    }
};

QTEST_GUILESS_MAIN(TestNetRequests)
#include "tst_net_requests.moc"
