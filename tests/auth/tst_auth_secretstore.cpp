#include "auth/fallbacksecretstore.h"
#include "auth/memorysecretstore.h"
#include "auth/redaction.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using bb::auth::FallbackSecretStore;
using bb::auth::MemorySecretStore;
using bb::auth::SecretId;
using bb::auth::SecretStore;

namespace {

// A keychain that is not there: every job fails the way QtKeychain fails without D-Bus.
class UnavailableStore : public SecretStore
{
public:
    int calls = 0;
    bool isPersistent() const override { return true; }

protected:
    void fail(Callback done)
    {
        ++calls;
        QTimer::singleShot(0, this, [done = std::move(done)]() {
            done(Result {
                Status::Unavailable, {}, u"Cannot autolaunch D-Bus without X11 $DISPLAY"_s});
        });
    }
    void doRead(const SecretId &, Callback done) override { fail(std::move(done)); }
    void doWrite(const SecretId &, const QString &, Callback done) override
    {
        fail(std::move(done));
    }
    void doRemove(const SecretId &, Callback done) override { fail(std::move(done)); }
};

// Runs one operation and waits for its callback.
struct Waiter
{
    std::optional<SecretStore::Result> result;
    SecretStore::Callback callback()
    {
        return [this](const SecretStore::Result &r) { result = r; };
    }
    bool wait()
    {
        return QTest::qWaitFor([this] { return result.has_value(); }, 5000);
    }
};

} // namespace

class TestAuthSecretStore : public QObject
{
    Q_OBJECT

    const SecretId refresh = SecretId::refreshToken(u"sandbox"_s, u"-10000010254647"_s);
    const SecretId client = SecretId::clientSecret(u"sandbox"_s);

private Q_SLOTS:
    void init() { bb::auth::clearRegisteredSecrets(); }

    void secretIdKeys()
    {
        QCOMPARE(client.key(), u"sandbox/-/client_secret"_s);
        QCOMPARE(refresh.key(), u"sandbox/-10000010254647/refresh_token"_s);
        QCOMPARE(SecretId::accessToken(u"local"_s, u"a/b"_s).key(), u"local/a%2Fb/access_token"_s);
        // An account named "-" must not share the app-level slot.
        QVERIFY(SecretId::refreshToken(u"x"_s, u"-"_s).key()
            != SecretId::refreshToken(u"x"_s, QString()).key());
    }

    void memoryRoundTrip()
    {
        MemorySecretStore store;
        Waiter missing;
        store.read(refresh, this, missing.callback());
        QVERIFY(!missing.result); // asynchronous, never before the call returns
        QVERIFY(missing.wait());
        QCOMPARE(missing.result->status, SecretStore::Status::NotFound);

        Waiter written;
        store.write(refresh, u"rt-secret-123456"_s, this, written.callback());
        QVERIFY(!written.result);
        QVERIFY(written.wait());
        QVERIFY(written.result->ok());
        QCOMPARE(store.size(), 1);

        Waiter read;
        store.read(refresh, this, read.callback());
        QVERIFY(read.wait());
        QVERIFY(read.result->ok());
        QCOMPARE(read.result->value, u"rt-secret-123456"_s);

        // Secrets are kept apart per environment, account and name.
        Waiter other;
        store.read(
            SecretId::refreshToken(u"production"_s, u"-10000010254647"_s), this, other.callback());
        QVERIFY(other.wait());
        QCOMPARE(other.result->status, SecretStore::Status::NotFound);

        Waiter removed;
        store.remove(refresh, this, removed.callback());
        QVERIFY(removed.wait());
        QVERIFY(removed.result->ok());
        QCOMPARE(store.size(), 0);

        Waiter removedAgain;
        store.remove(refresh, this, removedAgain.callback());
        QVERIFY(removedAgain.wait());
        QCOMPARE(removedAgain.result->status, SecretStore::Status::NotFound);
    }

    void callbackDroppedWithItsContext()
    {
        MemorySecretStore store;
        bool called = false;
        auto context = std::make_unique<QObject>();
        store.write(client, u"client-secret-value"_s, context.get(),
            [&called](const SecretStore::Result &) { called = true; });
        context.reset();
        Waiter after; // a later job on the same queue proves the first one has completed
        store.read(client, this, after.callback());
        QVERIFY(after.wait());
        QVERIFY(after.result->ok()); // the write itself still happened
        QVERIFY(!called);
    }

    void secretsHandledAreRegisteredForRedaction()
    {
        MemorySecretStore store;
        const QString written = u"written-token-0123456789"_s;
        Waiter w;
        store.write(refresh, written, this, w.callback());
        // Registered at once, before the write completes.
        QCOMPARE(bb::auth::redact(u"x "_s + written), u"x <redacted>"_s);
        QVERIFY(w.wait());

        // A value read back is registered too (e.g. stored by an earlier session).
        bb::auth::clearRegisteredSecrets();
        QCOMPARE(bb::auth::redact(written), written);
        Waiter r;
        store.read(refresh, this, r.callback());
        QVERIFY(r.wait());
        QCOMPARE(bb::auth::redact(written), u"<redacted>"_s);
    }

