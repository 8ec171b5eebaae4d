#include "auth/environment.h"
#include "login/addressindicator.h"
#include "login/embeddedbrowserdriver.h"
#include "login/logindialog.h"
#include "login/loginpage.h"
#include "sandbox/sandboxserver.h"
#include "untrustedcert.h"

#include <QCryptographicHash>
#include <QDesktopServices>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTest>
#include <QUrlQuery>
#include <QWebEngineProfile>
#include <QWebEngineUrlRequestInterceptor>
#include <QWebEngineView>

#include <memory>

using namespace Qt::StringLiterals;
using bb::login::EmbeddedBrowserDriver;
using bb::login::LoginDialog;
using bb::login::NavigationPolicy;
using bb::sandbox::SandboxServer;

namespace {

// Every request the browser actually made, to prove refused URLs were never fetched.
class RequestLog : public QWebEngineUrlRequestInterceptor
{
public:
    using QWebEngineUrlRequestInterceptor::QWebEngineUrlRequestInterceptor;
    QList<QUrl> urls;
    void interceptRequest(QWebEngineUrlRequestInfo &info) override { urls << info.requestUrl(); }
    bool sawHost(const QString &host) const
    {
        for (const QUrl &u : urls) {
            if (u.host() == host)
                return true;
        }
        return false;
    }
    bool sawPath(const QString &path) const
    {
        for (const QUrl &u : urls) {
            if (u.path() == path)
                return true;
        }
        return false;
    }
};

// Receives what would go to the system browser (QDesktopServices' own test seam).
class ExternalBrowser : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public Q_SLOTS:
    void openUrl(const QUrl &url) { opened << url; }
};

// What the app sends to /authorize: a port on the loopback redirect, which Blue Button (and
// the sandbox) accept for the port-less registration http://127.0.0.1/callback.
const QString kRedirect = u"http://127.0.0.1:53682/callback"_s;

QString challengeFor(const QString &verifier)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

