#include "auth/redaction.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkRequest>
#include <QTest>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using bb::auth::redact;
using bb::auth::redactionMarker;

Q_LOGGING_CATEGORY(lcTestAuth, "bb.test.auth")

namespace {

// Secrets shaped like Blue Button's (docs/api-notes.md, Tokens): 30-character tokens, a
// 128-character client secret, a 64-character PKCE verifier.
const QString accessToken = u"zQ3pM8vL1rT6yH0bN4kW9cX2jF7gD5"_s;
const QString refreshToken = u"Rk7Tq2LmZ9pX4vB8nC1wY6hJ3sD0fGa"_s;
const QString authCode = u"Xh4Kp9LtQ2mW7rB1zN6vC3yF8gJ0dS"_s;
const QString codeVerifier = u"uFq1n8rZ.TkP-3wL~xB7vM_c2H9sJ4dG6aE0yN5oR8tK1mW3qV7zX2bC9fD4hS6j"_s;
const QString clientSecret =
    u"sEcReT0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXY"
    u"Z0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ012"_s;

QMutex capturedLock;
QStringList captured;
QtMessageHandler testlibHandler = nullptr;

void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker locker(&capturedLock);
        captured << message;
    }
    Q_UNUSED(type)
    Q_UNUSED(context)
}

} // namespace

class TestAuthRedaction : public QObject
{
    Q_OBJECT

    QString capturedText()
    {
        QMutexLocker locker(&capturedLock);
        return captured.join(u'\n');
    }

    void verifyClean(const QString &text, const QStringList &secrets)
    {
        for (const QString &secret : secrets)
            QVERIFY2(!text.contains(secret), qPrintable(u"leaked: "_s + text));
        QVERIFY2(text.contains(redactionMarker()), qPrintable(text));
    }

private Q_SLOTS:
    void init()
    {
        bb::auth::clearRegisteredSecrets();
        {
            QMutexLocker locker(&capturedLock);
            captured.clear();
        }
        // capture <- redacting handler <- (messages). Qt Test's own handler is put back in
        // cleanup(), so failures still print.
        testlibHandler = qInstallMessageHandler(capture);
        bb::auth::installRedactingMessageHandler();
        QLoggingCategory::setFilterRules(u"bb.test.auth.debug=true"_s);
    }

    void cleanup()
    {
        bb::auth::removeRedactingMessageHandler();
        qInstallMessageHandler(testlibHandler);
        bb::auth::clearRegisteredSecrets();
    }

    void tokenResponseJson()
    {
        const QString body = uR"({"access_token": "%1", "expires_in": 3600, "token_type": )"
                             uR"("Bearer", "scope": "patient/Patient.rs profile", )"
                             uR"("refresh_token":"%2", "patient": "-10000010254647", )"
                             uR"("access_grant_expiration": "2026-09-05T19:17:53Z"})"_s.arg(
                                 accessToken, refreshToken);
        qCDebug(lcTestAuth).noquote() << "token reply" << body;
        qWarning().noquote() << body;
        const QString out = capturedText();
        verifyClean(out, {accessToken, refreshToken});
        // What is not secret stays readable.
        QVERIFY(out.contains(u"\"access_token\": \"<redacted>\""_s));
        QVERIFY(out.contains(u"-10000010254647"_s));
        QVERIFY(out.contains(u"patient/Patient.rs profile"_s));
        QCOMPARE(out.count(redactionMarker()), 4); // two messages, two tokens each
    }

    void redirectUrlWithCode()
    {
        const QUrl redirect(
            u"http://127.0.0.1:51234/callback?code=%1&state=AbCdEfGhIjKlMnOp"_s.arg(authCode));
        qDebug() << redirect; // QUrl("…") through QDebug's own formatting
        qCInfo(lcTestAuth) << "redirect captured:" << redirect.toString();
        const QString out = capturedText();
        verifyClean(out, {authCode});
        QVERIFY(out.contains(u"state=AbCdEfGhIjKlMnOp"_s));
    }

