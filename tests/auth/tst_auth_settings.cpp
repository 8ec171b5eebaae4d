#include "auth/environmentsettings.h"
#include "auth/memorysecretstore.h"
#include "auth/redaction.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using bb::auth::Environment;
using bb::auth::EnvironmentSettings;
using Kind = Environment::Kind;
using Field = Environment::Field;

namespace {

const QString cmsClientId = u"0123456789abcdefghijABCDEFGHIJ0123456789"_s;
const QString clientSecret = u"cs-9Tq2LmZ9pX4vB8nC1wY6hJ3sD0fGaRk7"_s;
const QString refreshToken = u"rt-Xh4Kp9LtQ2mW7rB1zN6vC3yF8gJ0dS"_s;

} // namespace

class TestAuthSettings : public QObject
{
    Q_OBJECT

    std::optional<QTemporaryDir> m_dir;

    QString iniPath() const { return m_dir->filePath(u"bbviewer.ini"_s); }

    QByteArray fileBytes() const
    {
        QFile f(iniPath());
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    void verifyFileHasNoSecret(const QStringList &secrets) const
    {
        const QByteArray bytes = fileBytes();
        for (const QString &secret : secrets) {
            QVERIFY2(!bytes.contains(secret.toUtf8()), bytes.constData());
            // QSettings may escape or percent-encode: check that form too.
            QVERIFY2(!bytes.contains(QUrl::toPercentEncoding(secret)), bytes.constData());
        }
    }

    static Environment fullSandbox()
    {
        Environment env = Environment::defaults(Kind::Sandbox);
        env.setClientId(cmsClientId);
        env.setRedirectUri(QUrl(u"http://127.0.0.1:8765/callback"_s));
        env.setScopes({u"patient/Coverage.rs"_s, u"patient/ExplanationOfBenefit.rs"_s});
        env.setConsentLanguage(u"es"_s);
        return env;
    }

private Q_SLOTS:
    void init()
    {
        m_dir.emplace();
        QVERIFY(m_dir->isValid());
        bb::auth::clearRegisteredSecrets();
    }

    void cleanup() { bb::auth::clearRegisteredSecrets(); }

    void defaultsWhenEmpty()
    {
        QSettings settings(iniPath(), QSettings::IniFormat);
        EnvironmentSettings store(settings);
        QCOMPARE(store.currentKind(), Kind::Local);
        for (Kind kind : Environment::allKinds()) {
            QList<Environment::Issue> issues;
            QCOMPARE(store.load(kind, &issues), Environment::defaults(kind));
            QVERIFY(issues.isEmpty());
        }
    }

    void roundTrip()
    {
        const Environment sandbox = fullSandbox();
        Environment custom = Environment::defaults(Kind::Custom);
        custom.setBaseUrl(QUrl(u"https://bb.example.org/prefix"_s));
        custom.setClientId(u"custom-client"_s);
        custom.setClientAuthentication(Environment::ClientAuthentication::TokenProxy);
        custom.setTokenProxyUrl(QUrl(u"https://proxy.example.org/exchange"_s));
        Environment local;
        local.setBaseUrl(QUrl(u"http://127.0.0.1:40123"_s));
        {
            QSettings settings(iniPath(), QSettings::IniFormat);
            EnvironmentSettings store(settings);
            QVERIFY(store.save(sandbox));
            QVERIFY(store.save(custom));
            QVERIFY(store.save(local));
            store.setCurrentKind(Kind::Custom);
        }
        QSettings settings(iniPath(), QSettings::IniFormat);
        EnvironmentSettings store(settings);
        QCOMPARE(store.load(Kind::Sandbox), sandbox);
        QCOMPARE(store.load(Kind::Custom), custom);
        QCOMPARE(store.load(Kind::Local), local);
        QCOMPARE(store.load(Kind::Production), Environment::defaults(Kind::Production));
        QCOMPARE(store.currentKind(), Kind::Custom);

        // Only the documented keys are ever written.
        settings.beginGroup(u"environments/custom"_s);
        const QStringList written = settings.childKeys();
        settings.endGroup();
        for (const QString &key : written)
            QVERIFY2(EnvironmentSettings::keys().contains(key), qPrintable(key));

        store.reset(Kind::Custom);
        QCOMPARE(store.load(Kind::Custom), Environment::defaults(Kind::Custom));
    }

    // The client secret and the tokens go to the secret store; the settings file never
    // sees them, even when both are written in the same session.
    void noSecretInSettingsFile()
    {
        QSettings settings(iniPath(), QSettings::IniFormat);
        EnvironmentSettings store(settings);
        bb::auth::MemorySecretStore secrets;
        const Environment env = fullSandbox();
        int done = 0;
        const auto count = [&done](const bb::auth::SecretStore::Result &r) {
            QVERIFY(r.ok());
            ++done;
        };
        secrets.write(bb::auth::SecretId::clientSecret(env.id()), clientSecret, this, count);
        secrets.write(
            bb::auth::SecretId::refreshToken(env.id(), u"-1000"_s), refreshToken, this, count);
        QVERIFY(store.save(env));
        QTRY_COMPARE(done, 2);
        QVERIFY(store.save(env));
        settings.sync();
        QVERIFY(!fileBytes().isEmpty());
        QVERIFY(fileBytes().contains(cmsClientId.toUtf8())); // the file is really there
        verifyFileHasNoSecret({clientSecret, refreshToken});
    }

    void secretPastedIntoAFieldIsRefused()
    {
        {
            QSettings settings(iniPath(), QSettings::IniFormat);
            EnvironmentSettings store(settings);
            QVERIFY(store.save(fullSandbox()));
            // The store registered the secret when the user entered it.
            bb::auth::registerSecret(clientSecret);

            Environment custom = Environment::defaults(Kind::Custom);
            custom.setBaseUrl(QUrl(u"https://bb.example.org"_s));
            custom.setClientId(clientSecret); // wrong box
            QList<Environment::Issue> issues;
            QVERIFY(!store.save(custom, &issues));
            QCOMPARE(issues.size(), 1);
            QCOMPARE(issues.first().field, Field::ClientId);
            QVERIFY(!issues.first().message.isEmpty());

            // A token in a redirect URI is refused even when it was never registered.
            Environment local;
            local.setRedirectUri(QUrl(u"http://127.0.0.1/callback?code=Xh4Kp9LtQ2mW7rB1"_s));
            QVERIFY(!store.save(local, &issues));
            QCOMPARE(issues.first().field, Field::RedirectUri);
        }
        verifyFileHasNoSecret({clientSecret, u"Xh4Kp9LtQ2mW7rB1"_s});
        QSettings settings(iniPath(), QSettings::IniFormat);
        QVERIFY(!settings.contains(u"environments/custom/clientId"_s));
    }

    void credentialsInUrlsAreRefused()
    {
        {
            QSettings settings(iniPath(), QSettings::IniFormat);
            EnvironmentSettings store(settings);
            Environment env = fullSandbox();
            env.setClientAuthentication(Environment::ClientAuthentication::TokenProxy);
            env.setTokenProxyUrl(QUrl(u"https://app:pr0xyPassw0rd@proxy.example.org/token"_s));
            QList<Environment::Issue> issues;
            QVERIFY(!store.save(env, &issues));
            QCOMPARE(issues.size(), 1);
            QCOMPARE(issues.first().field, Field::TokenProxyUrl);

            Environment custom = Environment::defaults(Kind::Custom);
            custom.setBaseUrl(QUrl(u"https://u:pr0xyPassw0rd@bb.example.org"_s));
            QVERIFY(!store.save(custom, &issues));
            QCOMPARE(issues.first().field, Field::BaseUrl);
        }
        verifyFileHasNoSecret({u"pr0xyPassw0rd"_s});
    }

    // A secret that got into the file by hand or from an older build is gone after a save.
    void strayKeysArePurgedOnSave()
    {
        {
            QSettings settings(iniPath(), QSettings::IniFormat);
            settings.setValue(u"environments/sandbox/clientSecret"_s, clientSecret);
            settings.setValue(u"environments/sandbox/refresh_token"_s, refreshToken);
            settings.sync();
        }
        QVERIFY(fileBytes().contains(clientSecret.toUtf8()));
        {
            QSettings settings(iniPath(), QSettings::IniFormat);
            EnvironmentSettings store(settings);
            QVERIFY(store.save(fullSandbox()));
        }
        verifyFileHasNoSecret({clientSecret, refreshToken});
    }

    void garbageInFileIsReplacedByDefaults()
    {
        {
            QSettings settings(iniPath(), QSettings::IniFormat);
            settings.setValue(u"environments/custom/baseUrl"_s, u"http://not-loopback.example/"_s);
            settings.setValue(u"environments/custom/clientId"_s, u"ok-client"_s);
            settings.setValue(u"environments/custom/redirectUri"_s, u"javascript:alert(1)"_s);
            settings.setValue(u"environments/custom/scopes"_s, u"bad\"scope"_s);
            settings.setValue(u"environments/custom/consentLanguage"_s, u"klingon"_s);
            settings.setValue(u"environments/sandbox/baseUrl"_s, u"https://evil.example.org"_s);
            settings.setValue(u"environments/current"_s, u"nonsense"_s);
            settings.sync();
        }
        QSettings settings(iniPath(), QSettings::IniFormat);
        EnvironmentSettings store(settings);
        QList<Environment::Issue> issues;
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"Ignoring invalid stored"_s));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"Ignoring invalid stored"_s));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"Ignoring invalid stored"_s));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"Ignoring invalid stored"_s));
        const Environment custom = store.load(Kind::Custom, &issues);
        QCOMPARE(issues.size(), 4);
        QCOMPARE(custom.clientId(), u"ok-client"_s); // the good field survives
        QCOMPARE(custom.baseUrl(), QUrl());
        QCOMPARE(custom.redirectUri(), Environment::defaultRedirectUri());
        QCOMPARE(custom.scopes(), bb::auth::scopes::defaults());
        QCOMPARE(custom.consentLanguage(), QString());
        // The fixed address of the CMS sandbox is not taken from the file at all.
        QCOMPARE(store.load(Kind::Sandbox).baseUrl(), Environment::sandboxBaseUrl());
        QCOMPARE(store.currentKind(), Kind::Local);
    }
};

QTEST_GUILESS_MAIN(TestAuthSettings)
#include "tst_auth_settings.moc"