// The embedded Medicare login end to end: a real QWebEngineView in the LoginDialog, the
// in-process sandbox's login and consent pages driven by their element ids, and the code
// exchanged at the token endpoint. Screenshots: <build>/login-screenshots/.
class TestLoginDialog : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<EmbeddedBrowserDriver> m_driver;
    std::unique_ptr<RequestLog> m_requests;
    QPointer<LoginDialog> m_dialog;
    QString m_state;
    QString m_verifier;

    NavigationPolicy policyFor(const QUrl &base) const
    {
        bb::auth::Environment local;
        local.setBaseUrl(base);
        return NavigationPolicy::forEnvironment(local, bb::auth::Environment::defaultRedirectUri());
    }

    QUrl authorizeUrl(const QUrl &base, const QString &lang = {}) const
    {
        QUrlQuery q;
        q.addQueryItem(u"client_id"_s, SandboxServer::demoClient().clientId);
        q.addQueryItem(u"redirect_uri"_s, kRedirect);
        q.addQueryItem(u"response_type"_s, u"code"_s);
        q.addQueryItem(u"state"_s, m_state);
        q.addQueryItem(u"code_challenge"_s, challengeFor(m_verifier));
        q.addQueryItem(u"code_challenge_method"_s, u"S256"_s);
        if (!lang.isEmpty())
            q.addQueryItem(u"lang"_s, lang);
        QUrl url = base;
        url.setPath(u"/v2/o/authorize/"_s);
        url.setQuery(q);
        return url;
    }

    void openDialog(const QString &lang = {})
    {
        m_driver->open(authorizeUrl(m_server->baseUrl(), lang));
        m_dialog = m_driver->dialog();
        QVERIFY(m_dialog);
        m_dialog->profile()->setUrlRequestInterceptor(m_requests.get());
    }

    QVariant js(const QString &script)
    {
        // A script sent while the page navigates may answer late or never; the answer is
        // shared with the callback so this function never waits on it for long.
        struct Answer
        {
            QVariant value;
            bool done = false;
        };
        auto answer = std::make_shared<Answer>();
        if (!m_dialog)
            return {};
        m_dialog->page()->runJavaScript(script, [answer](const QVariant &v) {
            answer->value = v;
            answer->done = true;
        });
        if (!QTest::qWaitFor([&] { return answer->done; }, 300))
            return {};
        return answer->value;
    }

    bool waitForElement(const QString &id)
    {
        return QTest::qWaitFor(
            [&] { return js(u"document.getElementById('%1') !== null"_s.arg(id)).toBool(); },
            10000);
    }

    void shoot(const QString &name)
    {
        QVERIFY(m_dialog);
        QTest::qWait(150); // let the compositor paint
        const QString dir = QDir(QStringLiteral(BB_BINARY_DIR)).filePath(u"login-screenshots"_s);
        QDir().mkpath(dir);
        QVERIFY(m_dialog->grab().save(QDir(dir).filePath(name)));
    }

    void logIn(const QString &user, const QString &password)
    {
        QVERIFY(waitForElement(u"username-textbox"_s));
        js(u"document.getElementById('username-textbox').value = '%1';"
           "document.getElementById('continue-button').click();"_s.arg(user));
        QVERIFY(waitForElement(u"password-textbox"_s));
        js(u"document.getElementById('password-textbox').value = '%1';"
           "document.getElementById('login-button').click();"_s.arg(password));
    }

    // The code exchange with plain QNetworkAccessManager: proves the caught code is real.
    QJsonObject exchange(const QString &code)
    {
        const auto client = SandboxServer::demoClient();
        QUrlQuery form;
        form.addQueryItem(u"grant_type"_s, u"authorization_code"_s);
        form.addQueryItem(u"code"_s, code);
        form.addQueryItem(u"redirect_uri"_s, kRedirect);
        form.addQueryItem(u"code_verifier"_s, m_verifier);
        form.addQueryItem(u"client_id"_s, client.clientId);
        form.addQueryItem(u"client_secret"_s, client.clientSecret);
        QUrl url = m_server->baseUrl();
        url.setPath(u"/v2/o/token/"_s);
        QNetworkRequest request(url);
        request.setHeader(
            QNetworkRequest::ContentTypeHeader, u"application/x-www-form-urlencoded"_s);
        QNetworkAccessManager nam;
        std::unique_ptr<QNetworkReply> reply(
            nam.post(request, form.toString(QUrl::FullyEncoded).toUtf8()));
        if (!QTest::qWaitFor([&] { return reply->isFinished(); }, 10000))
            return {};
        if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
            return {};
        return QJsonDocument::fromJson(reply->readAll()).object();
    }

    QUrl waitForRedirect(QSignalSpy &spy)
    {
        if (!QTest::qWaitFor([&] { return !spy.isEmpty(); }, 10000))
            return {};
        return spy.constFirst().constFirst().toUrl();
    }

public:
    static void initMain() { QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts); }

