#include "auth/environment.h"
#include "auth/scopes.h"
#include "auth/urlpolicy.h"

#include <QTest>

using namespace Qt::StringLiterals;
using bb::auth::Environment;
using bb::auth::UrlProblem;
using bb::auth::UrlRole;
using Kind = Environment::Kind;
using Field = Environment::Field;

namespace {

bool hasIssue(const Environment &env, Field field)
{
    const QList<Environment::Issue> issues = env.validate();
    return std::any_of(issues.cbegin(), issues.cend(),
        [field](const Environment::Issue &i) { return i.field == field && !i.message.isEmpty(); });
}

const QString cmsClientId = u"0123456789abcdefghijABCDEFGHIJ0123456789"_s; // 40 alphanumerics

} // namespace

class TestAuthEnvironment : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultScopesAreTheV2ReadScopesAndProfile()
    {
        // Exact strings from docs/api-notes.md, Scopes.
        const QStringList expected {u"patient/Patient.rs"_s, u"patient/Coverage.rs"_s,
            u"patient/ExplanationOfBenefit.rs"_s, u"profile"_s};
        QCOMPARE(bb::auth::scopes::defaults(), expected);
        QCOMPARE(Environment().scopes(), expected);
        QCOMPARE(Environment::defaults(Kind::Production).scopeString(),
            u"patient/Patient.rs patient/Coverage.rs patient/ExplanationOfBenefit.rs profile"_s);
        const QStringList known = bb::auth::scopes::known();
        for (const QString &scope : expected)
            QVERIFY(known.contains(scope));
        QVERIFY(known.contains(u"patient/Coverage.read"_s));
        QVERIFY(known.contains(u"launch/patient"_s));
        QVERIFY(!known.contains(u"patient/AuditEvent.read"_s));
        QCOMPARE(known.size(), 15);
    }

    void kinds()
    {
        QCOMPARE(Environment().kind(), Kind::Local);
        for (Kind kind : Environment::allKinds()) {
            QCOMPARE(Environment::kindFromId(Environment::kindId(kind)), kind);
            QVERIFY(!Environment::displayName(kind).isEmpty());
            QCOMPARE(Environment::defaults(kind).kind(), kind);
        }
        QCOMPARE(Environment::kindId(Kind::Production), u"production"_s);
        QVERIFY(!Environment::kindFromId(u"staging"_s));
    }

    void endpoints_data()
    {
        QTest::addColumn<QUrl>("base");
        QTest::addColumn<QString>("prefix");
        QTest::newRow("sandbox") << Environment::sandboxBaseUrl()
                                 << u"https://sandbox.bluebutton.cms.gov/"_s;
        QTest::newRow("production")
            << Environment::productionBaseUrl() << u"https://api.bluebutton.cms.gov/"_s;
        QTest::newRow("local") << QUrl(u"http://127.0.0.1:8123"_s) << u"http://127.0.0.1:8123/"_s;
        QTest::newRow("path prefix")
            << QUrl(u"https://example.org/bb"_s) << u"https://example.org/bb/"_s;
        QTest::newRow("path prefix with slash")
            << QUrl(u"https://example.org/bb/"_s) << u"https://example.org/bb/"_s;
    }

    void endpoints()
    {
        QFETCH(QUrl, base);
        QFETCH(QString, prefix);
        Environment env = Environment::defaults(Kind::Custom);
        env.setBaseUrl(base);
        QCOMPARE(env.authorizeUrl().toString(), prefix + u"v2/o/authorize/"_s);
        QCOMPARE(env.tokenUrl().toString(), prefix + u"v2/o/token/"_s);
        QCOMPARE(env.revokeUrl().toString(), prefix + u"v2/o/revoke/"_s);
        QCOMPARE(env.userInfoUrl().toString(), prefix + u"v2/connect/userinfo"_s);
        QCOMPARE(env.fhirBaseUrl().toString(), prefix + u"v2/fhir/"_s);
        QCOMPARE(env.tokenRequestUrl(), env.tokenUrl());
        env.setClientAuthentication(Environment::ClientAuthentication::TokenProxy);
        env.setTokenProxyUrl(QUrl(u"https://proxy.example.org/token"_s));
        QCOMPARE(env.tokenRequestUrl(), QUrl(u"https://proxy.example.org/token"_s));
    }

    void revokeRequestUrl_data()
    {
        QTest::addColumn<QString>("proxy");
        QTest::addColumn<QString>("revoke");
        QTest::newRow("deploy/token-proxy") << u"https://proxy.example.org/v2/o/token/"_s
                                            << u"https://proxy.example.org/v2/o/revoke/"_s;
        QTest::newRow("under a prefix")
            << u"https://example.org/bb/v2/o/token/"_s << u"https://example.org/bb/v2/o/revoke/"_s;
        QTest::newRow("no trailing slash")
            << u"https://proxy.example.org/token"_s << u"https://proxy.example.org/revoke"_s;
        QTest::newRow("loopback with port")
            << u"http://127.0.0.1:8443/v2/o/token/"_s << u"http://127.0.0.1:8443/v2/o/revoke/"_s;
        // Only a whole "token" segment is replaced; anything else has no known revoke.
        QTest::newRow("other last segment") << u"https://proxy.example.org/exchange"_s << u""_s;
        QTest::newRow("token as a suffix") << u"https://proxy.example.org/v2/o/mytoken/"_s << u""_s;
        QTest::newRow("token earlier in the path")
            << u"https://proxy.example.org/token/exchange/"_s << u""_s;
        QTest::newRow("no path") << u"https://proxy.example.org"_s << u""_s;
        QTest::newRow("unset") << u""_s << u""_s;
    }

    void revokeRequestUrl()
    {
        QFETCH(QString, proxy);
        QFETCH(QString, revoke);
        Environment env = Environment::defaults(Kind::Sandbox);
        env.setTokenProxyUrl(QUrl(proxy));
        // Without the proxy mode the secret is in the app and the revoke goes upstream.
        QCOMPARE(env.revokeRequestUrl(), env.revokeUrl());
        QCOMPARE(env.revokeRequestUrl().toString(),
            u"https://sandbox.bluebutton.cms.gov/v2/o/revoke/"_s);
        env.setClientAuthentication(Environment::ClientAuthentication::TokenProxy);
        QCOMPARE(env.revokeRequestUrl().toString(), revoke);
        QCOMPARE(env.revokeRequestUrl().isEmpty(), revoke.isEmpty());
        // The token requests still go to the proxy URL as given.
        QCOMPARE(env.tokenRequestUrl().toString(), proxy);
    }

    void fixedBaseUrls()
    {
        QCOMPARE(Environment::defaults(Kind::Sandbox).baseUrl(),
            QUrl(u"https://sandbox.bluebutton.cms.gov"_s));
        QCOMPARE(Environment::defaults(Kind::Production).baseUrl(),
            QUrl(u"https://api.bluebutton.cms.gov"_s));
        Environment env = Environment::defaults(Kind::Production);
        QVERIFY(env.isValid());
        env.setBaseUrl(QUrl(u"https://evil.example.org"_s));
        QVERIFY(hasIssue(env, Field::BaseUrl));
        // Custom has no default and needs one.
        QVERIFY(hasIssue(Environment::defaults(Kind::Custom), Field::BaseUrl));
    }

    void redirectDefault()
    {
        QCOMPARE(Environment().redirectUri(), QUrl(u"http://127.0.0.1/callback"_s));
        QCOMPARE(Environment::defaultRedirectUri().port(), -1); // any port matches (RFC 8252)
    }

    void urlPolicy_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("role");
        QTest::addColumn<UrlProblem>("problem");
        const int base = int(UrlRole::ServiceBase);
        const int redirect = int(UrlRole::RedirectUri);
        const int proxy = int(UrlRole::TokenProxy);
        QTest::newRow("https") << u"https://sandbox.bluebutton.cms.gov"_s << base
                               << UrlProblem::None;
        QTest::newRow("https with spaces") << u"  https://x.org/p  "_s << base << UrlProblem::None;
        QTest::newRow("loopback v4") << u"http://127.0.0.1:8000"_s << base << UrlProblem::None;
        QTest::newRow("loopback v4 other") << u"http://127.1.2.3/"_s << base << UrlProblem::None;
        QTest::newRow("loopback v6") << u"http://[::1]:8000/"_s << base << UrlProblem::None;
        QTest::newRow("localhost") << u"http://localhost:8000"_s << base << UrlProblem::None;
        QTest::newRow("http remote")
            << u"http://sandbox.bluebutton.cms.gov"_s << base << UrlProblem::InsecureHttp;
        QTest::newRow("http lan") << u"http://192.168.1.10/"_s << base << UrlProblem::InsecureHttp;
        QTest::newRow("localhost lookalike")
            << u"http://localhost.evil.org/"_s << base << UrlProblem::InsecureHttp;
        QTest::newRow("empty") << u""_s << base << UrlProblem::Empty;
        QTest::newRow("blank") << u"   "_s << base << UrlProblem::Empty;
        QTest::newRow("no scheme")
            << u"sandbox.bluebutton.cms.gov"_s << base << UrlProblem::Malformed;
        QTest::newRow("garbage") << u"ht!tp:://??"_s << base << UrlProblem::Malformed;
        QTest::newRow("spaces inside")
            << u"https://exa mple.org"_s << base << UrlProblem::Malformed;
        QTest::newRow("ftp") << u"ftp://example.org"_s << base << UrlProblem::UnsupportedScheme;
        QTest::newRow("javascript")
            << u"javascript:alert(1)"_s << redirect << UrlProblem::UnsupportedScheme;
        QTest::newRow("file") << u"file:///etc/passwd"_s << base << UrlProblem::UnsupportedScheme;
        QTest::newRow("no host") << u"https:///path"_s << base << UrlProblem::MissingHost;
        QTest::newRow("credentials") << u"https://id:s3cret@proxy.example.org/token"_s << proxy
                                     << UrlProblem::HasCredentials;
        QTest::newRow("query on base") << u"https://x.org/?a=b"_s << base << UrlProblem::HasQuery;
        QTest::newRow("query on proxy")
            << u"https://x.org/t?key=abc"_s << proxy << UrlProblem::HasQuery;
        QTest::newRow("query on redirect")
            << u"http://127.0.0.1/cb?app=1"_s << redirect << UrlProblem::None;
        QTest::newRow("fragment") << u"http://127.0.0.1/cb#x"_s << redirect
                                  << UrlProblem::HasFragment;
    }

    void urlPolicy()
    {
        QFETCH(QString, text);
        QFETCH(int, role);
        QFETCH(UrlProblem, problem);
        QUrl url;
        QCOMPARE(bb::auth::parseUrl(text, UrlRole(role), &url), problem);
        QCOMPARE(url.isEmpty(), problem != UrlProblem::None);
        QCOMPARE(bb::auth::describeUrlProblem(problem).isEmpty(), problem == UrlProblem::None);
    }

    void validation()
    {
        Environment env = Environment::defaults(Kind::Sandbox);
        QVERIFY(env.isValid());
        QVERIFY(!env.isComplete()); // no client id yet
        env.setClientId(cmsClientId);
        QVERIFY(env.isValid());
        QVERIFY(env.isComplete());

        env.setClientId(u"short"_s);
        QVERIFY(hasIssue(env, Field::ClientId));
        env.setClientId(u"0123456789abcdefghij ABCDEFGHIJ012345678"_s);
        QVERIFY(hasIssue(env, Field::ClientId));
        env.setClientId(cmsClientId);

        env.setRedirectUri(QUrl(u"http://example.org/callback"_s));
        QVERIFY(hasIssue(env, Field::RedirectUri));
        env.setRedirectUri(Environment::defaultRedirectUri());

        env.setScopes({});
        QVERIFY(hasIssue(env, Field::Scopes));
        env.setScopes({u"patient/AuditEvent.read"_s});
        QVERIFY(hasIssue(env, Field::Scopes));
        env.setScopes({u"patient/Coverage.rs"_s, u"patient/Coverage.rs"_s, u"profile"_s});
        QCOMPARE(env.scopes().size(), 2); // duplicates dropped
        QVERIFY(env.isValid());

        env.setConsentLanguage(u"fr"_s);
        QVERIFY(hasIssue(env, Field::ConsentLanguage));
        env.setConsentLanguage(u"es"_s);
        QVERIFY(env.isValid());

        env.setClientAuthentication(Environment::ClientAuthentication::TokenProxy);
        QVERIFY(hasIssue(env, Field::TokenProxyUrl)); // proxy mode needs the URL
        env.setTokenProxyUrl(QUrl(u"http://proxy.example.org/token"_s));
        QVERIFY(hasIssue(env, Field::TokenProxyUrl));
        env.setTokenProxyUrl(QUrl(u"https://proxy.example.org/token"_s));
        QVERIFY(env.isValid());
        QVERIFY(env.isComplete());

        // A custom server may use scopes we do not know, but not malformed ones.
        Environment custom = Environment::defaults(Kind::Custom);
        custom.setBaseUrl(QUrl(u"https://bb.example.org"_s));
        custom.setClientId(u"any-format-is-fine"_s);
        custom.setScopes({u"patient/Observation.rs"_s});
        QVERIFY(custom.isValid());
        custom.setScopes({u"bad\"scope"_s});
        QVERIFY(hasIssue(custom, Field::Scopes));
    }

    void consentLanguage()
    {
        Environment env;
        QCOMPARE(env.effectiveConsentLanguage(u"es"_s), u"es"_s);
        QCOMPARE(env.effectiveConsentLanguage(u"de"_s), u"en"_s);
        env.setConsentLanguage(u"en"_s);
        QCOMPARE(env.effectiveConsentLanguage(u"es"_s), u"en"_s);
    }
};

QTEST_GUILESS_MAIN(TestAuthEnvironment)
#include "tst_auth_environment.moc"