    void tokenRequestFormBody()
    {
        QUrlQuery form;
        form.addQueryItem(u"grant_type"_s, u"authorization_code"_s);
        form.addQueryItem(u"code"_s, authCode);
        form.addQueryItem(u"redirect_uri"_s, u"http://127.0.0.1/callback"_s);
        form.addQueryItem(u"code_verifier"_s, codeVerifier);
        form.addQueryItem(u"client_id"_s, u"0123456789abcdefghij0123456789ABCDEFGHIJ"_s);
        form.addQueryItem(u"client_secret"_s, clientSecret);
        const QByteArray body = form.query(QUrl::FullyEncoded).toUtf8();
        qCDebug(lcTestAuth) << "POST body" << body;
        qCWarning(lcTestAuth) << form.queryItems(); // QList(std::pair("code","…"), …)
        const QString out = capturedText();
        verifyClean(out, {authCode, codeVerifier, clientSecret});
        QVERIFY(out.contains(u"grant_type=authorization_code"_s));
        QVERIFY(out.contains(u"client_id=0123456789abcdefghij0123456789ABCDEFGHIJ"_s));
    }

    void refreshAndRevokeBodies()
    {
        qCDebug(lcTestAuth).noquote()
            << u"grant_type=refresh_token&refresh_token=%1&client_id=x"_s.arg(refreshToken);
        qCDebug(lcTestAuth).noquote()
            << u"token=%1&token_type_hint=access_token"_s.arg(accessToken);
        verifyClean(capturedText(), {accessToken, refreshToken});
    }

    void authorizationHeaders()
    {
        const QByteArray basic = (u"client:"_s + clientSecret).toUtf8().toBase64();
        QNetworkRequest request(QUrl(u"https://sandbox.bluebutton.cms.gov/v2/fhir/Patient"_s));
        request.setRawHeader("Authorization", "Bearer " + accessToken.toUtf8());
        qCDebug(lcTestAuth) << request.rawHeaderList() << request.rawHeader("Authorization");
        qCDebug(lcTestAuth).noquote() << u"Authorization: Bearer %1"_s.arg(accessToken);
        qCDebug(lcTestAuth).noquote() << "Authorization: Basic" << QString::fromLatin1(basic);
        qCritical().noquote() << u"curl -H 'authorization: bearer %1' https://x"_s.arg(accessToken);
        const QString out = capturedText();
        verifyClean(out, {accessToken, QString::fromLatin1(basic)});
        QVERIFY(out.contains(u"Authorization: Bearer <redacted>"_s));
        QVERIFY(out.contains(u"Authorization: Basic <redacted>"_s));
    }

    void registeredRawValue()
    {
        const QString opaque = u"opaque-value-without-any-key-9f8e7d"_s;
        bb::auth::registerSecret(opaque);
        qCWarning(lcTestAuth) << "unexpected reply" << opaque << "from the server";
        // Percent-encoded as it would be in a URL.
        const QString plussy = u"ab+cd/ef=gh+ij"_s;
        bb::auth::registerSecret(plussy);
        qCWarning(lcTestAuth).noquote()
            << u"https://x/?foo="_s + QString::fromLatin1(QUrl::toPercentEncoding(plussy));
        const QString out = capturedText();
        verifyClean(out, {opaque, plussy, QString::fromLatin1(QUrl::toPercentEncoding(plussy))});
        QVERIFY(out.contains(u"unexpected reply"_s));

        bb::auth::unregisterSecret(opaque);
        QCOMPARE(redact(opaque), opaque);
    }

    // Messages come from any thread (network parsing runs off the GUI thread), while the
    // store registers new tokens.
    void concurrentMessagesAndRegistrations()
    {
        QList<QThread *> threads;
        for (int t = 0; t < 4; ++t) {
            threads << QThread::create([t] {
                for (int i = 0; i < 200; ++i) {
                    const QString token = u"thread-%1-token-%2-abcdef"_s.arg(t).arg(i);
                    bb::auth::registerSecret(token);
                    qCWarning(lcTestAuth).noquote() << u"got "_s + token;
                }
            });
            threads.last()->start();
        }
        for (QThread *thread : std::as_const(threads)) {
            QVERIFY(thread->wait(30000));
            delete thread;
        }
        QMutexLocker locker(&capturedLock);
        QCOMPARE(captured.size(), 800);
        for (const QString &line : std::as_const(captured))
            QCOMPARE(line, u"got <redacted>"_s);
    }

