// No secret reaches the log during a full sign-in and a refresh, with every debug category
// on (ours, QtNetworkAuth's, the sandbox's), through the redacting message handler.
#include "auth/redaction.h"
#include "auth/tokenmanager.h"
#include "authtesthelpers.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

QMutex captureMutex;
QStringList captured;

void capture(QtMsgType, const QMessageLogContext &, const QString &message)
{
    const QMutexLocker lock(&captureMutex);
    captured << message;
}

} // namespace

class tst_AuthNoSecrets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fullLoginAndRefreshLogNoSecret()
    {
        QLoggingCategory::setFilterRules(u"*.debug=true\nqt.*.debug=false\nqt.networkauth*=true"_s);
        qInstallMessageHandler(capture);
        bb::auth::installRedactingMessageHandler();

        QStringList secrets;
        {
            authtest::Rig rig;
            rig.driver.tamper = [&](const QUrl &url) {
                secrets << QUrlQuery(url).queryItemValue(u"code"_s, QUrl::FullyDecoded);
                // Log the redirect as a careless caller might.
                qDebug() << "redirect" << url;
                return url;
            };
            QVERIFY(rig.signIn());
            auto *tokens = rig.session->tokens();
            secrets << tokens->accessToken() << rig.storedRefreshToken(tokens->patientId())
                    << rig.clientSecret;
            QSignalSpy changed(tokens, &bb::auth::TokenManager::accessTokenChanged);
            tokens->refresh(this, [](bb::api::TokenProvider::RefreshResult) {});
            QVERIFY(changed.wait(10000));
            secrets << tokens->accessToken() << rig.storedRefreshToken(tokens->patientId());
            const auto posts = rig.nam.to(u"/v2/o/token/"_s);
            QVERIFY(!posts.isEmpty());
            secrets << QUrlQuery(QString::fromLatin1(posts.first().body))
                           .queryItemValue(u"code_verifier"_s);
            // Bodies on the wire as a careless caller might log them.
            for (const auto &p : posts)
                qWarning() << "sent" << p.body;
            rig.session->signOut();
        }
        bb::auth::removeRedactingMessageHandler();
        qInstallMessageHandler(nullptr);

        const QMutexLocker lock(&captureMutex);
        const QString all = captured.join(u'\n');
        QVERIFY2(captured.size() > 5, "nothing was logged: the test would prove nothing");
        QVERIFY(all.contains(bb::auth::redactionMarker()));
        QCOMPARE(secrets.size(), 7);
        for (const QString &secret : std::as_const(secrets)) {
            QVERIFY(secret.size() >= 8);
            QVERIFY2(!all.contains(secret), qPrintable(u"leaked: "_s + secret.left(4)));
            QVERIFY(!all.contains(QString::fromLatin1(QUrl::toPercentEncoding(secret))));
        }
    }
};

QTEST_GUILESS_MAIN(tst_AuthNoSecrets)
#include "tst_auth_nosecrets.moc"
