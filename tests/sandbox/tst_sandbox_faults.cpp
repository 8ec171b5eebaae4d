#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxwalker.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace bb::sandbox::walker;
using bb::sandbox::FaultSettings;
using bb::sandbox::SandboxServer;

// Every fault knob, set from C++, observed over loopback.
class TestSandboxFaults : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<Client> m_client;
    Headers m_auth;

    Reply eobPage(const QString &query = u"_count=10"_s, const Headers &extra = {})
    {
        return m_client->get(u"/v2/fhir/ExplanationOfBenefit/?"_s + query, m_auth + extra);
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<SandboxServer>(3);
        QVERIFY(m_server->listen());
        m_client = std::make_unique<Client>(m_server->baseUrl());
        const QJsonObject t = login(*m_client);
        m_auth = bearer(t.value(u"access_token"_s).toString());
        QVERIFY(!t.isEmpty());
    }

    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    void offByDefault()
    {
        const FaultSettings none;
        QVERIFY(!none.anyRequestFault());
        QVERIFY(!m_server->faults().anyRequestFault());
        for (int i = 0; i < 5; ++i)
            QCOMPARE(eobPage().status, 200);
    }

    void latencyAndJitter()
    {
        const qint64 baseline = eobPage().elapsedMs;
        FaultSettings f;
        f.latencyMs = 150;
        m_server->setFaults(f);
        const Reply slow = eobPage();
        QCOMPARE(slow.status, 200);
        QVERIFY2(slow.elapsedMs >= 145, qPrintable(QString::number(slow.elapsedMs)));
        f.latencyMs = 0;
        f.jitterMs = 80;
        m_server->setFaults(f);
        qint64 longest = 0;
        for (int i = 0; i < 8; ++i)
            longest = std::max(longest, eobPage().elapsedMs);
        QVERIFY(longest <= baseline + 80 + 200);
        // The OAuth endpoints are left alone unless asked for.
        f.latencyMs = 300;
        m_server->setFaults(f);
        QVERIFY(m_client->get(u"/v2/connect/.well-known/openid-configuration"_s).elapsedMs < 250);
        f.includeOAuth = true;
        m_server->setFaults(f);
        QVERIFY(m_client->get(u"/v2/connect/userinfo"_s, m_auth).elapsedMs >= 295);
    }

    void serverErrors()
    {
        FaultSettings f;
        f.errorRate = 1.0;
        m_server->setFaults(f);
        const Reply a = eobPage();
        const Reply b = eobPage();
        const Reply c = eobPage();
        QCOMPARE(a.status, 500);
        QVERIFY(a.body.contains("Server Error (500)"));
        QCOMPARE(b.status, 502);
        QCOMPARE(b.body,
            QByteArray(R"j({"detail":"A failure occurred contacting the upstream server"})j"));
        QCOMPARE(c.status, 503);
        QVERIFY(c.header("content-type").startsWith("text/html"));

        f.errorRate = 0.3;
        m_server->setFaults(f);
        int failures = 0;
        for (int i = 0; i < 60; ++i)
            failures += eobPage(u"_count=1"_s).status != 200;
        QVERIFY2(failures > 6 && failures < 36, qPrintable(QString::number(failures)));
    }

    void throttleStormAndRate()
    {
        FaultSettings f;
        f.throttleStormRequests = 3;
        f.retryAfterSeconds = 7;
        m_server->setFaults(f);
        for (int i = 0; i < 3; ++i) {
            const Reply r = eobPage();
            QCOMPARE(r.status, 429);
            QCOMPARE(r.header("retry-after"), QByteArray("7"));
            QCOMPARE(r.body,
                QByteArray(
                    R"j({"detail":"Request was throttled. Expected available in 7 seconds."})j"));
        }
        QCOMPARE(eobPage().status, 200);

        f.throttleStormRequests = 0;
        f.throttleRate = 1.0;
        m_server->setFaults(f);
        QCOMPARE(eobPage().status, 429);
    }

    void truncatedBodies()
    {
        FaultSettings f;
        f.truncateRate = 1.0;
        m_server->setFaults(f);
        const Reply r = eobPage();
        QCOMPARE(r.status, 200);
        QCOMPARE(r.error, QNetworkReply::NoError);
        QJsonParseError error;
        QJsonDocument::fromJson(r.body, &error);
        QVERIFY(error.error != QJsonParseError::NoError);
        // Also through gzip: the client inflates a valid stream of cut JSON.
        const Reply gz = eobPage(u"_count=10"_s, {{"Accept-Encoding", "gzip"}});
        QCOMPARE(gz.header("content-encoding"), QByteArray("gzip"));
    }

    void droppedConnections()
    {
        FaultSettings f;
        f.dropRate = 1.0;
        m_server->setFaults(f);
        const Reply plain = eobPage(u"_count=20"_s, {{"Accept-Encoding", "identity"}});
        QVERIFY2(plain.error != QNetworkReply::NoError,
            qPrintable(u"status %1, %2 bytes"_s.arg(plain.status).arg(plain.body.size())));
        // Qt 6.4 inflates what arrived of a gzip body and reports no error: the cut shows
        // only as JSON that does not parse. A client must treat both as a failed page.
        const Reply zipped = eobPage(u"_count=20"_s);
        QJsonParseError parse;
        QJsonDocument::fromJson(zipped.body, &parse);
        QVERIFY(zipped.error != QNetworkReply::NoError || parse.error != QJsonParseError::NoError);
        m_server->setFaults({});
        QCOMPARE(eobPage().status, 200); // the server itself is fine
    }

    void slowBodies()
    {
        FaultSettings f;
        f.slowBodyBytesPerSecond = 20000;
        m_server->setFaults(f);
        const Reply r = m_client->get(
            u"/v2/fhir/Patient/"_s, m_auth + Headers {{"Accept-Encoding", "identity"}});
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.size() > 3000);
        const qint64 expected = r.body.size() * 1000 / 20000;
        QVERIFY2(r.elapsedMs >= expected / 2,
            qPrintable(u"%1 ms for %2 bytes"_s.arg(r.elapsedMs).arg(r.body.size())));
        QVERIFY(!QJsonDocument::fromJson(r.body).isNull());
    }

    void shortAccessTokenLifetime()
    {
        FaultSettings f;
        f.accessTokenLifetimeSeconds = 5;
        m_server->setFaults(f);
        const QJsonObject t = login(*m_client);
        QCOMPARE(t.value(u"expires_in"_s).toInt(), 5);
        const Headers auth = bearer(t.value(u"access_token"_s).toString());
        QCOMPARE(m_client->get(u"/v2/fhir/Coverage/"_s, auth).status, 200);
        m_server->clock().advance(6);
        QCOMPARE(m_client->get(u"/v2/fhir/Coverage/"_s, auth).status, 401);
        const QJsonObject refreshed =
            refresh(*m_client, t.value(u"refresh_token"_s).toString()).json();
        QCOMPARE(refreshed.value(u"expires_in"_s).toInt(), 5);
    }

    void loopingNextLink()
    {
        FaultSettings f;
        f.loopingNextLink = true;
        m_server->setFaults(f);
        const QJsonObject page = eobPage(u"_count=10&startIndex=20"_s).json();
        QString next;
        const QJsonArray links = page.value(u"link"_s).toArray();
        for (const QJsonValue &l : links) {
            if (l.toObject().value(u"relation"_s).toString() == u"next"_s)
                next = l.toObject().value(u"url"_s).toString();
        }
        QVERIFY(next.contains(u"startIndex=20&"_s));
        const QJsonObject again = m_client->get(next, m_auth).json();
        QCOMPARE(again.value(u"entry"_s), page.value(u"entry"_s));
    }

    void faultDrawsAreReproducible()
    {
        FaultSettings f;
        f.errorRate = 0.5;
        f.seed = 99;
        auto run = [&] {
            m_server->setFaults(f);
            QList<int> statuses;
            for (int i = 0; i < 12; ++i)
                statuses << eobPage(u"_count=1"_s).status;
            return statuses;
        };
        QCOMPARE(run(), run());
    }
};

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "tst_sandbox_faults.moc"
