// The system-browser driver: a real listener on 127.0.0.1, and a full sign-in through it
// with the "browser" walking the sandbox pages over HTTP and then calling the listener.
#include "auth/authorizationflow.h"
#include "auth/loopbackbrowserdriver.h"
#include "auth/tokenmanager.h"
#include "authtesthelpers.h"

#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using bb::auth::LoopbackBrowserDriver;

namespace {

struct HttpAnswer
{
    int status = 0;
    QByteArray body;
};

// A raw request, so the test sees exactly what a browser would get. The listener runs on
// this thread, so the waits spin the event loop (no blocking waitFor* calls).
HttpAnswer rawRequest(quint16 port, const QByteArray &verb, const QByteArray &target)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    [[maybe_unused]] const bool settled = QTest::qWaitFor(
        [&] {
            return socket.state() == QAbstractSocket::ConnectedState
                || socket.state() == QAbstractSocket::UnconnectedState;
        },
        3000);
    if (socket.state() != QAbstractSocket::ConnectedState)
        return {}; // refused
    socket.write(verb + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QByteArray all;
    [[maybe_unused]] const bool closed = QTest::qWaitFor(
        [&] {
            all += socket.readAll();
            return socket.state() == QAbstractSocket::UnconnectedState;
        },
        3000);
    all += socket.readAll();
    HttpAnswer answer;
    answer.status = all.mid(9, 3).toInt();
    answer.body = all.mid(all.indexOf("\r\n\r\n") + 4);
    return answer;
}

HttpAnswer rawGet(quint16 port, const QByteArray &target)
{
    return rawRequest(port, "GET", target);
}

} // namespace