private Q_SLOTS:
    void init()
    {
        m_state = u"login-state-0123456789abcdef"_s;
        m_verifier = u"login-verifier-0123456789abcdefghijklmnopqrstuvwxyz"_s;
        m_server = std::make_unique<SandboxServer>(1);
        QVERIFY(m_server->listen());
        m_driver = std::make_unique<EmbeddedBrowserDriver>(policyFor(m_server->baseUrl()));
        m_requests = std::make_unique<RequestLog>();
    }

    void cleanup()
    {
        m_driver.reset(); // deletes a dialog still open: page first, then its profile
        QTest::qWait(0); // dialogs of finished attempts go with deleteLater
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QVERIFY(!m_dialog);
        m_requests.reset();
        m_server.reset();
    }

    void dialogIsPrivateAndShowsTheHost()
    {
        QSignalSpy cancelled(m_driver.get(), &EmbeddedBrowserDriver::cancelled);
        openDialog();
        QVERIFY(m_dialog->isVisible());
        QVERIFY(m_dialog->profile()->isOffTheRecord());
        QVERIFY(m_dialog->page()->webChannel() == nullptr);
        QCOMPARE(m_dialog->page()->profile(), m_dialog->profile());
        QVERIFY(waitForElement(u"username-textbox"_s));
        const QString host = u"127.0.0.1:%1"_s.arg(m_server->port());
        QCOMPARE(m_dialog->addressIndicator()->hostText(), host);
        QVERIFY(!m_dialog->addressIndicator()->isSecure());
        QCOMPARE(m_dialog->addressIndicator()->securityText(), u"Not secure"_s);
        QVERIFY(!m_dialog->addressIndicator()->accessibleName().isEmpty());
        QVERIFY(!m_dialog->cancelButton()->accessibleName().isEmpty());
        QVERIFY(!m_dialog->view()->accessibleName().isEmpty());
        QVERIFY(!m_dialog->progressBar()->accessibleName().isEmpty());
        QTRY_VERIFY(!m_dialog->progressBar()->isVisible());
        shoot(u"1-username-en.png"_s);
    }

    void progressShowsWhileLoading()
    {
        bb::sandbox::FaultSettings slow;
        slow.latencyMs = 600;
        slow.includeOAuth = true;
        m_server->setFaults(slow);
        openDialog();
        QTRY_VERIFY_WITH_TIMEOUT(m_dialog->progressBar()->isVisible(), 5000);
        shoot(u"0-loading.png"_s);
        QVERIFY(waitForElement(u"username-textbox"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->progressBar()->isVisible(), 5000);
    }

    void wrongPasswordThenRightOneConnects()
    {
        QSignalSpy redirected(m_driver.get(), &EmbeddedBrowserDriver::redirected);
        QSignalSpy cancelled(m_driver.get(), &EmbeddedBrowserDriver::cancelled);
        QSignalSpy failed(m_driver.get(), &EmbeddedBrowserDriver::failed);
        openDialog();
        logIn(u"BBUser00000"_s, u"wrong"_s);
        QVERIFY(waitForElement(u"login-error"_s));
        shoot(u"2-password-error-en.png"_s);
        js(u"document.getElementById('password-textbox').value = 'PW00000!';"
           "document.getElementById('login-button').click();"_s);
        QVERIFY(waitForElement(u"approve"_s));
        QVERIFY(js(u"document.getElementById('radio_1').checked"_s).toBool());
        shoot(u"3-consent-en.png"_s);
        js(u"document.getElementById('approve').click();"_s);

        const QUrl url = waitForRedirect(redirected);
        QVERIFY(url.isValid());
        const QUrlQuery query(url);
        QCOMPARE(query.queryItemValue(u"state"_s), m_state);
        const QString code = query.queryItemValue(u"code"_s, QUrl::FullyDecoded);
        QVERIFY(!code.isEmpty());
        QCOMPARE(url.port(), 53682);
        QCOMPARE(cancelled.size(), 0);
        QCOMPARE(failed.size(), 0);
        // Caught before any request: nothing ever asked the redirect URI for a page.
        QVERIFY(!m_requests->sawPath(u"/callback"_s));
        QVERIFY(!m_dialog || !m_dialog->isVisible());
        QVERIFY(m_driver->dialog() == nullptr);

        const QJsonObject token = exchange(code);
        QVERIFY(!token.value("access_token"_L1).toString().isEmpty());
        QCOMPARE(token.value("patient"_L1).toString(), u"-10000010254618"_s);
        QVERIFY(token.value("scope"_L1).toString().contains("patient/Patient"_L1));
    }

    void personalInformationUnticked()
    {
        QSignalSpy redirected(m_driver.get(), &EmbeddedBrowserDriver::redirected);
        openDialog();
        logIn(u"BBUser00001"_s, u"PW00001!"_s);
        QVERIFY(waitForElement(u"approve"_s));
        js(u"document.getElementById('radio_1').checked = false;"_s);
        QVERIFY(!js(u"document.getElementById('radio_1').checked"_s).toBool());
        shoot(u"4-consent-unticked.png"_s);
        js(u"document.getElementById('approve').click();"_s);
        const QUrl url = waitForRedirect(redirected);
        const QString code = QUrlQuery(url).queryItemValue(u"code"_s, QUrl::FullyDecoded);
        QVERIFY(!code.isEmpty());
        const QJsonObject token = exchange(code);
        QCOMPARE(token.value("patient"_L1).toString(), u"-10000010254647"_s);
        const QString scope = token.value("scope"_L1).toString();
        QVERIFY(!scope.isEmpty());
        QVERIFY2(!scope.contains("patient/Patient"_L1), qPrintable(scope));
        QVERIFY2(!scope.split(u' ').contains(u"profile"_s), qPrintable(scope));
    }

    void cancelOnConsentIsAccessDenied()
    {
        QSignalSpy redirected(m_driver.get(), &EmbeddedBrowserDriver::redirected);
        QSignalSpy cancelled(m_driver.get(), &EmbeddedBrowserDriver::cancelled);
        openDialog();
        logIn(u"BBUser00002"_s, u"PW00002!"_s);
        QVERIFY(waitForElement(u"deny"_s));
        js(u"document.getElementById('deny').click();"_s);
        const QUrlQuery query(waitForRedirect(redirected));
        QCOMPARE(query.queryItemValue(u"error"_s), u"access_denied"_s);
        QCOMPARE(query.queryItemValue(u"state"_s), m_state);
        QVERIFY(!query.hasQueryItem(u"code"_s));
        QCOMPARE(cancelled.size(), 0); // the server's answer, not the dialog's Cancel
    }

    void userWithoutRecordIsNotFound()
    {
        QSignalSpy redirected(m_driver.get(), &EmbeddedBrowserDriver::redirected);
        openDialog();
        logIn(u"BBUser00006"_s, u"PW00006!"_s);
        QSignalSpy loadFailed(m_dialog.data(), &LoginDialog::loadFailed);
        QVERIFY(waitForElement(u"not-found-link"_s));
        QTest::qWait(200);
        // The server's own 404 page is content to read, not a load failure.
        QCOMPARE(loadFailed.size(), 0);
        QVERIFY(m_dialog->errorText().isEmpty());
        shoot(u"5-not-found.png"_s);
        js(u"document.getElementById('not-found-link').click();"_s);
        const QUrl url = waitForRedirect(redirected);
        const QUrlQuery query(url);
        QCOMPARE(query.queryItemValue(u"error"_s), u"not_found"_s);
        QVERIFY(!query.hasQueryItem(u"state"_s)); // Blue Button sends none here
        QVERIFY(!m_requests->sawPath(u"/callback"_s));
    }

    void hostOutsideAllowListIsRefused()
    {
        openDialog();
        QSignalSpy refused(m_dialog.data(), &LoginDialog::navigationBlocked);
        QSignalSpy loadFailed(m_dialog.data(), &LoginDialog::loadFailed);
        QVERIFY(waitForElement(u"username-textbox"_s));
        const QUrl before = m_dialog->page()->url();
        js(u"location.href = 'http://example.invalid/';"_s);
        QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 1, 5000);
        QCOMPARE(refused.constFirst().constFirst().toUrl().host(), u"example.invalid"_s);
        QTest::qWait(300);
        QVERIFY(!m_requests->sawHost(u"example.invalid"_s));
        QCOMPARE(m_dialog->page()->url(), before);
        QVERIFY(m_dialog->isVisible());
        QCOMPARE(loadFailed.size(), 0);
        QVERIFY(m_dialog->findChild<QLabel *>(u"noticeText"_s)->isVisible());
        QVERIFY(js(u"document.getElementById('username-textbox') !== null"_s).toBool());
        shoot(u"6-blocked-host.png"_s);

        // Another port on this machine is another program: refused as well.
        js(u"location.href = 'http://127.0.0.1:1/';"_s);
        QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 2, 5000);
        QVERIFY(!m_requests->sawPath(u"/"_s) || m_requests->urls.constLast().port() != 1);
    }

    void newWindowLinksGoToTheSystemBrowser()
    {
        ExternalBrowser browser;
        QDesktopServices::setUrlHandler(u"http"_s, &browser, "openUrl");
        QDesktopServices::setUrlHandler(u"https"_s, &browser, "openUrl");
        openDialog();
        QSignalSpy external(m_dialog->page(), &bb::login::LoginPage::openedExternally);
        QSignalSpy refused(m_dialog.data(), &LoginDialog::navigationBlocked);
        QVERIFY(waitForElement(u"username-textbox"_s));
        const QString help = m_server->baseUrl().toString() + u"/help"_s;
        // A real click (user gesture), as a person would open a help link in a new window.
        js(u"var a = document.createElement('a'); a.id = 'help'; a.href = '%1';"
           "a.target = '_blank'; a.textContent = 'HELP LINK'; a.style = 'position:fixed;"
           "left:0;top:0;width:200px;height:60px;display:block;font-size:40px;background:#ff0';"
           "document.body.appendChild(a);"
           "var b = document.createElement('a'); b.id = 'away'; b.href = "
           "'https://example.invalid/x';"
           "b.target = '_blank'; b.textContent = 'AWAY'; b.style = 'position:fixed;"
           "left:0;top:100px;width:200px;height:60px;display:block;font-size:40px;background:#0ff';"
           "document.body.appendChild(b); true"_s.arg(help));
        QTest::qWait(200);
        QWidget *target = m_dialog->view()->focusProxy();
        QVERIFY(target);
        QTest::mouseClick(target, Qt::LeftButton, {}, QPoint(50, 30));
        QTRY_COMPARE_WITH_TIMEOUT(external.size(), 1, 5000);
        QCOMPARE(browser.opened.size(), 1);
        QCOMPARE(browser.opened.constFirst().path(), u"/help"_s);
        QTest::mouseClick(target, Qt::LeftButton, {}, QPoint(50, 130));
        QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 1, 5000);
        QCOMPARE(browser.opened.size(), 1);
        QVERIFY(!m_requests->sawHost(u"example.invalid"_s));
        QDesktopServices::unsetUrlHandler(u"http"_s);
        QDesktopServices::unsetUrlHandler(u"https"_s);
    }

    void escapeCancels()
    {
        QSignalSpy cancelled(m_driver.get(), &EmbeddedBrowserDriver::cancelled);
        QSignalSpy redirected(m_driver.get(), &EmbeddedBrowserDriver::redirected);
        openDialog();
        QVERIFY(waitForElement(u"username-textbox"_s));
        QTest::keyClick(m_dialog.data(), Qt::Key_Escape);
        QTRY_COMPARE(cancelled.size(), 1);
        QCOMPARE(redirected.size(), 0);
        QVERIFY(!m_dialog || !m_dialog->isVisible());
        QVERIFY(m_driver->dialog() == nullptr);
    }

    void cancelButtonCancels()
    {
        QSignalSpy cancelled(m_driver.get(), &EmbeddedBrowserDriver::cancelled);
        QSignalSpy failed(m_driver.get(), &EmbeddedBrowserDriver::failed);
        openDialog();
        QVERIFY(waitForElement(u"username-textbox"_s));
        QTest::mouseClick(m_dialog->cancelButton(), Qt::LeftButton);
        QTRY_COMPARE(cancelled.size(), 1);
        QCOMPARE(failed.size(), 0);
    }

    void closeStopsSilently()
    {
        QSignalSpy cancelled(m_driver.get(), &EmbeddedBrowserDriver::cancelled);
        QSignalSpy failed(m_driver.get(), &EmbeddedBrowserDriver::failed);
        QSignalSpy redirected(m_driver.get(), &EmbeddedBrowserDriver::redirected);
        openDialog();
        QVERIFY(waitForElement(u"username-textbox"_s));
        m_driver->close();
        QTest::qWait(100);
        QCOMPARE(cancelled.size() + failed.size() + redirected.size(), 0);
        QVERIFY(m_driver->dialog() == nullptr);
    }

    void spanishLogin()
    {
        QSignalSpy redirected(m_driver.get(), &EmbeddedBrowserDriver::redirected);
        openDialog(u"es"_s);
        QVERIFY(waitForElement(u"username-textbox"_s));
        QCOMPARE(js(u"document.documentElement.lang"_s).toString(), u"es"_s);
        QCOMPARE(js(u"document.getElementById('continue-button').textContent"_s).toString(),
            u"Continuar"_s);
        shoot(u"7-username-es.png"_s);
        logIn(u"BBUser00007"_s, u"PW00007!"_s);
        QVERIFY(waitForElement(u"approve"_s));
        QCOMPARE(js(u"document.getElementById('approve').textContent"_s).toString(), u"Conectar"_s);
        shoot(u"8-consent-es.png"_s);
        js(u"document.getElementById('approve').click();"_s);
        const QUrlQuery query(waitForRedirect(redirected));
        QVERIFY(!query.queryItemValue(u"code"_s).isEmpty());
        QCOMPARE(query.queryItemValue(u"state"_s), m_state);
    }

    void certificateErrorIsNeverAccepted()
    {
        // An https server on loopback with a certificate nobody trusts.
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(QSslCertificate(QByteArray(kUntrustedCertificatePem)));
        tls.setPrivateKey(QSslKey(QByteArray(kUntrustedKeyPem), QSsl::Rsa));
        QSslServer server;
        server.setSslConfiguration(tls);
        QVERIFY(server.listen(QHostAddress::LocalHost));
        int requests = 0;
        connect(&server, &QTcpServer::pendingConnectionAvailable, this, [&] {
            while (QTcpSocket *socket = server.nextPendingConnection()) {
                connect(socket, &QIODevice::readyRead, socket, [socket, &requests] {
                    ++requests; // only reached if the browser accepted the certificate
                    socket->write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
                    socket->disconnectFromHost();
                });
            }
        });
        QUrl base(u"https://127.0.0.1"_s);
        base.setPort(server.serverPort());
        m_driver->setPolicy(policyFor(base));
        QSignalSpy failed(m_driver.get(), &EmbeddedBrowserDriver::failed);
        m_driver->open(authorizeUrl(base));
        m_dialog = m_driver->dialog();
        QSignalSpy rejected(m_dialog->page(), &bb::login::LoginPage::certificateRejected);
        QSignalSpy loadFailed(m_dialog.data(), &LoginDialog::loadFailed);
        QTRY_VERIFY_WITH_TIMEOUT(!rejected.isEmpty(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!loadFailed.isEmpty(), 10000);
        QCOMPARE(requests, 0);
        QVERIFY(m_dialog->errorText().contains(u"127.0.0.1"_s));
        QVERIFY(m_dialog->retryButton()->isVisible());
        QTest::qWait(200); // the browser's error page commits after the rejection
        QVERIFY(!m_dialog->addressIndicator()->isSecure());
        QCOMPARE(m_dialog->addressIndicator()->securityText(), u"Not secure"_s);
        shoot(u"10-certificate.png"_s);
        QTest::mouseClick(m_dialog->cancelButton(), Qt::LeftButton);
        QTRY_COMPARE(failed.size(), 1);
    }

    void unreachableServerOffersRetry()
    {
        // A port nobody listens on (yet): the sandbox is started there after the failure.
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
        }
        QUrl base(u"http://127.0.0.1"_s);
        base.setPort(port);
        m_driver->setPolicy(policyFor(base));
        QSignalSpy cancelled(m_driver.get(), &EmbeddedBrowserDriver::cancelled);
        QSignalSpy failed(m_driver.get(), &EmbeddedBrowserDriver::failed);
        m_driver->open(authorizeUrl(base));
        m_dialog = m_driver->dialog();
        QSignalSpy loadFailed(m_dialog.data(), &LoginDialog::loadFailed);
        QTRY_COMPARE_WITH_TIMEOUT(loadFailed.size(), 1, 10000);
        QVERIFY(m_dialog->retryButton()->isVisible());
        QVERIFY(m_dialog->errorText().contains(u"127.0.0.1"_s));
        shoot(u"9-unreachable.png"_s);

        auto server = std::make_unique<SandboxServer>(1);
        QVERIFY(server->listen(port));
        QTest::mouseClick(m_dialog->retryButton(), Qt::LeftButton);
        QVERIFY(waitForElement(u"username-textbox"_s));
        QVERIFY(m_dialog->errorText().isEmpty());
        QVERIFY(!m_dialog->retryButton()->isVisible());

        // Down again: closing the dialog now reports the failure, not a change of mind.
        server.reset();
        js(u"document.getElementById('username-textbox').value = 'BBUser00000';"
           "document.getElementById('continue-button').click();"_s);
        QTRY_COMPARE_WITH_TIMEOUT(loadFailed.size(), 2, 10000);
        const QString message = m_dialog->errorText();
        QTest::keyClick(m_dialog.data(), Qt::Key_Escape);
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed.constFirst().constFirst().toString(), message);
        QCOMPARE(cancelled.size(), 0);
    }
};

QTEST_MAIN(TestLoginDialog)
#include "tst_login_dialog.moc"
