#include "sandbox/hostguard.h"
#include "sandbox/sandboxserver.h"

#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using bb::sandbox::HttpRequest;
using bb::sandbox::SandboxServer;

// DNS rebinding: a web page whose host name points at 127.0.0.1 must not be able to read the
// built-in sandbox. Only requests naming the sandbox's own address and port are answered.
class TestSandboxHostGuard : public QObject
{
    Q_OBJECT

    SandboxServer m_server {1};

    // The status of one raw HTTP request, with exactly the header lines given.
    int statusOf(const QByteArray &headerLines, const QByteArray &version = "HTTP/1.1")
    {
        // The server answers from this thread's event loop: wait without blocking it.
        QTcpSocket socket;
        socket.connectToHost(u"127.0.0.1"_s, m_server.port());
        if (!QTest::qWaitFor(
                [&] { return socket.state() == QAbstractSocket::ConnectedState; }, 5000))
            return -1;
        socket.write("GET /v2/fhir/metadata " + version + "\r\n" + headerLines
            + "Connection: close\r\n\r\n");
        QByteArray answer;
        (void)QTest::qWaitFor(
            [&] {
                answer += socket.readAll();
                return answer.contains("\r\n")
                    || socket.state() == QAbstractSocket::UnconnectedState;
            },
            5000);
        if (!answer.startsWith("HTTP/1.1 "))
            return -1;
        return answer.mid(9, 3).toInt();
    }

    QByteArray own() const { return "127.0.0.1:" + QByteArray::number(m_server.port()); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_server.listen()); }

    void ownHostIsServed()
    {
        QCOMPARE(statusOf("Host: " + own() + "\r\n"), 200);
        QCOMPARE(statusOf("Host: localhost:" + QByteArray::number(m_server.port()) + "\r\n"), 200);
        QCOMPARE(statusOf("Host: " + own() + "\r\nOrigin: http://" + own() + "\r\n"), 200);
    }

    void foreignHostIsRefused_data()
    {
        QTest::addColumn<QByteArray>("host");
        const QByteArray port = QByteArray::number(m_server.port());
        QTest::newRow("rebound name") << "evil.example:" + port;
        QTest::newRow("rebound name, no port") << "evil.example"_ba;
        QTest::newRow("own address, other port") << "127.0.0.1:1"_ba;
        QTest::newRow("own address, no port") << "127.0.0.1"_ba;
        QTest::newRow("lookalike") << "127.0.0.1." + port + ".evil.example"_ba;
        QTest::newRow("empty") << QByteArray();
    }

    void foreignHostIsRefused()
    {
        QFETCH(QByteArray, host);
        QCOMPARE(statusOf("Host: " + host + "\r\n"), 421);
    }

    void missingHostIsRefused() { QCOMPARE(statusOf({}, "HTTP/1.0"), 421); }

    void foreignOriginIsRefused_data()
    {
        QTest::addColumn<QByteArray>("origin");
        const QByteArray port = QByteArray::number(m_server.port());
        QTest::newRow("web page") << "http://evil.example:" + port;
        QTest::newRow("https") << "https://127.0.0.1:" + port;
        QTest::newRow("other port") << "http://127.0.0.1:1"_ba;
        QTest::newRow("null") << "null"_ba;
    }

    void foreignOriginIsRefused()
    {
        QFETCH(QByteArray, origin);
        QCOMPARE(statusOf("Host: " + own() + "\r\nOrigin: " + origin + "\r\n"), 403);
    }

    // The rule itself, as the server applies it to every request.
    void ruleOnParsedRequests()
    {
        HttpRequest r;
        r.headers = {{"host", "LOCALHOST:8000"}};
        QVERIFY(!bb::sandbox::refuseForeignRequest(r, 8000));
        r.headers = {{"host", "127.0.0.1:8000"}, {"host", "evil.example:8000"}};
        QCOMPARE(bb::sandbox::refuseForeignRequest(r, 8000)->status, 421);
        r.headers = {{"host", "127.0.0.1"}};
        QVERIFY(!bb::sandbox::refuseForeignRequest(r, 80));
        r.headers = {{"origin", "http://127.0.0.1:8000"}};
        QCOMPARE(bb::sandbox::refuseForeignRequest(r, 8000)->status, 421);
    }
};

QTEST_GUILESS_MAIN(TestSandboxHostGuard)
#include "tst_sandbox_hostguard.moc"