class tst_AuthLoopback : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<bb::auth::AuthError>(); }

    void listensOnLoopbackWithItsPort()
    {
        LoopbackBrowserDriver driver([](const QUrl &) { return true; });
        QVERIFY(driver.isListening());
        const QUrl uri = driver.redirectUri();
        QCOMPARE(uri.scheme(), u"http"_s);
        QCOMPARE(uri.host(), u"127.0.0.1"_s);
        QCOMPARE(uri.port(), int(driver.port()));
        QCOMPARE(uri.path(), u"/callback"_s);
        QVERIFY(driver.port() != 0);
    }

    void deliversTheFirstRedirectOnly()
    {
        QUrl opened;
        LoopbackBrowserDriver driver([&](const QUrl &url) {
            opened = url;
            return true;
        });
        QSignalSpy redirected(&driver, &LoopbackBrowserDriver::redirected);
        driver.open(QUrl(u"http://127.0.0.1:9/v2/o/authorize/?x=1&state=s1"_s));
        QCOMPARE(opened, QUrl(u"http://127.0.0.1:9/v2/o/authorize/?x=1&state=s1"_s));

        QCOMPARE(rawGet(driver.port(), "/favicon.ico").status, 404);
        QCOMPARE(redirected.size(), 0);

        const HttpAnswer answer = rawGet(driver.port(), "/callback?code=a%2Bb&state=s1");
        QCOMPARE(answer.status, 200);
        QVERIFY(answer.body.contains("return to the application"));
        QTRY_COMPARE(redirected.size(), 1);
        const QUrl url = redirected.first().first().toUrl();
        QCOMPARE(url.path(), u"/callback"_s);
        QCOMPARE(url.port(), int(driver.port()));
        QCOMPARE(authtest::form(
                     {{u"c"_s, QUrlQuery(url).queryItemValue(u"code"_s, QUrl::FullyDecoded)}}),
            "c=a%2Bb"_ba);

        // The attempt is over: nothing listens any more.
        QVERIFY(!driver.isListening());
        QCOMPARE(rawGet(driver.port(), "/callback?code=again&state=s1").status, 0); // refused
        QCOMPARE(redirected.size(), 1);
    }

    // A redirect that does not carry this attempt's state (another state, none, a stateless
    // error) does not end the attempt: that browser is told, the real answer still counts.
    void keepsWaitingOnAnotherState()
    {
        LoopbackBrowserDriver driver([](const QUrl &) { return true; });
        QSignalSpy redirected(&driver, &LoopbackBrowserDriver::redirected);
        QSignalSpy failed(&driver, &LoopbackBrowserDriver::failed);
        driver.open(QUrl(u"http://127.0.0.1:9/v2/o/authorize/?state=good-state"_s));

        HttpAnswer answer = rawGet(driver.port(), "/callback?code=forged&state=evil");
        QCOMPARE(answer.status, 400);
        QVERIFY(answer.body.contains("still waiting"));
        answer = rawGet(driver.port(), "/callback?code=forged");
        QCOMPARE(answer.status, 400);
        answer = rawGet(driver.port(), "/callback?error=not_found");
        QCOMPARE(answer.status, 400);
        QVERIFY(answer.body.contains("no Blue Button record"));
        QCOMPARE(rawGet(driver.port(), "/callback?error=access_denied&state=evil").status, 400);
        QCOMPARE(rawGet(driver.port(), "/callback?code=x&state=good-stat").status, 400);
        QTest::qWait(50);
        QCOMPARE(redirected.size(), 0);
        QCOMPARE(failed.size(), 0);
        QVERIFY(driver.isListening());

        QCOMPARE(rawGet(driver.port(), "/callback?code=real&state=good-state").status, 200);
        QTRY_COMPARE(redirected.size(), 1);
        QCOMPARE(
            QUrlQuery(redirected.first().first().toUrl()).queryItemValue(u"code"_s), u"real"_s);
        QVERIFY(!driver.isListening());
    }

    // An attempt that gets no redirect ends at its time limit, and stops listening.
    void attemptTimeLimit()
    {
        LoopbackBrowserDriver driver([](const QUrl &) { return true; });
        driver.setAttemptTimeout(300);
        QSignalSpy failed(&driver, &LoopbackBrowserDriver::failed);
        driver.open(QUrl(u"http://127.0.0.1:9/?state=s"_s));
        QVERIFY(driver.isListening());
        QVERIFY(failed.wait(3000));
        QVERIFY(failed.first().first().toString().contains(u"not finished"_s));
        QVERIFY(!driver.isListening());
    }

    void refusesOtherMethodsAndJunk()
    {
        LoopbackBrowserDriver driver([](const QUrl &) { return true; });
        QSignalSpy redirected(&driver, &LoopbackBrowserDriver::redirected);
        driver.open(QUrl(u"http://127.0.0.1:9/"_s));
        QCOMPARE(rawRequest(driver.port(), "POST", "/callback?code=x&state=y").status, 405);
        QCOMPARE(rawGet(driver.port(), "http://evil.example/callback?code=x").status, 404);
        QCOMPARE(redirected.size(), 0);
    }

    void closeStopsListening()
    {
        LoopbackBrowserDriver driver([](const QUrl &) { return true; });
        const quint16 port = driver.port();
        driver.open(QUrl(u"http://127.0.0.1:9/"_s));
        driver.close();
        QVERIFY(!driver.isListening());
        QCOMPARE(rawGet(port, "/callback?code=x&state=y").status, 0); // refused
        // The next attempt listens on the same port again (the authorize URL carries it).
        driver.open(QUrl(u"http://127.0.0.1:9/"_s));
        QVERIFY(driver.isListening());
        QCOMPARE(driver.port(), port);
    }

    void browserThatCannotOpen()
    {
        LoopbackBrowserDriver driver([](const QUrl &) { return false; });
        QSignalSpy failed(&driver, &LoopbackBrowserDriver::failed);
        driver.open(QUrl(u"http://127.0.0.1:9/"_s));
        QVERIFY(failed.wait(1000));
        QVERIFY(!failed.first().first().toString().isEmpty());
    }

    void fullSignInThroughTheListener()
    {
        authtest::Rig rig;
        authtest::SandboxLogin *walk = nullptr;
        QNetworkAccessManager browser;
        int forgedStatus = 0;
        LoopbackBrowserDriver driver([&](const QUrl &url) {
            walk = new authtest::SandboxLogin({}, this);
            connect(walk, &authtest::SandboxLogin::reachedRedirect, this, [&](const QUrl &to) {
                // A page that found the port first: "no record", without state. It must not
                // end the sign-in.
                QUrl forged = to;
                forged.setQuery(u"error=not_found"_s);
                QNetworkReply *first = browser.get(QNetworkRequest(forged));
                connect(first, &QNetworkReply::finished, this, [&, first, to] {
                    first->deleteLater();
                    forgedStatus =
                        first->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                    // Then the browser follows the real redirect to the listener.
                    QNetworkReply *reply = browser.get(QNetworkRequest(to));
                    connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
                });
            });
            walk->start(url);
            return true;
        });
        bb::auth::Session session(rig.environment, rig.clientSecret, &rig.store, &driver, &rig.nam);
        QSignalSpy ok(&session, &bb::auth::Session::signedIn);
        QSignalSpy bad(&session, &bb::auth::Session::signInFailed);
        session.signIn();
        QTRY_VERIFY_WITH_TIMEOUT(ok.size() + bad.size() > 0, 15000);
        QCOMPARE(bad.size(), 0);
        QCOMPARE(forgedStatus, 400);
        QCOMPARE(ok.first().first().toString(), u"-10000010254618"_s);
        QCOMPARE(rig.fhirStatus(session.tokens()->accessToken()), 200);
        // The redirect URI sent was the listener's, port included.
        const auto posts = rig.nam.to(u"/v2/o/token/"_s);
        QVERIFY(
            posts.first().body.contains(QUrl::toPercentEncoding(driver.redirectUri().toString())));
        QVERIFY(!driver.isListening()); // closed once the answer came
        delete walk;
    }
};

QTEST_GUILESS_MAIN(tst_AuthLoopback)
#include "tst_auth_loopback.moc"
