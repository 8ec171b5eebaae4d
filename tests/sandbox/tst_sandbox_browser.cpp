#include "sandbox/sandboxserver.h"

#include <QCryptographicHash>
#include <QDir>
#include <QTest>
#include <QUrlQuery>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineView>

#include <memory>

using namespace Qt::StringLiterals;
using bb::sandbox::SandboxServer;

namespace {

// Stops at the redirect URI the way bbviewer's login dialog does: nothing listens there.
class RedirectCatcher : public QWebEnginePage
{
    Q_OBJECT

public:
    RedirectCatcher(QWebEngineProfile *profile, const QString &prefix)
        : QWebEnginePage(profile)
        , m_prefix(prefix)
    {
    }

    QUrl caught;

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType, bool isMainFrame) override
    {
        if (isMainFrame && url.toString().startsWith(m_prefix)) {
            caught = url;
            return false;
        }
        return true;
    }

private:
    QString m_prefix;
};

const QString kRedirect = u"http://127.0.0.1:53682/callback"_s;
const QString kVerifier = u"browser-verifier-0123456789abcdefghijklmnopqrstuvwxyz"_s;

} // namespace

// The mock Medicare.gov login and the consent page driven in QtWebEngine by their element ids,
// with screenshots for a human to look at (build-dir/sandbox-screenshots/).
class TestSandboxBrowser : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<QWebEngineProfile> m_profile;
    std::unique_ptr<RedirectCatcher> m_page;
    std::unique_ptr<QWebEngineView> m_view;

    QVariant js(const QString &script)
    {
        // Shared with the callback: a script sent while the page navigates reports back late
        // or never, and this function must not wait for it (nor be written to afterwards).
        struct Answer
        {
            QVariant value;
            bool done = false;
        };
        auto answer = std::make_shared<Answer>();
        m_page->runJavaScript(script, [answer](const QVariant &v) {
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
        QTest::qWait(150); // let the compositor paint
        const QString dir = QDir(QStringLiteral(BB_BINARY_DIR)).filePath(u"sandbox-screenshots"_s);
        QDir().mkpath(dir);
        QVERIFY(m_view->grab().save(QDir(dir).filePath(name)));
    }

    void open(const QString &lang)
    {
        const auto client = SandboxServer::demoClient();
        QUrlQuery q;
        q.addQueryItem(u"client_id"_s, client.clientId);
        q.addQueryItem(u"redirect_uri"_s, kRedirect);
        q.addQueryItem(u"response_type"_s, u"code"_s);
        q.addQueryItem(u"state"_s, u"browser-state-0123456789"_s);
        q.addQueryItem(u"code_challenge"_s,
            QString::fromLatin1(
                QCryptographicHash::hash(kVerifier.toLatin1(), QCryptographicHash::Sha256)
                    .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)));
        q.addQueryItem(u"code_challenge_method"_s, u"S256"_s);
        if (!lang.isEmpty())
            q.addQueryItem(u"lang"_s, lang);
        QUrl url = m_server->baseUrl();
        url.setPath(u"/v2/o/authorize/"_s);
        url.setQuery(q);
        m_view->load(url);
    }

public:
    static void initMain() { QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts); }

private Q_SLOTS:

    void init()
    {
        m_server = std::make_unique<SandboxServer>(1);
        QVERIFY(m_server->listen());
        m_profile = std::make_unique<QWebEngineProfile>();
        m_page = std::make_unique<RedirectCatcher>(m_profile.get(), kRedirect);
        m_view = std::make_unique<QWebEngineView>();
        m_view->setPage(m_page.get());
        m_view->resize(900, 760);
        m_view->show();
    }

    void cleanup()
    {
        m_view.reset();
        m_page.reset(); // before its profile
        m_profile.reset();
        m_server.reset();
    }

    void loginAndConnectInEnglish()
    {
        open(QString());
        QVERIFY(waitForElement(u"username-textbox"_s));
        QCOMPARE(js(u"document.documentElement.lang"_s).toString(), u"en"_s);
        shoot(u"1-login-username-en.png"_s);
        js(u"document.getElementById('username-textbox').value = 'BBUser00000';"
           "document.getElementById('continue-button').click();"_s);
        QVERIFY(waitForElement(u"password-textbox"_s));
        js(u"document.getElementById('password-textbox').value = 'wrong';"
           "document.getElementById('login-button').click();"_s);
        QVERIFY(waitForElement(u"login-error"_s));
        shoot(u"2-login-password-error-en.png"_s);
        js(u"document.getElementById('password-textbox').value = 'PW00000!';"
           "document.getElementById('login-button').click();"_s);
        QVERIFY(waitForElement(u"approve"_s));
        QVERIFY(js(u"document.getElementById('radio_1').checked"_s).toBool());
        shoot(u"3-consent-en.png"_s);
        js(u"document.getElementById('approve').click();"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->caught.isEmpty(), 10000);
        const QUrlQuery result(m_page->caught);
        QVERIFY(!result.queryItemValue(u"code"_s).isEmpty());
        QCOMPARE(result.queryItemValue(u"state"_s), u"browser-state-0123456789"_s);
    }

    void cancelInSpanish()
    {
        open(u"es"_s);
        QVERIFY(waitForElement(u"username-textbox"_s));
        QCOMPARE(js(u"document.documentElement.lang"_s).toString(), u"es"_s);
        js(u"document.getElementById('username-textbox').value = 'BBUser00007';"
           "document.getElementById('continue-button').click();"_s);
        QVERIFY(waitForElement(u"password-textbox"_s));
        js(u"document.getElementById('password-textbox').value = 'PW00007!';"
           "document.getElementById('login-button').click();"_s);
        QVERIFY(waitForElement(u"deny"_s));
        QCOMPARE(js(u"document.getElementById('approve').textContent"_s).toString(), u"Conectar"_s);
        shoot(u"4-consent-es.png"_s);
        js(u"document.getElementById('deny').click();"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->caught.isEmpty(), 10000);
        QCOMPARE(QUrlQuery(m_page->caught).queryItemValue(u"error"_s), u"access_denied"_s);
    }
};

QTEST_MAIN(TestSandboxBrowser)
#include "tst_sandbox_browser.moc"
