#include "auth/fallbacksecretstore.h"
#include "auth/keychainsecretstore.h"
#include "auth/redaction.h"

#include <QSignalSpy>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using bb::auth::FallbackSecretStore;
using bb::auth::KeychainSecretStore;
using bb::auth::SecretId;
using bb::auth::SecretStore;

namespace {

// Set by run_keychain_test.sh once it has a keyring running: from then on an unreachable
// keyring is a failure, not a reason to skip.
bool keyringRequired()
{
    return qEnvironmentVariableIntValue("BB_AUTH_KEYRING_REQUIRED") == 1;
}

// Starts one operation and waits for its answer; a keychain that never answers is a failure.
SecretStore::Result run(const std::function<void(SecretStore::Callback)> &start)
{
    std::optional<SecretStore::Result> result;
    start([&result](const SecretStore::Result &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 15000))
        return {SecretStore::Status::Failed, {}, u"no answer from the keychain within 15 s"_s};
    return *result;
}

} // namespace

// The QtKeychain store against a real gnome-keyring (libsecret over D-Bus). CTest runs it
// through run_keychain_test.sh, which starts a private session bus and an unlocked keyring
// in a temporary HOME (docs/toolchain.md, QtKeychain headless).
class TestAuthKeychain : public QObject
{
    Q_OBJECT

    // Unique per run, so a leftover from a crashed run cannot make a test pass.
    const QString m_service = u"bbviewer-test-%1"_s.arg(QCoreApplication::applicationPid());
    const SecretId m_id = SecretId::refreshToken(u"sandbox"_s, u"-10000010254647"_s);
    const QString m_secret = u"rt-keyring-0123456789abcdefghijklmnop"_s;

private Q_SLOTS:
    void initTestCase()
    {
        KeychainSecretStore store(m_service);
        const auto probe = run([&](SecretStore::Callback cb) {
            store.read(SecretId {u"probe"_s, {}, u"probe"_s}, this, std::move(cb));
        });
        if (probe.status == SecretStore::Status::Unavailable) {
            const QByteArray why = "no usable keyring: " + probe.errorString.toUtf8();
            if (keyringRequired())
                QFAIL(why.constData());
            QSKIP(why.constData());
        }
        QCOMPARE(probe.status, SecretStore::Status::NotFound);
    }

    void writeReadRemove()
    {
        KeychainSecretStore store(m_service);
        QCOMPARE(store.service(), m_service);

        const auto written = run(
            [&](SecretStore::Callback cb) { store.write(m_id, m_secret, this, std::move(cb)); });
        QVERIFY2(written.ok(), qPrintable(written.errorString));

        // A second store object (think: the next start of the app) finds it.
        KeychainSecretStore again(m_service);
        const auto read =
            run([&](SecretStore::Callback cb) { again.read(m_id, this, std::move(cb)); });
        QVERIFY2(read.ok(), qPrintable(read.errorString));
        QCOMPARE(read.value, m_secret);
        QCOMPARE(bb::auth::redact(m_secret), bb::auth::redactionMarker());

        // Overwrite (token rotation) replaces, not duplicates.
        const QString rotated = m_secret + u"-rotated"_s;
        QVERIFY(run([&](SecretStore::Callback cb) {
            store.write(m_id, rotated, this, std::move(cb));
        }).ok());
        const auto readRotated =
            run([&](SecretStore::Callback cb) { store.read(m_id, this, std::move(cb)); });
        QCOMPARE(readRotated.value, rotated);

        // Different account, different slot.
        const auto other = run([&](SecretStore::Callback cb) {
            store.read(SecretId::refreshToken(u"sandbox"_s, u"-2"_s), this, std::move(cb));
        });
        QCOMPARE(other.status, SecretStore::Status::NotFound);

        const auto removed =
            run([&](SecretStore::Callback cb) { store.remove(m_id, this, std::move(cb)); });
        QVERIFY2(removed.ok(), qPrintable(removed.errorString));
        const auto gone =
            run([&](SecretStore::Callback cb) { store.read(m_id, this, std::move(cb)); });
        QCOMPARE(gone.status, SecretStore::Status::NotFound);
    }

    void fallbackStaysOnKeychain()
    {
        FallbackSecretStore store {std::make_unique<KeychainSecretStore>(m_service)};
        QSignalSpy changed(&store, &FallbackSecretStore::memoryOnlyChanged);
        std::optional<bool> available;
        store.probe(this, [&available](bool a) { available = a; });
        QVERIFY(QTest::qWaitFor([&] { return available.has_value(); }, 15000));
        QCOMPARE(*available, true);
        QVERIFY(!store.isMemoryOnly());
        QVERIFY(store.isPersistent());

        QVERIFY(run([&](SecretStore::Callback cb) {
            store.write(SecretId::clientSecret(u"sandbox"_s), m_secret, this, std::move(cb));
        }).ok());
        // It is in the keychain, not just in the fallback's memory.
        KeychainSecretStore direct(m_service);
        const auto read = run([&](SecretStore::Callback cb) {
            direct.read(SecretId::clientSecret(u"sandbox"_s), this, std::move(cb));
        });
        QCOMPARE(read.value, m_secret);
        QVERIFY(run([&](SecretStore::Callback cb) {
            store.remove(SecretId::clientSecret(u"sandbox"_s), this, std::move(cb));
        }).ok());
        QCOMPARE(changed.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestAuthKeychain)
#include "tst_auth_keychain.moc"
