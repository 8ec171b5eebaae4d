#include "auth/fallbacksecretstore.h"
#include "auth/keychainsecretstore.h"

#include <QDir>
#include <QDirIterator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using bb::auth::FallbackSecretStore;
using bb::auth::KeychainSecretStore;
using bb::auth::SecretId;
using bb::auth::SecretStore;

namespace {

const QString refreshToken = u"rt-nodbus-Xh4Kp9LtQ2mW7rB1zN6vC3y"_s;

} // namespace

// The real QtKeychain store on a machine without a D-Bus session bus (a server, a container,
// a bare SSH login): it must fail cleanly, and the fallback must keep the app working with
// the secrets in memory, saying so, and writing nothing to disk.
class TestAuthKeychainNoDbus : public QObject
{
    Q_OBJECT

    static QString &home()
    {
        static QString path;
        return path;
    }

public:
    // Before QCoreApplication exists: Qt D-Bus and libsecret read these once.
    static void initMain()
    {
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bbviewer-test-bus");
        // No X11 either, or libdbus would try to autolaunch a bus through dbus-launch.
        qunsetenv("DISPLAY");
        qunsetenv("WAYLAND_DISPLAY");
        // The libsecret path, as on GNOME and most other desktops.
        qunsetenv("KDE_SESSION_VERSION");
        qputenv("XDG_CURRENT_DESKTOP", "GNOME");
        // A private HOME, so that anything written to disk is ours to find.
        static QTemporaryDir dir;
        home() = dir.path();
        qputenv("HOME", QFile::encodeName(home()));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(home() + u"/.config"_s));
        qputenv("XDG_DATA_HOME", QFile::encodeName(home() + u"/.local/share"_s));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(!home().isEmpty());
        QCOMPARE(QDir::homePath(), home());
    }

    void keychainFailsAsUnavailable()
    {
        KeychainSecretStore store(u"bbviewer-test"_s);
        QVERIFY(store.isPersistent());
        std::optional<SecretStore::Result> result;
        store.write(SecretId::refreshToken(u"sandbox"_s, u"p"_s), refreshToken, this,
            [&result](const SecretStore::Result &r) { result = r; });
        QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }, 10000));
        QCOMPARE(result->status, SecretStore::Status::Unavailable);
        QVERIFY(!result->errorString.isEmpty());
        QVERIFY(!result->errorString.contains(refreshToken));
    }

    void fallbackEngages()
    {
        FallbackSecretStore store {std::make_unique<KeychainSecretStore>(u"bbviewer-test"_s)};
        QSignalSpy changed(&store, &FallbackSecretStore::memoryOnlyChanged);
        QSignalSpy unavailable(&store, &FallbackSecretStore::keychainUnavailable);
        QTest::ignoreMessage(
            QtWarningMsg, QRegularExpression(u"Keychain unavailable, keeping secrets in memory"_s));

        std::optional<bool> available;
        store.probe(this, [&available](bool a) { available = a; });
        QVERIFY(QTest::qWaitFor([&] { return available.has_value(); }, 10000));
        QCOMPARE(*available, false);
        QVERIFY(store.isMemoryOnly());
        QVERIFY(!store.isPersistent());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(unavailable.count(), 1);
        QVERIFY(!unavailable.at(0).at(0).toString().isEmpty());

        // The session goes on: write, read back, remove, all in memory.
        const SecretId id = SecretId::refreshToken(u"sandbox"_s, u"p"_s);
        std::optional<SecretStore::Result> written, read, removed;
        store.write(id, refreshToken, this, [&](const SecretStore::Result &r) { written = r; });
        QVERIFY(QTest::qWaitFor([&] { return written.has_value(); }));
        QVERIFY(written->ok());
        store.read(id, this, [&](const SecretStore::Result &r) { read = r; });
        QVERIFY(QTest::qWaitFor([&] { return read.has_value(); }));
        QVERIFY(read->ok());
        QCOMPARE(read->value, refreshToken);
        store.remove(id, this, [&](const SecretStore::Result &r) { removed = r; });
        QVERIFY(QTest::qWaitFor([&] { return removed.has_value(); }));
        QVERIFY(removed->ok());
    }

    // QtKeychain's insecure fallback would write plain text under HOME; it stays off.
    void nothingWrittenToDisk()
    {
        QDirIterator it(home(), QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
            QDirIterator::Subdirectories);
        QStringList leaked;
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.open(QIODevice::ReadOnly) && f.readAll().contains(refreshToken.toUtf8()))
                leaked << f.fileName();
        }
        QVERIFY2(leaked.isEmpty(), qPrintable(leaked.join(u", "_s)));
    }
};

QTEST_GUILESS_MAIN(TestAuthKeychainNoDbus)
#include "tst_auth_keychain_nodbus.moc"