    void tooShortValuesAreNotRegistered()
    {
        bb::auth::registerSecret(u"abc"_s);
        QCOMPARE(redact(u"abc abc"_s), u"abc abc"_s);
    }

    void chainsToPreviousHandler()
    {
        // Unrelated messages arrive unchanged at the handler that was there before.
        qCWarning(lcTestAuth) << "plain message";
        QCOMPARE(capturedText(), u"plain message"_s);
        bb::auth::installRedactingMessageHandler(); // a second install must not loop
        qCWarning(lcTestAuth) << "again";
        QCOMPARE(capturedText(), u"plain message\nagain"_s);
    }

    // Plain literals here: moc 6.4 loses track of the class on some raw strings.
    void pure_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("query") << u"GET /cb?state=s&code=abc123&x=1"_s
                               << u"GET /cb?state=s&code=<redacted>&x=1"_s;
        QTest::newRow("code_challenge is public")
            << u"?code_challenge=E9cVUwM3dwVT3xkVjMWLCLPITx6BXzFUpDj6rlEVkVM&code_challenge_method=S256"_s
            << u"?code_challenge=E9cVUwM3dwVT3xkVjMWLCLPITx6BXzFUpDj6rlEVkVM&code_challenge_method=S256"_s;
        QTest::newRow("error_code is not code")
            << u"error_code=42 error=access_denied"_s << u"error_code=42 error=access_denied"_s;
        QTest::newRow("json") << u"{\"refresh_token\":\"r1\",\"x\":\"y\"}"_s
                              << u"{\"refresh_token\":\"<redacted>\",\"x\":\"y\"}"_s;
        QTest::newRow("escaped json") << u"\"{\\\"access_token\\\":\\\"t1\\\"}\""_s
                                      << u"\"{\\\"access_token\\\":\\\"<redacted>\\\"}\""_s;
        QTest::newRow("qvariantmap")
            << u"QMap((\"access_token\", QVariant(QString, \"t1\"))(\"expires_in\", QVariant(int, 3600)))"_s
            << u"QMap((\"access_token\", QVariant(QString, \"<redacted>\"))(\"expires_in\", QVariant(int, 3600)))"_s;
        QTest::newRow("nested encoded url")
            << u"next=http%3A%2F%2Fh%2Fcb%3Fstate%3Ds%26code%3Dabc%26x%3D1"_s
            << u"next=http%3A%2F%2Fh%2Fcb%3Fstate%3Ds%26code%3D<redacted>%26x%3D1"_s;
        QTest::newRow("key colon value")
            << u"refresh_token: r-1-2-3, next"_s << u"refresh_token: <redacted>, next"_s;
        QTest::newRow("header pair") << u"(\"Authorization\", \"Basic dXNlcjpwYXNz\")"_s
                                     << u"(\"Authorization\", \"Basic <redacted>\")"_s;
        QTest::newRow("prose untouched") << u"Authorization failed: bearer token expired"_s
                                         << u"Authorization failed: bearer token expired"_s;
        QTest::newRow("status code colon")
            << u"HTTP status code: 404"_s << u"HTTP status code: 404"_s;
        QTest::newRow("status code form") << u"code=503&x=1"_s << u"code=503&x=1"_s;
        QTest::newRow("numeric but long") << u"code=1234567890"_s << u"code=<redacted>"_s;
        QTest::newRow("password form") << u"username=BBUser00000&password=PW00000!"_s
                                       << u"username=BBUser00000&password=<redacted>"_s;
        QTest::newRow("idempotent") << u"code=<redacted>&x"_s << u"code=<redacted>&x"_s;
    }

    void pure()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(redact(input, {}), expected);
        QCOMPARE(redact(redact(input, {}), {}), expected);
    }

    void pureKnownSecrets()
    {
        QCOMPARE(redact(u"a 0123456789 b 0123456789abc"_s, {u"0123456789"_s, u"0123456789abc"_s}),
            u"a <redacted> b <redacted>"_s);
    }
};

QTEST_GUILESS_MAIN(TestAuthRedaction)
#include "tst_auth_redaction.moc"