    void fallbackUsesPrimaryWhileItWorks()
    {
        auto *memory = new MemorySecretStore;
        FallbackSecretStore store {std::unique_ptr<SecretStore>(memory)};
        QSignalSpy spy(&store, &FallbackSecretStore::memoryOnlyChanged);
        Waiter w;
        store.write(client, u"client-secret-value"_s, this, w.callback());
        QVERIFY(w.wait());
        QVERIFY(w.result->ok());
        QCOMPARE(memory->size(), 1); // it went to the primary
        QVERIFY(!store.isMemoryOnly());
        QCOMPARE(store.isPersistent(), memory->isPersistent());
        QVERIFY(store.statusMessage().isEmpty());
        QCOMPARE(spy.count(), 0);

        // "Not found" is an answer, not a broken keychain.
        Waiter r;
        store.read(refresh, this, r.callback());
        QVERIFY(r.wait());
        QCOMPARE(r.result->status, SecretStore::Status::NotFound);
        QVERIFY(!store.isMemoryOnly());
    }

    void fallbackSwitchesToMemoryOnFirstUnavailable()
    {
        auto *keychain = new UnavailableStore;
        FallbackSecretStore store {std::unique_ptr<SecretStore>(keychain)};
        QVERIFY(store.isPersistent());
        QSignalSpy changed(&store, &FallbackSecretStore::memoryOnlyChanged);
        QSignalSpy unavailable(&store, &FallbackSecretStore::keychainUnavailable);

        QTest::ignoreMessage(
            QtWarningMsg, QRegularExpression(u"Keychain unavailable, keeping secrets in memory"_s));
        Waiter w;
        store.write(refresh, u"rt-secret-123456"_s, this, w.callback());
        QVERIFY(w.wait());
        // The caller's write still succeeds, in memory.
        QVERIFY(w.result->ok());
        QVERIFY(store.isMemoryOnly());
        QVERIFY(!store.isPersistent());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toBool(), true);
        QCOMPARE(unavailable.count(), 1);
        QCOMPARE(unavailable.at(0).at(0).toString(), FallbackSecretStore::memoryOnlyMessage());
        QVERIFY(unavailable.at(0).at(1).toString().contains(u"D-Bus"_s));
        QVERIFY(!store.statusMessage().isEmpty());

        // From now on the keychain is not asked again, and the secret is there.
        Waiter r;
        store.read(refresh, this, r.callback());
        QVERIFY(r.wait());
        QVERIFY(r.result->ok());
        QCOMPARE(r.result->value, u"rt-secret-123456"_s);
        QCOMPARE(keychain->calls, 1);

        Waiter d;
        store.remove(refresh, this, d.callback());
        QVERIFY(d.wait());
        QVERIFY(d.result->ok());
        QCOMPARE(keychain->calls, 1);
        QCOMPARE(changed.count(), 1); // announced once only
    }

    void fallbackSeveralJobsInFlight()
    {
        auto *keychain = new UnavailableStore;
        FallbackSecretStore store {std::unique_ptr<SecretStore>(keychain)};
        QSignalSpy unavailable(&store, &FallbackSecretStore::keychainUnavailable);
        QTest::ignoreMessage(
            QtWarningMsg, QRegularExpression(u"Keychain unavailable, keeping secrets in memory"_s));
        Waiter a, b, c;
        store.write(client, u"client-secret-value"_s, this, a.callback());
        store.write(refresh, u"rt-secret-123456"_s, this, b.callback());
        store.read(SecretId::accessToken(u"sandbox"_s, u"p"_s), this, c.callback());
        QVERIFY(a.wait() && b.wait() && c.wait());
        QVERIFY(a.result->ok());
        QVERIFY(b.result->ok());
        QCOMPARE(c.result->status, SecretStore::Status::NotFound);
        QCOMPARE(unavailable.count(), 1);
    }

    void probe()
    {
        {
            FallbackSecretStore store {std::make_unique<MemorySecretStore>()};
            std::optional<bool> available;
            store.probe(this, [&available](bool a) { available = a; });
            QVERIFY(QTest::qWaitFor([&] { return available.has_value(); }));
            QCOMPARE(*available, true);
        }
        {
            FallbackSecretStore store {std::make_unique<UnavailableStore>()};
            QSignalSpy changed(&store, &FallbackSecretStore::memoryOnlyChanged);
            QTest::ignoreMessage(QtWarningMsg,
                QRegularExpression(u"Keychain unavailable, keeping secrets in memory"_s));
            std::optional<bool> available;
            store.probe(this, [&available](bool a) { available = a; });
            QVERIFY(QTest::qWaitFor([&] { return available.has_value(); }));
            QCOMPARE(*available, false);
            QCOMPARE(changed.count(), 1);
        }
    }
};

QTEST_GUILESS_MAIN(TestAuthSecretStore)
#include "tst_auth_secretstore.moc"
