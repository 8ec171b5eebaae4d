// Sign-in against the local sandbox over loopback: every outcome of the authorization code
// flow, driven through the mock Medicare pages by HttpLoginDriver.
#include "auth/authorizationflow.h"
#include "auth/pkce.h"
#include "auth/tokenmanager.h"
#include "authtesthelpers.h"
#include "stubhttpserver.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using bb::auth::AuthError;
using Kind = bb::auth::AuthError::Kind;

namespace {

QString queryValue(const QUrl &url, const QString &key)
{
    return QUrlQuery(url).queryItemValue(key, QUrl::FullyDecoded);
}

QUrl withQueryItem(const QUrl &url, const QString &key, const QString &value)
{
    QUrlQuery query(url);
    query.removeAllQueryItems(key);
    if (!value.isNull())
        query.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    QUrl out = url;
    out.setQuery(query);
    return out;
}

QUrlQuery formOf(const QByteArray &body)
{
    return QUrlQuery(QString::fromLatin1(body));
}

} // namespace

class tst_AuthSignIn : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<bb::auth::AuthError>(); }

    void fullLogin()
    {
        authtest::Rig rig;
        QVERIFY(rig.signIn());
        auto *tokens = rig.session->tokens();
        QCOMPARE(tokens->patientId(), u"-10000010254618"_s);
        QVERIFY(!tokens->accessToken().isEmpty());
        QCOMPARE(rig.fhirStatus(tokens->accessToken()), 200);
        QVERIFY(tokens->expiresAt() > QDateTime::currentDateTimeUtc().addSecs(3500));
        QVERIFY(tokens->accessGrantExpiration().isValid());
        QVERIFY(tokens->grantedScopes().contains(u"patient/ExplanationOfBenefit.rs"_s));
        QVERIFY(!rig.storedRefreshToken(tokens->patientId()).isEmpty());
        QVERIFY(rig.driver.closeCount >= 1);

        // The authorize request: PKCE S256, a long random state, lang, scope, no secret.
        const QUrl authorize = rig.driver.openedUrl;
        QCOMPARE(authorize.path(), u"/v2/o/authorize/"_s);
        QCOMPARE(queryValue(authorize, u"code_challenge_method"_s), u"S256"_s);
        QCOMPARE(queryValue(authorize, u"code_challenge"_s).size(), 43);
        QVERIFY(queryValue(authorize, u"state"_s).size() >= bb::auth::pkce::MinStateLength);
        QCOMPARE(queryValue(authorize, u"lang"_s), u"en"_s);
        QCOMPARE(queryValue(authorize, u"redirect_uri"_s), u"http://127.0.0.1:53682/callback"_s);
        QVERIFY(queryValue(authorize, u"scope"_s).contains(u"patient/Coverage.rs"_s));
        QVERIFY(!QUrlQuery(authorize).hasQueryItem(u"client_secret"_s));

        // The token request: the verifier that matches, the same redirect URI, the client
        // credentials, and no empty parameter.
        const auto posts = rig.nam.to(u"/v2/o/token/"_s);
        QCOMPARE(posts.size(), 1);
        const QUrlQuery body = formOf(posts.first().body);
        const QString verifier = body.queryItemValue(u"code_verifier"_s);
        QVERIFY(verifier.size() >= 43 && verifier.size() <= 128);
        QCOMPARE(
            bb::auth::pkce::codeChallenge(verifier), queryValue(authorize, u"code_challenge"_s));
        QCOMPARE(body.queryItemValue(u"grant_type"_s), u"authorization_code"_s);
        QCOMPARE(body.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded),
            u"http://127.0.0.1:53682/callback"_s);
        QCOMPARE(body.queryItemValue(u"client_secret"_s), rig.clientSecret);
        QVERIFY(!body.hasQueryItem(u"scope"_s));
        QVERIFY(!posts.first().body.contains("=&"));
        QVERIFY(!posts.first().body.endsWith('='));
    }

    void languagePassedThrough()
    {
        authtest::Rig rig;
        rig.session->setUiLanguage(u"es"_s);
        QVERIFY(rig.signIn());
        QCOMPARE(queryValue(rig.driver.openedUrl, u"lang"_s), u"es"_s);

        rig.environment.setConsentLanguage(u"en"_s); // an explicit choice wins over the UI
        rig.makeSession();
        rig.session->setUiLanguage(u"es"_s);
        QVERIFY(rig.signIn());
        QCOMPARE(queryValue(rig.driver.openedUrl, u"lang"_s), u"en"_s);
    }

    void stateMismatchAborts_data()
    {
        QTest::addColumn<QString>("state"); // null: removed
        QTest::newRow("forged") << u"forged-state-0123456789abcdef"_s;
        QTest::newRow("missing") << QString();
        QTest::newRow("prefix") << u"x"_s;
    }

    void stateMismatchAborts()
    {
        QFETCH(QString, state);
        authtest::Rig rig;
        rig.driver.tamper = [&](const QUrl &url) {
            return withQueryItem(
                url, u"state"_s, state == u"x"_s ? queryValue(url, u"state"_s).chopped(1) : state);
        };
        const AuthError error = rig.signInResult();
        QCOMPARE(error.kind, Kind::StateMismatch);
        QVERIFY(!error.message.isEmpty());
        QVERIFY2(rig.nam.to(u"/v2/o/token/"_s).isEmpty(), "a forged code must not be exchanged");
        QVERIFY(rig.session->tokens()->accessToken().isEmpty());
    }

    void accessDenied()
    {
        authtest::Rig rig;
        rig.driver.choices.allow = false;
        const AuthError error = rig.signInResult();
        QCOMPARE(error.kind, Kind::AccessDenied);
        QCOMPARE(error.serverText, u"access_denied"_s);
        QVERIFY(rig.nam.to(u"/v2/o/token/"_s).isEmpty());
    }

    void accessDeniedWithForgedStateIsAMismatch()
    {
        authtest::Rig rig;
        rig.driver.choices.allow = false;
        rig.driver.tamper = [](const QUrl &url) {
            return withQueryItem(url, u"state"_s, u"someone-elses-state-0123456789"_s);
        };
        QCOMPARE(rig.signInResult().kind, Kind::StateMismatch);
    }

    void beneficiaryNotFound()
    {
        authtest::Rig rig;
        rig.driver.choices.user = u"BBUser00006"_s;
        const AuthError error = rig.signInResult();
        QCOMPARE(error.kind, Kind::BeneficiaryNotFound);
        QVERIFY(!QUrlQuery(rig.driver.deliveredRedirect).hasQueryItem(u"state"_s));
        QVERIFY(rig.nam.to(u"/v2/o/token/"_s).isEmpty());
    }

    void pkceMismatchIsRejectedAndTheFlowRecovers()
    {
        authtest::Rig rig;
        // A code issued for another challenge (as if injected from another attempt), with our
        // state: only PKCE can catch it, at the token endpoint.
        QString foreignCode;
        {
            authtest::SandboxLogin other(authtest::LoginChoices {});
            QUrl url = rig.environment.authorizeUrl();
            QUrlQuery q;
            q.addQueryItem(u"client_id"_s, rig.environment.clientId());
            q.addQueryItem(u"redirect_uri"_s, u"http://127.0.0.1:53682/callback"_s);
            q.addQueryItem(u"response_type"_s, u"code"_s);
            q.addQueryItem(u"state"_s, u"other-state-0123456789abcdef"_s);
            q.addQueryItem(u"code_challenge"_s,
                bb::auth::pkce::codeChallenge(bb::auth::pkce::generateCodeVerifier()));
            q.addQueryItem(u"code_challenge_method"_s, u"S256"_s);
            url.setQuery(q);
            QSignalSpy reached(&other, &authtest::SandboxLogin::reachedRedirect);
            other.start(url);
            QVERIFY(reached.wait(10000));
            foreignCode = queryValue(reached.first().first().toUrl(), u"code"_s);
        }
        QVERIFY(!foreignCode.isEmpty());
        rig.driver.tamper = [&](const QUrl &url) {
            return withQueryItem(url, u"code"_s, foreignCode);
        };
        const AuthError error = rig.signInResult();
        QCOMPARE(error.kind, Kind::CodeRejected);
        QCOMPARE(error.httpStatus, 400);
        QCOMPARE(error.serverText, u"invalid_grant"_s);

        // Not stuck: the next attempt goes through.
        rig.driver.tamper = {};
        QVERIFY(rig.signIn());
    }

    void expiredCodeIsRejected()
    {
        authtest::Rig rig;
        rig.driver.hold = true;
        QSignalSpy failed(rig.session.get(), &bb::auth::Session::signInFailed);
        rig.session->signIn();
        QTRY_VERIFY_WITH_TIMEOUT(!rig.driver.heldRedirect.isEmpty(), 10000);
        rig.sandbox.clock().advance(61); // the code lived 60 s
        rig.driver.release();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
        QCOMPARE(failed.first().first().value<AuthError>().kind, Kind::CodeRejected);
    }

    void cancelWhileInTheBrowser()
    {
        authtest::Rig rig;
        rig.driver.hold = true;
        QSignalSpy failed(rig.session.get(), &bb::auth::Session::signInFailed);
        rig.session->signIn();
        QVERIFY(rig.session->isSigningIn());
        rig.session->cancelSignIn();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().first().value<AuthError>().kind, Kind::Cancelled);
        QVERIFY(!rig.session->isSigningIn());
        QVERIFY(rig.driver.closeCount >= 1);
    }

    void browserCancelled()
    {
        authtest::Rig rig;
        rig.driver.hold = true;
        QSignalSpy failed(rig.session.get(), &bb::auth::Session::signInFailed);
        rig.session->signIn();
        Q_EMIT rig.driver.cancelled();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().first().value<AuthError>().kind, Kind::Cancelled);
    }

    void invalidClient()
    {
        authtest::Rig rig;
        rig.clientSecret = u"not-the-secret-of-this-client-0123456789"_s;
        rig.makeSession();
        const AuthError error = rig.signInResult();
        QCOMPARE(error.kind, Kind::InvalidClient);
        QCOMPARE(error.httpStatus, 401);
    }

    void networkFailureThroughAProxy()
    {
        authtest::Rig rig;
        // A token proxy that is not there: the code exchange cannot reach anything.
        rig.environment.setClientAuthentication(
            bb::auth::Environment::ClientAuthentication::TokenProxy);
        rig.environment.setTokenProxyUrl(QUrl(u"http://127.0.0.1:1/token"_s));
        rig.makeSession();
        const AuthError error = rig.signInResult();
        QCOMPARE(error.kind, Kind::Network);
        QCOMPARE(error.httpStatus, 0);
        const auto posts = rig.nam.to(u"/token"_s);
        QCOMPARE(posts.size(), 1);
        QCOMPARE(posts.first().url.port(), 1);
        // The proxy adds the secret: it never leaves this machine, not even empty.
        QVERIFY(!posts.first().body.contains("client_secret"));
        QVERIFY(posts.first().body.contains("client_id="));
    }

    // A token endpoint that answers the code exchange with a redirect must not get the code,
    // the verifier and the client credentials sent on to another host.
    void codeExchangeDoesNotFollowRedirects()
    {
        authtest::StubHttpServer thief("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n"_ba);
        authtest::StubHttpServer redirector(authtest::redirectAnswer(thief.url(u"/steal"_s)));
        QVERIFY(thief.isListening() && redirector.isListening());
        authtest::Rig rig;
        rig.environment.setClientAuthentication(
            bb::auth::Environment::ClientAuthentication::TokenProxy);
        rig.environment.setTokenProxyUrl(redirector.url(u"/token"_s));
        rig.makeSession();
        const AuthError error = rig.signInResult();
        QCOMPARE(redirector.connections(), 1);
        QVERIFY(redirector.received().contains("code="));
        QTest::qWait(200);
        QCOMPARE(thief.connections(), 0);
        QVERIFY(thief.received().isEmpty());
        QCOMPARE(error.kind, Kind::Server);
        QCOMPARE(error.httpStatus, 307);
        QVERIFY2(error.message.contains(u"another address"_s), qPrintable(error.message));
    }

    // A code exchange answered with megabytes: aborted as they arrive, the sign-in fails with
    // a reason instead of reading (and keeping) whatever the server sends.
    void codeExchangeRefusesAHugeAnswer()
    {
        authtest::StubHttpServer huge(authtest::hugeTokenAnswer(4 * 1024 * 1024));
        QVERIFY(huge.isListening());
        authtest::Rig rig;
        rig.environment.setClientAuthentication(
            bb::auth::Environment::ClientAuthentication::TokenProxy);
        rig.environment.setTokenProxyUrl(huge.url(u"/token"_s));
        rig.makeSession();
        const AuthError error = rig.signInResult();
        QCOMPARE(huge.connections(), 1);
        QCOMPARE(error.kind, Kind::Server);
        QVERIFY2(error.message.contains(u"far larger"_s), qPrintable(error.message));
    }

    // A token endpoint that takes the request and never answers: the sign-in ends with a
    // network error after the transfer timeout instead of waiting for ever.
    void codeExchangeTimesOut()
    {
        authtest::StubHttpServer silent;
        QVERIFY(silent.isListening());
        authtest::Rig rig;
        rig.environment.setClientAuthentication(
            bb::auth::Environment::ClientAuthentication::TokenProxy);
        rig.environment.setTokenProxyUrl(silent.url(u"/token"_s));
        rig.makeSession();
        QSignalSpy failed(rig.session.get(), &bb::auth::Session::signInFailed);
        QSignalSpy signedIn(rig.session.get(), &bb::auth::Session::signedIn);
        QElapsedTimer elapsed;
        elapsed.start();
        rig.session->signIn();
        QTRY_VERIFY_WITH_TIMEOUT(failed.size() + signedIn.size() > 0, 45000);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(silent.connections(), 1);
        QCOMPARE(failed.first().first().value<AuthError>().kind, Kind::Network);
        QVERIFY(elapsed.elapsed() >= 25000); // the timeout, not some other failure
    }

    void misconfigured()
    {
        authtest::Rig rig;
        rig.clientSecret.clear();
        rig.makeSession();
        QCOMPARE(rig.signInResult().kind, Kind::Misconfigured);
        QCOMPARE(rig.driver.openCount, 0);
    }

    void demographicsDeclined()
    {
        authtest::Rig rig;
        QVERIFY(rig.signIn(u"BBUser00004"_s)); // the consent box starts unticked
        auto *tokens = rig.session->tokens();
        QCOMPARE(tokens->patientId(), u"-10000010254734"_s);
        QVERIFY(!tokens->grantedScopes().contains(u"patient/Patient.rs"_s));
        QCOMPARE(rig.fhirStatus(tokens->accessToken(), u"Patient/-10000010254734"_s), 403);
        QCOMPARE(rig.fhirStatus(tokens->accessToken(), u"Coverage/"_s), 200);
    }

    void secondSignInAfterSuccess()
    {
        authtest::Rig rig;
        QSignalSpy ok(rig.session.get(), &bb::auth::Session::signedIn);
        QVERIFY(rig.signIn());
        const QString first = rig.session->tokens()->accessToken();
        QVERIFY(rig.signIn(u"BBUser00007"_s));
        QCOMPARE(ok.size(), 2); // each sign-in reported exactly once
        QCOMPARE(rig.session->tokens()->patientId(), u"-10000010254821"_s);
        QVERIFY(rig.session->tokens()->accessToken() != first);
    }
};

QTEST_GUILESS_MAIN(tst_AuthSignIn)
#include "tst_auth_signin.moc"
