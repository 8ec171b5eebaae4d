// The token lifecycle against the local sandbox: rotation and its persistence order, one
// shared refresh, proactive refresh before expiry, every "reconnect" answer, sign-out.
#include "auth/secretstore.h"
#include "auth/tokenmanager.h"
#include "authtesthelpers.h"
#include "stubhttpserver.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using bb::auth::TokenManager;
using Result = bb::api::TokenProvider::RefreshResult;

namespace {

// Runs `tokens.refresh()` and waits for its answer.
Result refreshNow(TokenManager *tokens)
{
    std::optional<Result> result;
    QObject context;
    tokens->refresh(&context, [&](Result r) { result = r; });
    [[maybe_unused]] const bool done = QTest::qWaitFor([&] { return result.has_value(); }, 10000);
    return result.value_or(Result::Failed);
}

int refreshPosts(const authtest::RecordingNam &nam)
{
    int n = 0;
    const auto posts = nam.to(u"/v2/o/token/"_s);
    for (const auto &p : posts)
        n += p.body.contains("grant_type=refresh_token") ? 1 : 0;
    return n;
}

} // namespace

class tst_AuthTokens : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<bb::auth::AuthError>(); }

    void rotationIsStoredBeforeUse()
    {
        authtest::Rig rig;
        QVERIFY(rig.signIn());
        TokenManager *tokens = rig.session->tokens();
        const QString patient = tokens->patientId();
        const QString oldAccess = tokens->accessToken();
        const QString oldRefresh = rig.storedRefreshToken(patient);
        QVERIFY(!oldRefresh.isEmpty());

        QStringList order;
        QString accessWhenStored;
        connect(&rig.store, &authtest::RecordingStore::written, this,
            [&](const QString &name, const QString &) {
                order << u"stored "_s + name;
                accessWhenStored = tokens->accessToken();
            });
        connect(tokens, &TokenManager::accessTokenChanged, this, [&] { order << u"changed"_s; });

        QCOMPARE(refreshNow(tokens), Result::Refreshed);
        QCOMPARE(order, QStringList({u"stored refresh_token"_s, u"changed"_s}));
        QCOMPARE(accessWhenStored, oldAccess); // the new token was not out yet
        const QString newRefresh = rig.storedRefreshToken(patient);
        QVERIFY(!newRefresh.isEmpty());
        QVERIFY(newRefresh != oldRefresh);
        QVERIFY(tokens->accessToken() != oldAccess);
        QCOMPARE(rig.fhirStatus(tokens->accessToken()), 200);

        // Single use: the old refresh token is dead, the stored one works.
        QByteArray body;
        QCOMPARE(rig.refreshStatus(oldRefresh, &body), 400);
        QVERIFY(body.contains("invalid_grant"));

        // What went out: no empty client_secret=, no redirect_uri or scope.
        const auto posts = rig.nam.to(u"/v2/o/token/"_s);
        const QUrlQuery form(QString::fromLatin1(posts.last().body));
        QCOMPARE(form.queryItemValue(u"grant_type"_s), u"refresh_token"_s);
        QCOMPARE(form.queryItemValue(u"client_secret"_s), rig.clientSecret);
        QVERIFY(!form.hasQueryItem(u"redirect_uri"_s));
        QVERIFY(!form.hasQueryItem(u"scope"_s));
    }

    void concurrentRefreshesShareOne()
    {
        authtest::Rig rig;
        QVERIFY(rig.signIn());
        TokenManager *tokens = rig.session->tokens();
        const int before = refreshPosts(rig.nam);
        QList<Result> results;
        QObject context;
        for (int i = 0; i < 3; ++i)
            tokens->refresh(&context, [&](Result r) { results << r; });
        QVERIFY(tokens->isRefreshing());
        QTRY_COMPARE_WITH_TIMEOUT(results.size(), 3, 10000);
        QCOMPARE(results, QList<Result>(3, Result::Refreshed));
        QCOMPARE(refreshPosts(rig.nam), before + 1);

        // A request that got its 401 with the token before that refresh just retries.
        const QString current = tokens->accessToken();
        std::optional<Result> late;
        tokens->refreshRejected(
            u"an-older-token-0123456789"_s, &context, [&](Result r) { late = r; });
        QTRY_VERIFY(late.has_value());
        QCOMPARE(*late, Result::Refreshed);
        QCOMPARE(tokens->accessToken(), current);
        QCOMPARE(refreshPosts(rig.nam), before + 1);
    }

    void callbackDroppedWithItsContext()
    {
        authtest::Rig rig;
        QVERIFY(rig.signIn());
        bool called = false;
        auto *context = new QObject;
        rig.session->tokens()->refresh(context, [&](Result) { called = true; });
        delete context;
        QCOMPARE(refreshNow(rig.session->tokens()), Result::Refreshed);
        QTest::qWait(50);
        QVERIFY(!called);
    }

    void refreshesBeforeExpiry()
    {
        authtest::Rig rig;
        bb::sandbox::FaultSettings faults;
        faults.accessTokenLifetimeSeconds = 95;
        rig.sandbox.setFaults(faults);
        QVERIFY(rig.signIn());
        TokenManager *tokens = rig.session->tokens();
        // 95 s tokens with the default 60 s lead: the refresh is due about 35 s from now.
        QVERIFY(tokens->nextRefreshAt().isValid());
        QVERIFY(tokens->nextRefreshAt() <= QDateTime::currentDateTimeUtc().addSecs(36));
        QVERIFY(tokens->nextRefreshAt() >= QDateTime::currentDateTimeUtc().addSecs(33));
        const QString first = tokens->accessToken();
        QSignalSpy changed(tokens, &TokenManager::accessTokenChanged);
        QVERIFY(changed.wait(40000));
        QVERIFY(tokens->accessToken() != first);
        QCOMPARE(rig.fhirStatus(tokens->accessToken()), 200);
        QCOMPARE(refreshPosts(rig.nam), 1);
    }

    // A token that lives no longer than the lead (or not at all) would make the timer fire at
    // once after every refresh: a loop of rotations and keychain writes. It is refreshed no
    // sooner than 30 s after it arrived, and meanwhile on demand after a 401.
    void shortLivedTokensDoNotLoop_data()
    {
        QTest::addColumn<int>("lifetime");
        QTest::newRow("1 s") << 1;
        QTest::newRow("60 s") << 60;
        QTest::newRow("62 s") << 62;
    }

    void shortLivedTokensDoNotLoop()
    {
        QFETCH(int, lifetime);
        authtest::Rig rig;
        bb::sandbox::FaultSettings faults;
        faults.accessTokenLifetimeSeconds = lifetime;
        rig.sandbox.setFaults(faults);
        QVERIFY(rig.signIn());
        TokenManager *tokens = rig.session->tokens();
        QTest::qWait(3000);
        QCOMPARE(refreshPosts(rig.nam), 0);
        QVERIFY(tokens->nextRefreshAt().isValid());
        QVERIFY(tokens->nextRefreshAt() >= QDateTime::currentDateTimeUtc().addSecs(24));
        QVERIFY(tokens->nextRefreshAt() <= QDateTime::currentDateTimeUtc().addSecs(28));
    }

    // A refresh answered with a redirect must not send the refresh token and the client
    // credentials on to another host; it fails, the tokens are kept.
    void refreshDoesNotFollowRedirects()
    {
        authtest::StubHttpServer thief("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n"_ba);
        authtest::StubHttpServer redirector(authtest::redirectAnswer(thief.url(u"/steal"_s)));
        QVERIFY(thief.isListening() && redirector.isListening());
        authtest::Rig rig;
        bb::auth::Environment environment = rig.environment;
        environment.setClientAuthentication(
            bb::auth::Environment::ClientAuthentication::TokenProxy);
        environment.setTokenProxyUrl(redirector.url(u"/token"_s));
        TokenManager tokens(environment, rig.clientSecret, &rig.store, &rig.nam);
        bb::api::TokenResponse response;
        response.accessToken = u"access-token-0123456789"_s;
        response.refreshToken = u"refresh-token-0123456789"_s;
        response.patient = u"-20140000008325"_s;
        response.expiresIn = 3600;
        bool adopted = false;
        QObject context;
        tokens.adopt(response, &context, [&](bool) { adopted = true; });
        QTRY_VERIFY(adopted);

        QCOMPARE(refreshNow(&tokens), Result::Failed);
        QCOMPARE(redirector.connections(), 1);
        QVERIFY(redirector.received().contains("refresh_token="));
        QTest::qWait(200);
        QCOMPARE(thief.connections(), 0);
        QCOMPARE(tokens.lastError().kind, bb::auth::AuthError::Kind::Server);
        QCOMPARE(tokens.lastError().httpStatus, 307);
        QVERIFY2(tokens.lastError().message.contains(u"another address"_s),
            qPrintable(tokens.lastError().message));
        QCOMPARE(tokens.accessToken(), response.accessToken);
    }

    // A refresh answer far larger than any token response is aborted as it arrives, not read
    // whole: the refresh fails with a reason, the tokens are kept.
    void refreshRefusesAHugeAnswer()
    {
        authtest::StubHttpServer huge(authtest::hugeTokenAnswer(4 * 1024 * 1024));
        QVERIFY(huge.isListening());
        authtest::Rig rig;
        bb::auth::Environment environment = rig.environment;
        environment.setClientAuthentication(
            bb::auth::Environment::ClientAuthentication::TokenProxy);
        environment.setTokenProxyUrl(huge.url(u"/token"_s));
        TokenManager tokens(environment, rig.clientSecret, &rig.store, &rig.nam);
        bb::api::TokenResponse response;
        response.accessToken = u"access-token-0123456789"_s;
        response.refreshToken = u"refresh-token-0123456789"_s;
        response.patient = u"-20140000008325"_s;
        response.expiresIn = 3600;
        bool adopted = false;
        QObject context;
        tokens.adopt(response, &context, [&](bool) { adopted = true; });
        QTRY_VERIFY(adopted);

        QCOMPARE(refreshNow(&tokens), Result::Failed);
        QCOMPARE(huge.connections(), 1);
        QCOMPARE(tokens.lastError().kind, bb::auth::AuthError::Kind::Server);
        QVERIFY2(tokens.lastError().message.contains(u"far larger"_s),
            qPrintable(tokens.lastError().message));
        QCOMPARE(tokens.accessToken(), response.accessToken);
    }

    // A token endpoint that takes the refresh and never answers: the refresh fails after the
    // transfer timeout, the tokens are kept, and the next refresh can run.
    void refreshTimesOut()
    {
        authtest::StubHttpServer silent;
        QVERIFY(silent.isListening());
        authtest::Rig rig;
        bb::auth::Environment environment = rig.environment;
        environment.setClientAuthentication(
            bb::auth::Environment::ClientAuthentication::TokenProxy);
        environment.setTokenProxyUrl(silent.url(u"/token"_s));
        TokenManager tokens(environment, rig.clientSecret, &rig.store, &rig.nam);
        bb::api::TokenResponse response;
        response.accessToken = u"access-token-0123456789"_s;
        response.refreshToken = u"refresh-token-0123456789"_s;
        response.patient = u"-20140000008325"_s;
        response.expiresIn = 3600;
        bool adopted = false;
        QObject context;
        tokens.adopt(response, &context, [&](bool) { adopted = true; });
        QTRY_VERIFY(adopted);

        std::optional<Result> result;
        QElapsedTimer elapsed;
        elapsed.start();
        tokens.refresh(&context, [&](Result r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 45000);
        QCOMPARE(*result, Result::Failed);
        QVERIFY(elapsed.elapsed() >= 25000); // the timeout, not some other failure
        QCOMPARE(silent.connections(), 1);
        QCOMPARE(tokens.lastError().kind, bb::auth::AuthError::Kind::Network);
        QVERIFY(!tokens.isRefreshing());
        QCOMPARE(tokens.accessToken(), response.accessToken);
    }

    void expiredTokenThenRefreshOn401()
    {
        authtest::Rig rig;
        QVERIFY(rig.signIn());
        TokenManager *tokens = rig.session->tokens();
        const QString old = tokens->accessToken();
        rig.sandbox.clock().advance(3601);
        QCOMPARE(rig.fhirStatus(old), 401);
        std::optional<Result> result;
        tokens->refreshRejected(old, this, [&](Result r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
        QCOMPARE(*result, Result::Refreshed);
        QCOMPARE(rig.fhirStatus(tokens->accessToken()), 200);
    }

    void grantGoneMeansReconnect_data()
    {
        QTest::addColumn<QString>("how");
        QTest::addColumn<int>("status");
        QTest::newRow("13 months over") << u"expire"_s << 401;
        QTest::newRow("revoked on Medicare.gov") << u"revoke"_s << 403;
        QTest::newRow("replaced by a newer login") << u"relogin"_s << 400;
        QTest::newRow("grant ends at once (BBUser00005)") << u"user5"_s << 401;
    }

    void grantGoneMeansReconnect()
    {
        QFETCH(QString, how);
        QFETCH(int, status);
        authtest::Rig rig;
        QVERIFY(rig.signIn(how == u"user5"_s ? u"BBUser00005"_s : u"BBUser00000"_s));
        TokenManager *tokens = rig.session->tokens();
        const QString patient = tokens->patientId();
        if (how == u"expire"_s)
            rig.sandbox.expireGrants(patient);
        else if (how == u"revoke"_s)
            rig.sandbox.revokeGrants(patient);
        else if (how == u"relogin"_s) {
            // Sign in again through a second session on the same sandbox: the server then
            // deletes this session's tokens.
            authtest::RecordingStore otherStore;
            bb::auth::Session second(
                rig.environment, rig.clientSecret, &otherStore, &rig.driver, &rig.nam);
            QSignalSpy ok(&second, &bb::auth::Session::signedIn);
            second.signIn();
            QVERIFY(ok.wait(10000));
        }
        QSignalSpy reconnect(tokens, &TokenManager::reconnectNeeded);
        QCOMPARE(refreshNow(tokens), Result::ReconnectNeeded);
        QCOMPARE(reconnect.size(), 1);
        QVERIFY(!reconnect.first().first().toString().isEmpty());
        QCOMPARE(tokens->lastError().kind, bb::auth::AuthError::Kind::ReconnectNeeded);
        QCOMPARE(tokens->lastError().httpStatus, status);
        QVERIFY(tokens->accessToken().isEmpty());
        QCOMPARE(tokens->patientId(), patient); // still known, to say whose data it was
        QTRY_VERIFY(rig.storedRefreshToken(patient).isEmpty());
        // And no second trip to the server for the next caller.
        const int posts = refreshPosts(rig.nam);
        QCOMPARE(refreshNow(tokens), Result::ReconnectNeeded);
        QCOMPARE(refreshPosts(rig.nam), posts);
    }

    void transientFailureKeepsTheSession()
    {
        authtest::Rig rig;
        QVERIFY(rig.signIn());
        TokenManager *tokens = rig.session->tokens();
        const QString access = tokens->accessToken();
        bb::sandbox::FaultSettings faults;
        faults.errorRate = 1.0; // the first injected error is a 500
        faults.includeOAuth = true;
        rig.sandbox.setFaults(faults);
        QSignalSpy failed(tokens, &TokenManager::refreshFailed);
        QCOMPARE(refreshNow(tokens), Result::Failed);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().first().value<bb::auth::AuthError>().kind,
            bb::auth::AuthError::Kind::Server);
        QCOMPARE(tokens->accessToken(), access);

        // Nothing is stuck: with the server back, the next refresh works.
        rig.sandbox.setFaults({});
        QCOMPARE(refreshNow(tokens), Result::Refreshed);
        QVERIFY(tokens->accessToken() != access);
    }

    void storeFailureStillRefreshes()
    {
        authtest::Rig rig;
        QVERIFY(rig.signIn());
        rig.store.failWrites = true;
        QCOMPARE(refreshNow(rig.session->tokens()), Result::Refreshed);
        QCOMPARE(rig.fhirStatus(rig.session->tokens()->accessToken()), 200);
    }

    void signOutRevokesTheGrant()
    {
        authtest::Rig rig;
        QVERIFY(rig.signIn());
        TokenManager *tokens = rig.session->tokens();
        const QString patient = tokens->patientId();
        const QString access = tokens->accessToken();
        const QString refresh = rig.storedRefreshToken(patient);
        QSignalSpy out(rig.session.get(), &bb::auth::Session::signedOut);
        rig.session->signOut();
        QVERIFY(tokens->accessToken().isEmpty());
        QVERIFY(out.wait(10000));
        QCOMPARE(out.first().first().toBool(), true);
        QCOMPARE(rig.nam.to(u"/v2/o/revoke/"_s).size(), 1);
        QTRY_VERIFY(rig.storedRefreshToken(patient).isEmpty());
        QCOMPARE(rig.store.size(), 0);
        QCOMPARE(rig.fhirStatus(access), 401);
        QCOMPARE(rig.refreshStatus(refresh), 403); // the grant itself is gone
    }

    void restoreFromTheStore()
    {
        authtest::Rig rig;
        QVERIFY(rig.signIn());
        const QString patient = rig.session->tokens()->patientId();

        // A later start: a new manager, the same store.
        TokenManager restored(rig.environment, rig.clientSecret, &rig.store, &rig.nam);
        std::optional<Result> result;
        restored.restore(patient, this, [&](Result r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
        QCOMPARE(*result, Result::Refreshed);
        QCOMPARE(restored.patientId(), patient);
        QCOMPARE(rig.fhirStatus(restored.accessToken()), 200);

        TokenManager nothing(rig.environment, rig.clientSecret, &rig.store, &rig.nam);
        result.reset();
        nothing.restore(u"-10000010254647"_s, this, [&](Result r) { result = r; });
        QTRY_VERIFY(result.has_value());
        QCOMPARE(*result, Result::ReconnectNeeded);
    }
};

QTEST_GUILESS_MAIN(tst_AuthTokens)
#include "tst_auth_tokens.moc"
