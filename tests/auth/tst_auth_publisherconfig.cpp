// A publisher's environments.conf: what a build ships so that a beneficiary never meets a
// client id, and everything it must refuse (above all a client secret).
#include "auth/publisherconfig.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using bb::auth::Environment;
using bb::auth::PublisherConfig;

namespace {

const QByteArray kClientId = "AbCdEfGhIjKlMnOpQrStUvWxYz0123456789ABCD";

QByteArray production(const QByteArray &extra = {})
{
    return "# Example Health's registration\n"
           "[publisher]\n"
           "name = Example Health\n"
           "\n"
           "[production]\n"
           "client_id = "
        + kClientId
        + "\n"
          "token_proxy_url = https://bbproxy.example.org/v2/o/token/\n"
        + extra;
}

} // namespace

class TestPublisherConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsProductionInProxyMode()
    {
        const PublisherConfig config = PublisherConfig::parse(production(), u"test.conf"_s);
        QVERIFY2(config.error().isEmpty(), qPrintable(config.error()));
        QVERIFY(!config.isEmpty());
        QVERIFY(config.configures(Environment::Kind::Production));
        QVERIFY(!config.configures(Environment::Kind::Sandbox));
        QCOMPARE(config.publisherName(), u"Example Health"_s);
        const auto env = config.environment(Environment::Kind::Production);
        QVERIFY(env);
        QCOMPARE(env->clientId(), QString::fromLatin1(kClientId));
        QCOMPARE(env->clientAuthentication(), Environment::ClientAuthentication::TokenProxy);
        QCOMPARE(env->tokenRequestUrl(), QUrl(u"https://bbproxy.example.org/v2/o/token/"_s));
        QCOMPARE(env->baseUrl(), Environment::productionBaseUrl());
        QCOMPARE(env->redirectUri(), Environment::defaultRedirectUri());
        QVERIFY(env->isComplete());
    }

    void readsOptionalFieldsAndTheSandbox()
    {
        const PublisherConfig config = PublisherConfig::parse(production("scopes = openid "
                                                                         "patient/Patient.rs\n"
                                                                         "consent_language = es\n"
                                                                         "[sandbox]\n"
                                                                         "client_id = "
                                                                  + kClientId
                                                                  + "\n"
                                                                    "token_proxy_url = "
                                                                    "https://bbproxy.example.org/"
                                                                    "sandbox/v2/o/token/\n"),
            u"test.conf"_s);
        QVERIFY2(config.error().isEmpty(), qPrintable(config.error()));
        QVERIFY(config.configures(Environment::Kind::Sandbox));
        const auto prod = config.environment(Environment::Kind::Production);
        QCOMPARE(prod->scopes(), (QStringList {u"openid"_s, u"patient/Patient.rs"_s}));
        QCOMPARE(prod->consentLanguage(), u"es"_s);
        QCOMPARE(config.environment(Environment::Kind::Sandbox)->baseUrl(),
            Environment::sandboxBaseUrl());
    }

    void refusesWhatDoesNotBelong_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("client secret") << production("client_secret = s3cr3t\n") << u"secret"_s;
        QTest::newRow("secret, other spelling")
            << production("ClientSecret = s3cr3t\n") << u"secret"_s;
        QTest::newRow("password") << production("password = x\n") << u"secret"_s;
        QTest::newRow("a token") << production("refresh_token = x\n") << u"secret"_s;
        QTest::newRow("unknown key") << production("clientid = x\n") << u"clientid"_s;
        QTest::newRow("unknown section")
            << QByteArray("[produccion]\nclient_id = x\n") << u"produccion"_s;
        QTest::newRow("the demo") << QByteArray("[local]\nclient_id = x\n") << u"local"_s;
        QTest::newRow("custom server") << QByteArray("[custom]\nclient_id = x\n") << u"custom"_s;
        QTest::newRow("outside a section") << QByteArray("client_id = x\n") << u"client_id"_s;
        QTest::newRow("no proxy") << QByteArray("[production]\nclient_id = " + kClientId + "\n")
                                  << u"token_proxy_url"_s;
        QTest::newRow("plain http proxy") << QByteArray("[production]\nclient_id = " + kClientId
            + "\ntoken_proxy_url = http://bbproxy.example.org/v2/o/token/\n")
                                          << u"https"_s;
        QTest::newRow("credentials in the proxy address") << QByteArray("[production]\nclient_id = "
            + kClientId + "\ntoken_proxy_url = https://id:pw@bbproxy.example.org/v2/o/token/\n")
                                                          << u"line 3"_s;
        QTest::newRow("bad client id")
            << QByteArray("[production]\nclient_id = short\ntoken_proxy_url = "
                          "https://bbproxy.example.org/v2/o/token/\n")
            << u"40"_s;
        QTest::newRow("no client id")
            << QByteArray("[production]\ntoken_proxy_url = https://p.example.org/v2/o/token/\n")
            << u"client_id"_s;
        QTest::newRow("broken line") << production("just words\n") << u"name = value"_s;
    }

    void refusesWhatDoesNotBelong()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, mentions);
        const PublisherConfig config = PublisherConfig::parse(text, u"environments.conf"_s);
        // Nothing of a refused file is used, not even the parts that were right.
        QVERIFY(config.isEmpty());
        QVERIFY(!config.configures(Environment::Kind::Production));
        QVERIFY(config.error().contains(u"environments.conf"_s));
        QVERIFY2(
            config.error().contains(mentions, Qt::CaseInsensitive), qPrintable(config.error()));
        // The error never repeats a secret value it refused.
        QVERIFY(!config.error().contains(u"s3cr3t"_s));
    }

    void readsTheInstalledFileFromTheSearchPath()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"environments.conf"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(production());
        file.close();
        qputenv("BBVIEWER_PUBLISHER_CONFIG", path.toLocal8Bit());
        QCOMPARE(PublisherConfig::searchPaths().constFirst(), path);
        const PublisherConfig config = PublisherConfig::loadInstalled();
        QCOMPARE(config.origin(), path);
        QVERIFY(config.configures(Environment::Kind::Production));
        qunsetenv("BBVIEWER_PUBLISHER_CONFIG");
        QVERIFY(
            PublisherConfig::searchPaths().constLast().endsWith(u"/bbviewer/environments.conf"_s));
    }

    void noFileIsAnUnregisteredBuild()
    {
        const PublisherConfig config = PublisherConfig::loadFile(u"/nonexistent/x.conf"_s);
        QVERIFY(config.isEmpty());
        QVERIFY(!config.error().isEmpty()); // a named file that cannot be read is a problem
        qputenv("BBVIEWER_PUBLISHER_CONFIG", "/nonexistent/environments.conf");
        const PublisherConfig none = PublisherConfig::loadInstalled();
        qunsetenv("BBVIEWER_PUBLISHER_CONFIG");
        QVERIFY(none.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPublisherConfig)
#include "tst_auth_publisherconfig.moc"
