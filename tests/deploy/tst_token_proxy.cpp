// The token-exchange proxy of deploy/token-proxy (nginx) between the app and the local
// sandbox: the app signs in, refreshes and signs out through it without ever holding the
// client secret; the proxy refuses everything else, rate-limits, sends the security headers,
// and keeps codes, tokens and the credential out of its logs.

#include "auth/tokenmanager.h"
#include "authtesthelpers.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <csignal>
#include <memory>
#include <optional>
#include <sys/prctl.h>

using namespace Qt::StringLiterals;
using bb::auth::Environment;
using Result = bb::api::TokenProvider::RefreshResult;

namespace {

const QString kNginx = u"/usr/sbin/nginx"_s;

struct Answer
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QList<QNetworkReply::RawHeaderPair> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    bool hasHeader(const QByteArray &name) const
    {
        return std::any_of(headers.cbegin(), headers.cend(),
            [&](const auto &h) { return h.first.compare(name, Qt::CaseInsensitive) == 0; });
    }
};

Answer answerOf(QNetworkReply *reply)
{
    Answer a;
    a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    a.error = reply->error();
    a.headers = reply->rawHeaderPairs();
    a.body = reply->readAll();
    return a;
}

// The address of a port nobody listens on right now (the kernel's pick, released again).
quint16 freeLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

} // namespace

