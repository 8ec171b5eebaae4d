// Form bodies, the parameters added to QtNetworkAuth's requests, and what each token
// endpoint answer means (no network).
#include "auth/codeflow.h"
#include "auth/tokenendpoint.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace bb::auth;
using Kind = AuthError::Kind;
using Grant = tokenendpoint::Grant;

class tst_AuthTokenEndpoint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formBodyEncodesAndDropsEmptyValues()
    {
        const QByteArray body =
            tokenendpoint::formBody({{u"client_id"_s, u"id"_s}, {u"client_secret"_s, QString()},
                {u"scope"_s, u""_s}, {u"refresh_token"_s, u"a+b&c=d e"_s}});
        QCOMPARE(body, "client_id=id&refresh_token=a%2Bb%26c%3Dd%20e"_ba);
    }

    void clientAuthenticationPerMode()
    {
        Environment env;
        env.setClientId(u"client"_s);
        QCOMPARE(tokenendpoint::clientAuthentication(env, u"secret"_s).size(), 2);
        env.setClientAuthentication(Environment::ClientAuthentication::TokenProxy);
        const auto items = tokenendpoint::clientAuthentication(env, u"secret"_s);
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().first, u"client_id"_s);
    }

    void authorizationParameters()
    {
        QMultiMap<QString, QVariant> p {{u"client_id"_s, u"id"_s}, {u"scope"_s, QString()},
            {u"client_secret"_s, QString()}, {u"state"_s, u"s"_s}};
        detail::applyParameters(QAbstractOAuth::Stage::RequestingAuthorization, &p,
            {u"challenge"_s, u"verifier"_s, u"es"_s, u"id"_s, u"secret"_s, {}});
        QVERIFY(!p.contains(u"scope"_s)); // never an empty scope
        QVERIFY(!p.contains(u"client_secret"_s)); // never a secret in the browser
        QVERIFY(!p.contains(u"code_verifier"_s));
        QCOMPARE(p.value(u"code_challenge"_s).toString(), u"challenge"_s);
        QCOMPARE(p.value(u"code_challenge_method"_s).toString(), u"S256"_s);
        QCOMPARE(p.value(u"lang"_s).toString(), u"es"_s);
        QCOMPARE(p.values(u"code_challenge"_s).size(), 1);
        QVERIFY(!p.contains(u"login_hint"_s)); // only when the app knows the user name

        // A demo user chosen in the app: its name for the login page to fill in.
        QMultiMap<QString, QVariant> hinted {{u"client_id"_s, u"id"_s}};
        detail::applyParameters(QAbstractOAuth::Stage::RequestingAuthorization, &hinted,
            {u"challenge"_s, u"verifier"_s, {}, u"id"_s, {}, u"BBUser00007"_s});
        QCOMPARE(hinted.values(u"login_hint"_s), QVariantList {u"BBUser00007"_s});
    }

    void tokenParameters()
    {
        QMultiMap<QString, QVariant> p {
            {u"client_id"_s, u"id"_s}, {u"client_secret"_s, u""_s}, {u"code"_s, u"c"_s}};
        detail::applyParameters(QAbstractOAuth::Stage::RequestingAccessToken, &p,
            {u"challenge"_s, u"verifier"_s, {}, u"id"_s, u"se+cr&et"_s, {}});
        QCOMPARE(p.value(u"code_verifier"_s).toString(), u"verifier"_s);
        QCOMPARE(p.value(u"client_secret"_s).toString(), u"se%2Bcr%26et"_s);
        QCOMPARE(p.values(u"client_secret"_s).size(), 1);

        QMultiMap<QString, QVariant> proxy {
            {u"client_secret"_s, u""_s}, {u"redirect_uri"_s, u"x"_s}};
        detail::applyParameters(
            QAbstractOAuth::Stage::RefreshingAccessToken, &proxy, {{}, {}, {}, u"id"_s, {}, {}});
        QVERIFY(!proxy.contains(u"client_secret"_s)); // 6.4 would send it empty
        QVERIFY(!proxy.contains(u"redirect_uri"_s));
    }

    void classify_data()
    {
        QTest::addColumn<int>("grant"); // 0 code, 1 refresh
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<Kind>("kind");
        const QByteArray timedOut = "{\"status_code\":401,\"error\":\"invalid_grant\",\"error_"
                                    "description\":\"User access has timed out.\"}";
        QTest::newRow("refresh: grant expired") << 1 << 401 << timedOut << Kind::ReconnectNeeded;
        QTest::newRow("refresh: revoked")
            << 1 << 403 << "{\"status_code\":403,\"error\":\"invalid_grant\"}"_ba
            << Kind::ReconnectNeeded;
        QTest::newRow("refresh: reused")
            << 1 << 400 << "{\"error\":\"invalid_grant\"}"_ba << Kind::ReconnectNeeded;
        QTest::newRow("refresh: token row deleted")
            << 1 << 400
            << "{\"status_code\":400,\"error\":\"invalid_request\",\"error_description\":\"Refresh token not found.\"}"_ba
            << Kind::ReconnectNeeded;
        QTest::newRow("refresh: bene lookup 404")
            << 1 << 404 << "{\"status_code\":404,\"message\":\"Not found.\"}"_ba
            << Kind::ReconnectNeeded;
        QTest::newRow("refresh: bene lookup 502")
            << 1 << 502
            << "{\"status_code\":502,\"message\":\"Failed to retrieve data from data source.\"}"_ba
            << Kind::ReconnectNeeded;
        QTest::newRow("refresh: cut 200 body")
            << 1 << 200 << "{\"access_tok"_ba << Kind::ReconnectNeeded;
        QTest::newRow("refresh: 500") << 1 << 500 << "<html>"_ba << Kind::Server;
        QTest::newRow("refresh: 503") << 1 << 503 << "<html>"_ba << Kind::Server;
        QTest::newRow("refresh: 429") << 1 << 429 << ""_ba << Kind::Server;
        QTest::newRow("refresh: network") << 1 << 0 << ""_ba << Kind::Network;
        QTest::newRow("refresh: bad client")
            << 1 << 401 << "{\"error\":\"invalid_client\"}"_ba << Kind::InvalidClient;
        QTest::newRow("code: bad client")
            << 0 << 401 << "{\"error\":\"invalid_client\"}"_ba << Kind::InvalidClient;
        QTest::newRow("code: expired")
            << 0 << 400 << "{\"error\":\"invalid_grant\"}"_ba << Kind::CodeRejected;
        QTest::newRow("code: 502") << 0 << 502 << ""_ba << Kind::Server;
        QTest::newRow("code: network") << 0 << 0 << ""_ba << Kind::Network;
        // A redirect is never followed (it would carry the secrets elsewhere): an error.
        QTest::newRow("code: 307") << 0 << 307 << ""_ba << Kind::Server;
        QTest::newRow("refresh: 302") << 1 << 302 << ""_ba << Kind::Server;
        QTest::newRow("refresh: 308")
            << 1 << 308 << "{\"error\":\"invalid_grant\"}"_ba << Kind::Server;
    }

    // formRequest() is what refresh and revoke send: no redirect followed, a transfer timeout.
    void formRequestFollowsNoRedirect()
    {
        const QNetworkRequest request =
            tokenendpoint::formRequest(QUrl(u"https://example.org/v2/o/token/"_s), 1234);
        QCOMPARE(request.attribute(QNetworkRequest::RedirectPolicyAttribute).toInt(),
            int(QNetworkRequest::ManualRedirectPolicy));
        QCOMPARE(request.transferTimeout(), 1234);
    }

    void classify()
    {
        QFETCH(int, grant);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(Kind, kind);
        const AuthError error = tokenendpoint::classify(
            grant == 0 ? Grant::AuthorizationCode : Grant::RefreshToken, status,
            status == 0 ? QNetworkReply::ConnectionRefusedError : QNetworkReply::NoError,
            u"Connection refused"_s, body);
        QCOMPARE(error.kind, kind);
        QCOMPARE(error.httpStatus, status);
        QVERIFY(!error.message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_AuthTokenEndpoint)
#include "tst_auth_tokenendpoint.moc"
