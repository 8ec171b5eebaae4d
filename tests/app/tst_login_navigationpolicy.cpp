#include "auth/environment.h"
#include "login/navigationpolicy.h"

#include <QTest>

using namespace Qt::StringLiterals;
using bb::auth::Environment;
using bb::login::matchesRedirectUri;
using bb::login::NavigationPolicy;
using Decision = NavigationPolicy::Decision;

// The rules of what the login browser may show and what it catches, without a browser.
class TestLoginNavigationPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void redirectMatch_data()
    {
        QTest::addColumn<QString>("registered");
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("matches");

        const QString loop = u"http://127.0.0.1/callback"_s;
        QTest::newRow("loopback, any port")
            << loop << u"http://127.0.0.1:53682/callback?code=x&state=y"_s << true;
        QTest::newRow("loopback, no port")
            << loop << u"http://127.0.0.1/callback?error=not_found"_s << true;
        QTest::newRow("loopback, other path")
            << loop << u"http://127.0.0.1:5000/callback2"_s << false;
        QTest::newRow("loopback, path prefix only")
            << loop << u"http://127.0.0.1:5000/callback/x"_s << false;
        QTest::newRow("loopback, https") << loop << u"https://127.0.0.1/callback"_s << false;
        QTest::newRow("loopback, other host") << loop << u"http://127.0.0.2/callback"_s << false;
        QTest::newRow("loopback, localhost is not 127.0.0.1")
            << loop << u"http://localhost/callback"_s << false;
        QTest::newRow("ipv6 loopback, any port")
            << u"http://[::1]/callback"_s << u"http://[::1]:8080/callback?code=1"_s << true;
        QTest::newRow("registered port is exact")
            << u"http://127.0.0.1:9000/callback"_s << u"http://127.0.0.1:9001/callback"_s << false;
        QTest::newRow("registered port equal")
            << u"http://127.0.0.1:9000/callback"_s << u"http://127.0.0.1:9000/callback?code=1"_s
            << true;
        QTest::newRow("localhost needs its port")
            << u"http://localhost:8080/callback"_s << u"http://localhost:8081/callback"_s << false;
        QTest::newRow("localhost with its port")
            << u"http://localhost:8080/callback"_s << u"http://localhost:8080/callback?code=z"_s
            << true;
        QTest::newRow("custom scheme") << u"com.bbviewer.app://callback"_s
                                       << u"com.bbviewer.app://callback?code=1&state=2"_s << true;
        QTest::newRow("custom scheme, other host")
            << u"com.bbviewer.app://callback"_s << u"com.bbviewer.app://other?code=1"_s << false;
        QTest::newRow("https exact") << u"https://app.example.org/cb"_s
                                     << u"https://app.example.org:443/cb?code=1"_s << true;
        QTest::newRow("https other port")
            << u"https://app.example.org/cb"_s << u"https://app.example.org:8443/cb"_s << false;
        QTest::newRow("host case")
            << u"https://App.Example.org/cb"_s << u"https://app.example.org/cb"_s << true;
    }

    void redirectMatch()
    {
        QFETCH(QString, registered);
        QFETCH(QString, url);
        QFETCH(bool, matches);
        QCOMPARE(matchesRedirectUri(QUrl(url), QUrl(registered)), matches);
    }

    void cmsAllowList_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("mainFrameDecision"); // true = Allow

        QTest::newRow("bb sandbox")
            << u"https://sandbox.bluebutton.cms.gov/v2/o/authorize/?x=1"_s << true;
        QTest::newRow("medicare login")
            << u"https://test.medicare.gov/sso/authorize?client_id=bb2api"_s << true;
        QTest::newRow("medicare.gov itself") << u"https://medicare.gov/"_s << true;
        QTest::newRow("deep cms subdomain") << u"https://a.b.cms.gov/"_s << true;
        QTest::newRow("plain http medicare") << u"http://www.medicare.gov/"_s << false;
        QTest::newRow("look-alike suffix") << u"https://evilmedicare.gov/"_s << false;
        QTest::newRow("look-alike prefix") << u"https://medicare.gov.example.com/"_s << false;
        QTest::newRow("other site") << u"https://example.org/"_s << false;
        QTest::newRow("credentials in URL") << u"https://user:pw@www.medicare.gov/"_s << false;
        QTest::newRow("file") << u"file:///etc/passwd"_s << false;
        QTest::newRow("data") << u"data:text/html,<p>hi</p>"_s << false;
        QTest::newRow("javascript") << u"javascript:alert(1)"_s << false;
        QTest::newRow("loopback other program") << u"http://127.0.0.1:631/"_s << false;
    }

    void cmsAllowList()
    {
        QFETCH(QString, url);
        QFETCH(bool, mainFrameDecision);
        const auto policy = NavigationPolicy::forEnvironment(
            Environment::defaults(Environment::Kind::Sandbox), Environment::defaultRedirectUri());
        QCOMPARE(policy.decide(QUrl(url)), mainFrameDecision ? Decision::Allow : Decision::Block);
    }

    void redirectWinsOverAllowList()
    {
        const auto policy =
            NavigationPolicy::forEnvironment(Environment::defaults(Environment::Kind::Production),
                Environment::defaultRedirectUri());
        QCOMPARE(policy.decide(QUrl(u"http://127.0.0.1:1234/callback?code=c&state=s"_s)),
            Decision::Redirect);
        QCOMPARE(policy.decide(QUrl(u"https://api.bluebutton.cms.gov/v2/o/authorize/"_s)),
            Decision::Allow);
        QCOMPARE(policy.redirectUri(), Environment::defaultRedirectUri());
    }

    void localSandboxAllowsOnlyItsOwnPort()
    {
        Environment local;
        local.setBaseUrl(QUrl(u"http://127.0.0.1:8765"_s));
        const auto policy =
            NavigationPolicy::forEnvironment(local, Environment::defaultRedirectUri());
        QCOMPARE(policy.allowedHosts(), QStringList {u"127.0.0.1:8765"_s});
        QCOMPARE(policy.decide(QUrl(u"http://127.0.0.1:8765/mymedicare/login?relay=x"_s)),
            Decision::Allow);
        QCOMPARE(policy.decide(QUrl(u"http://127.0.0.1:8766/"_s)), Decision::Block);
        QCOMPARE(policy.decide(QUrl(u"http://localhost:8765/"_s)), Decision::Block);
        // The CMS hosts are not part of a local login.
        QCOMPARE(policy.decide(QUrl(u"https://www.medicare.gov/"_s)), Decision::Block);
        QCOMPARE(
            policy.decide(QUrl(u"http://127.0.0.1:8765/callback?code=1"_s)), Decision::Redirect);
    }

    void extraHostsAreConfigurable()
    {
        Environment custom = Environment::defaults(Environment::Kind::Custom);
        custom.setBaseUrl(QUrl(u"https://bb.test.example"_s));
        const auto policy = NavigationPolicy::forEnvironment(custom,
            Environment::defaultRedirectUri(), {u" *.Login.Example "_s, u"*.login.example"_s});
        QCOMPARE(policy.allowedHosts(), (QStringList {u"bb.test.example"_s, u"*.login.example"_s}));
        QCOMPARE(policy.decide(QUrl(u"https://sso.login.example/"_s)), Decision::Allow);
        QCOMPARE(policy.decide(QUrl(u"https://www.medicare.gov/"_s)), Decision::Block);
    }

    void framesMayStartBlank()
    {
        const NavigationPolicy policy(
            Environment::defaultRedirectUri(), NavigationPolicy::defaultCmsLoginHosts());
        QCOMPARE(policy.decide(QUrl(u"about:blank"_s), false), Decision::Allow);
        QCOMPARE(policy.decide(QUrl(u"about:blank"_s), true), Decision::Block);
        QCOMPARE(policy.decide(QUrl(u"https://tracker.example/"_s), false), Decision::Block);
    }
};

QTEST_GUILESS_MAIN(TestLoginNavigationPolicy)
#include "tst_login_navigationpolicy.moc"