class TestTokenProxy : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<authtest::Rig> m_rig;
    std::unique_ptr<QProcess> m_proxy;
    QNetworkAccessManager m_plain;
    QUrl m_proxyBase;
    QString m_clientSecret;
    QByteArray m_basicCredential;
    // Every code and token the sign-in, refresh and sign-out handled: none may be logged.
    QStringList m_seenSecrets;

    QString prefix() const { return m_dir.filePath(u"prefix"_s); }

    Answer send(const QByteArray &verb, const QString &path, const QByteArray &body = {},
        const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        QNetworkRequest request(m_proxyBase.resolved(QUrl(path)));
        request.setAttribute(
            QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
        request.setTransferTimeout(10000);
        if (!body.isEmpty())
            request.setHeader(
                QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded"_ba);
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        QNetworkReply *reply = m_plain.sendCustomRequest(request, verb, body);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        if (!reply->isFinished())
            loop.exec();
        reply->deleteLater();
        return answerOf(reply);
    }

    // The sandbox itself, with the secret: what the proxy did must show there.
    int directRefreshStatus(const QString &refreshToken)
    {
        const QString saved = m_rig->clientSecret;
        m_rig->clientSecret = m_clientSecret;
        const int status = m_rig->refreshStatus(refreshToken);
        m_rig->clientSecret = saved;
        return status;
    }

    QByteArray logs() const
    {
        QByteArray all;
        for (const QString &name : {u"logs/access.log"_s, u"logs/error.log"_s}) {
            QFile file(QDir(prefix()).filePath(name));
            if (file.open(QIODevice::ReadOnly))
                all += file.readAll();
        }
        return all;
    }

    void stopProxy()
    {
        if (!m_proxy || m_proxy->state() == QProcess::NotRunning)
            return;
        // run.sh execs nginx, so this is nginx's fast shutdown; QUIT (graceful) and KILL are
        // the fallbacks if it hangs.
        m_proxy->terminate();
        if (m_proxy->waitForFinished(5000))
            return;
        ::kill(pid_t(m_proxy->processId()), SIGQUIT);
        if (!m_proxy->waitForFinished(5000)) {
            m_proxy->kill();
            m_proxy->waitForFinished(2000);
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!QFileInfo(kNginx).isExecutable())
            QSKIP("nginx is not installed at /usr/sbin/nginx (Debian package nginx); the token "
                  "proxy cannot run here");
        QVERIFY(m_dir.isValid());

        m_rig = std::make_unique<authtest::Rig>();
        m_clientSecret = m_rig->clientSecret;
        QVERIFY(!m_clientSecret.isEmpty());
        m_basicCredential =
            (m_rig->environment.clientId() + u':' + m_clientSecret).toUtf8().toBase64();

        // The secret lives in a file only the owner can read, as run.sh insists.
        const QString secretFile = m_dir.filePath(u"client-secret"_s);
        {
            QFile file(secretFile);
            QVERIFY(
                file.open(QIODevice::WriteOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
            file.write(m_clientSecret.toUtf8() + '\n');
        }

        const quint16 port = freeLoopbackPort();
        QVERIFY(port != 0);
        m_proxyBase = QUrl(u"http://127.0.0.1:%1/"_s.arg(port));

        m_proxy = std::make_unique<QProcess>();
        m_proxy->setProcessChannelMode(QProcess::MergedChannels);
        // nginx dies with this test even if the test is killed before cleanupTestCase.
        m_proxy->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
        m_proxy->start(u"bash"_s,
            {QStringLiteral(BB_SOURCE_DIR "/deploy/token-proxy/run.sh"), u"--upstream"_s,
                m_rig->sandbox.baseUrl().toString(), u"--client-id"_s,
                m_rig->environment.clientId(), u"--client-secret-file"_s, secretFile, u"--listen"_s,
                u"127.0.0.1:%1"_s.arg(port), u"--prefix"_s, prefix()});
        QVERIFY2(m_proxy->waitForStarted(5000), qPrintable(m_proxy->errorString()));

        bool ready = false;
        for (int i = 0; i < 100 && !ready; ++i) {
            if (m_proxy->state() == QProcess::NotRunning)
                break;
            ready = send("GET"_ba, u"healthz"_s).status == 200;
            if (!ready)
                QTest::qWait(100);
        }
        QVERIFY2(ready, m_proxy->readAll().constData());

        // The app's side: proxy mode, and no secret anywhere.
        m_rig->environment.setClientAuthentication(Environment::ClientAuthentication::TokenProxy);
        m_rig->environment.setTokenProxyUrl(m_proxyBase.resolved(QUrl(u"v2/o/token/"_s)));
        QCOMPARE(
            m_rig->environment.revokeRequestUrl(), m_proxyBase.resolved(QUrl(u"v2/o/revoke/"_s)));
        m_rig->clientSecret.clear();
        m_rig->makeSession();
    }

    void signInRefreshAndSignOutThroughTheProxy()
    {
        authtest::Rig &rig = *m_rig;
        QVERIFY(rig.signIn());
        bb::auth::TokenManager *tokens = rig.session->tokens();
        const QString patient = tokens->patientId();
        QVERIFY(!patient.isEmpty());
        m_seenSecrets << QUrlQuery(rig.driver.deliveredRedirect).queryItemValue(u"code"_s)
                      << tokens->accessToken() << rig.storedRefreshToken(patient);

        std::optional<Result> refreshed;
        tokens->refresh(this, [&](Result r) { refreshed = r; });
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.has_value(), 10000);
        QCOMPARE(*refreshed, Result::Refreshed);
        const QString refreshToken = rig.storedRefreshToken(patient);
        m_seenSecrets << tokens->accessToken() << refreshToken;
        QCOMPARE(rig.fhirStatus(tokens->accessToken()), 200); // the new token is a real one
        for (const QString &secret : std::as_const(m_seenSecrets))
            QVERIFY(secret.size() >= 8);

        QSignalSpy out(rig.session.get(), &bb::auth::Session::signedOut);
        rig.session->signOut();
        QVERIFY(out.wait(10000));
        QCOMPARE(out.first().first().toBool(), true);
        // The sandbox saw the revoke: the grant is gone, so its refresh token is dead.
        QCOMPARE(directRefreshStatus(refreshToken), 403);

        // The code exchange, the refresh and the revoke all went to the proxy, and nothing
        // the app sent could authenticate as the client.
        const quint16 proxyPort = quint16(m_proxyBase.port());
        QCOMPARE(rig.nam.to(u"/v2/o/token/"_s).size(), 2);
        QCOMPARE(rig.nam.to(u"/v2/o/revoke/"_s).size(), 1);
        int toProxy = 0;
        for (const authtest::RecordingNam::Request &r : std::as_const(rig.nam.requests)) {
            QVERIFY2(!r.authorization.toLower().startsWith("basic"), r.url.toEncoded().constData());
            QVERIFY(!r.body.contains("client_secret"));
            QVERIFY(!r.body.contains(m_clientSecret.toUtf8()));
            QVERIFY(!r.url.toEncoded().contains(m_clientSecret.toUtf8()));
            if (r.url.path().startsWith(u"/v2/o/"_s)) {
                QCOMPARE(r.url.port(), int(proxyPort));
                ++toProxy;
            }
        }
        QCOMPARE(toProxy, 3);
    }

    void refusesEverythingElse_data()
    {
        QTest::addColumn<QByteArray>("verb");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::newRow("FHIR") << "GET"_ba << u"v2/fhir/Patient"_s << QByteArray() << 404;
        QTest::newRow("root") << "GET"_ba << u""_s << QByteArray() << 404;
        QTest::newRow("authorize") << "GET"_ba << u"v2/o/authorize/"_s << QByteArray() << 404;
        QTest::newRow("POST elsewhere")
            << "POST"_ba << u"v2/o/revoke_token/"_s << "token=x"_ba << 404;
        QTest::newRow("token without slash") << "POST"_ba << u"v2/o/token"_s << "a=b"_ba << 404;
        QTest::newRow("revoke without slash") << "POST"_ba << u"v2/o/revoke"_s << "a=b"_ba << 404;
        QTest::newRow("GET token") << "GET"_ba << u"v2/o/token/"_s << QByteArray() << 405;
        QTest::newRow("PUT revoke") << "PUT"_ba << u"v2/o/revoke/"_s << "token=x"_ba << 405;
        QTest::newRow("POST healthz") << "POST"_ba << u"healthz"_s << "a=b"_ba << 405;
        QTest::newRow("large body")
            << "POST"_ba << u"v2/o/token/"_s
            << QByteArray("grant_type=x&pad=" + QByteArray(9000, 'a')) << 413;
    }

    void refusesEverythingElse()
    {
        QFETCH(QByteArray, verb);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        const Answer a = send(verb, path, body);
        QCOMPARE(a.status, status);
        if (status == 405)
            QVERIFY(!a.header("Allow").isEmpty());
    }

    void forwardsWithItsOwnCredential()
    {
        // A caller's own Authorization is replaced: the sandbox still sees the real client
        // (a bad grant type, not an unknown client), and its JSON error comes through.
        const Answer a = send("POST"_ba, u"v2/o/token/?client_secret=x"_s, "grant_type=password"_ba,
            {{"Authorization"_ba, "Basic bm9ib2R5Om5vdGhpbmc="_ba}});
        QCOMPARE(a.status, 400);
        QVERIFY2(a.body.contains("unsupported_grant_type"), a.body.constData());
        // The same without the proxy is refused as an unknown client.
        QNetworkRequest direct(m_rig->environment.tokenUrl());
        direct.setHeader(
            QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded"_ba);
        QNetworkReply *reply = m_plain.post(direct, "grant_type=password"_ba);
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(10000));
        reply->deleteLater();
        QCOMPARE(answerOf(reply).status, 401);
    }

    void securityHeadersOnEveryAnswer_data()
    {
        QTest::addColumn<QByteArray>("verb");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("health") << "GET"_ba << u"healthz"_s << QByteArray();
        QTest::newRow("forwarded") << "POST"_ba << u"v2/o/token/"_s << "grant_type=password"_ba;
        QTest::newRow("revoke") << "POST"_ba << u"v2/o/revoke/"_s << "token=unknown"_ba;
        QTest::newRow("not found") << "GET"_ba << u"v2/fhir/Patient"_s << QByteArray();
        QTest::newRow("method") << "GET"_ba << u"v2/o/token/"_s << QByteArray();
        QTest::newRow("too large") << "POST"_ba << u"v2/o/token/"_s << QByteArray(9000, 'a');
    }

    void securityHeadersOnEveryAnswer()
    {
        QFETCH(QByteArray, verb);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        const Answer a = send(verb, path, body);
        QVERIFY(a.status != 0);
        QCOMPARE(a.header("Cache-Control"), "no-store"_ba);
        QCOMPARE(a.header("Pragma"), "no-cache"_ba);
        QCOMPARE(a.header("X-Content-Type-Options"), "nosniff"_ba);
        QCOMPARE(a.header("Referrer-Policy"), "no-referrer"_ba);
        QCOMPARE(
            a.header("Content-Security-Policy"), "default-src 'none'; frame-ancestors 'none'"_ba);
        QCOMPARE(a.header("X-Frame-Options"), "DENY"_ba);
        QVERIFY(!a.hasHeader("Set-Cookie"));
        // server_tokens off: no version number.
        QVERIFY2(!a.header("Server").contains('/'), a.header("Server").constData());
    }

    void rateLimitsABurst()
    {
        // 60 at once from one address, against 10 a second with a burst of 20.
        QList<QNetworkReply *> replies;
        for (int i = 0; i < 60; ++i) {
            QNetworkRequest request(m_proxyBase.resolved(QUrl(u"v2/o/token/"_s)));
            request.setHeader(
                QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded"_ba);
            request.setTransferTimeout(10000);
            replies << m_plain.post(request, "grant_type=password"_ba);
        }
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(replies.cbegin(), replies.cend(),
                                     [](QNetworkReply *r) { return r->isFinished(); }),
            15000);
        int limited = 0;
        int forwarded = 0;
        for (QNetworkReply *reply : std::as_const(replies)) {
            const Answer a = answerOf(reply);
            if (a.status == 429)
                ++limited;
            else if (a.status == 400)
                ++forwarded;
            reply->deleteLater();
        }
        QVERIFY2(
            limited > 0, qPrintable(u"%1 limited, %2 forwarded"_s.arg(limited).arg(forwarded)));
        QVERIFY2(
            forwarded > 0, qPrintable(u"%1 limited, %2 forwarded"_s.arg(limited).arg(forwarded)));
        QCOMPARE(limited + forwarded, 60);
    }

    void logsHoldNoSecrets()
    {
        const QByteArray all = logs();
        // Not simply empty: the requests are there, by method and path.
        QVERIFY2(all.contains("\"POST /v2/o/token/\" 200"), all.constData());
        QVERIFY(all.contains("\"POST /v2/o/revoke/\" 200"));
        QVERIFY(all.contains("\"GET /v2/fhir/Patient\" 404"));
        QVERIFY(all.contains("\"POST /v2/o/token/\" 413"));
        QVERIFY(all.contains("\"POST /v2/o/token/\" 429"));

        QList<QByteArray> forbidden {m_clientSecret.toUtf8(), m_basicCredential, "code="_ba,
            "refresh_token"_ba, "client_secret"_ba, "Authorization"_ba};
        for (const QString &secret : std::as_const(m_seenSecrets))
            forbidden << secret.toUtf8();
        for (const QByteArray &needle : std::as_const(forbidden)) {
            QVERIFY(!needle.isEmpty());
            QVERIFY2(!all.contains(needle), needle.constData());
        }

        // The rendered configuration is the one place the credential is written: owner only.
        const QFileInfo config(QDir(prefix()).filePath(u"nginx.conf"_s));
        QVERIFY(config.exists());
        QCOMPARE(config.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
            QFileDevice::Permissions());
    }

    void cleanupTestCase()
    {
        stopProxy();
        if (m_proxy)
            QCOMPARE(m_proxy->state(), QProcess::NotRunning);
        m_rig.reset();
    }
};

QTEST_GUILESS_MAIN(TestTokenProxy)
#include "tst_token_proxy.moc"
