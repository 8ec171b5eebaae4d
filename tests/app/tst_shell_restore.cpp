#include "appcontroller.h"
#include "auth/environmentsettings.h"
#include "auth/fallbacksecretstore.h"
#include "auth/memorysecretstore.h"
#include "auth/secretid.h"
#include "auth/signedinaccounts.h"
#include "auth/tokenmanager.h"
#include "authtesthelpers.h"
#include "fhir/claim.h"
#include "mainwindow.h"
#include "models/claimlistmodel.h"
#include "sandboxlogin.h"
#include "syncstatus.h"
#include "uisettings.h"

#include <QAction>
#include <QDesktopServices>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace Qt::StringLiterals;
using bb::AppController;
using bb::auth::Environment;

namespace {

// Writes a secret and waits for the store to say it is written.
bool put(bb::auth::SecretStore &store, const bb::auth::SecretId &id, const QString &value)
{
    QObject context;
    bool written = false;
    bool done = false;
    store.write(id, value, &context, [&](const bb::auth::SecretStore::Result &r) {
        written = r.ok();
        done = true;
    });
    return QTest::qWaitFor([&] { return done; }) && written;
}

QString get(bb::auth::SecretStore &store, const bb::auth::SecretId &id)
{
    QObject context;
    QString value;
    bool done = false;
    store.read(id, &context, [&](const bb::auth::SecretStore::Result &r) {
        value = r.value;
        done = true;
    });
    return QTest::qWaitFor([&] { return done; }) ? value : QString();
}

// A keychain that says it persists, as the OS keychain does: the app keeps data only then.
class PersistentStore : public bb::auth::MemorySecretStore
{
public:
    bool isPersistent() const override { return true; }
};

// The keychain as the next start finds it: the secrets `from` holds for `patient`.
PersistentStore *nextStartKeychain(bb::auth::SecretStore &from, const QString &patient)
{
    auto *next = new PersistentStore;
    for (const bb::auth::SecretId &id : {bb::auth::SecretId::clientSecret(u"custom"_s),
             bb::auth::SecretId::refreshToken(u"custom"_s, patient),
             bb::auth::SecretId::storeKey(u"custom"_s, patient)}) {
        const QString value = get(from, id);
        if (!value.isEmpty())
            put(*next, id, value);
    }
    return next;
}

// No keychain at all (no D-Bus, no backend), as on a bare Linux session.
class MissingKeychain : public bb::auth::SecretStore
{
public:
    bool isPersistent() const override { return true; }

protected:
    void doRead(const bb::auth::SecretId &, Callback done) override { unavailable(done); }
    void doWrite(const bb::auth::SecretId &, const QString &, Callback done) override
    {
        unavailable(done);
    }
    void doRemove(const bb::auth::SecretId &, Callback done) override { unavailable(done); }

private:
    void unavailable(const Callback &done)
    {
        QTimer::singleShot(0, this, [done] {
            done({bb::auth::SecretStore::Status::Unavailable, {}, u"no keychain"_s});
        });
    }
};

} // namespace

// The system browser, scripted: walks the sandbox's login pages from the URL the app opens
// (QDesktopServices' own test seam), then follows the redirect to the app's listener.
class ScriptedBrowser : public QObject
{
    Q_OBJECT

public:
    QNetworkAccessManager nam;
    int opened = 0;

public Q_SLOTS:
    void openUrl(const QUrl &url)
    {
        ++opened;
        authtest::LoginChoices choices;
        choices.user = u"BBUser00002"_s;
        auto *walk = new authtest::SandboxLogin(choices, this);
        connect(walk, &authtest::SandboxLogin::reachedRedirect, this, [this](const QUrl &to) {
            QNetworkReply *reply = nam.get(QNetworkRequest(to));
            connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
        });
        walk->start(url);
    }
};

// The app at start-up reconnects to the environment last used with the refresh token the
// keychain kept, without a login page; an ended grant sends the person to the login again.
class TestShellRestore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // A first run: the person signs in to a Blue Button server (the sandbox, as a custom
    // environment) and the keychain keeps the refresh token; then the app quits.
    static bool firstRun(authtest::Rig &rig, QString *patient, QString *refreshToken)
    {
        rig.environment = Environment::defaults(Environment::Kind::Custom);
        rig.environment.setBaseUrl(rig.sandbox.baseUrl());
        rig.environment.setClientId(bb::sandbox::SandboxServer::demoClient().clientId);
        rig.makeSession();
        if (!rig.signIn(u"BBUser00002"_s))
            return false;
        *patient = rig.session->tokens()->patientId();
        *refreshToken = rig.storedRefreshToken(*patient);
        rig.session.reset();
        return !refreshToken->isEmpty();
    }

    // What that run leaves for the next start: the environment as the current one, the
    // account, and the client secret and refresh token in the keychain.
    static bool leftForNextStart(QSettings &settings, bb::auth::SecretStore &store,
        const authtest::Rig &rig, const QString &patient, const QString &refreshToken)
    {
        if (!bb::auth::EnvironmentSettings(settings).save(rig.environment))
            return false;
        bb::auth::EnvironmentSettings(settings).setCurrentKind(Environment::Kind::Custom);
        bb::auth::SignedInAccounts(settings).remember(Environment::Kind::Custom, patient);
        return put(store, bb::auth::SecretId::clientSecret(u"custom"_s), rig.clientSecret)
            && put(store, bb::auth::SecretId::refreshToken(u"custom"_s, patient), refreshToken);
    }

private Q_SLOTS:
    void resumesTheStoredSignIn()
    {
        authtest::Rig rig;
        QString patient;
        QString before;
        QVERIFY(firstRun(rig, &patient, &before));
        QSettings settings(m_dir.filePath(u"restore.ini"_s), QSettings::IniFormat);
        auto *store = new bb::auth::MemorySecretStore;
        QVERIFY(leftForNextStart(settings, *store, rig, patient, before));

        // The next start: straight back to the data.
        AppController controller(settings, store);
        QSignalSpy finished(&controller, &AppController::signInFinished);
        QVERIFY(controller.resumeStoredSignIn());
        QCOMPARE(controller.state(), AppController::State::SigningIn);
        QVERIFY(controller.isResuming());
        QTRY_COMPARE_WITH_TIMEOUT(controller.state(), AppController::State::SignedIn, 15000);
        QVERIFY(!controller.isResuming());
        QCOMPARE(controller.patientId(), patient);
        QTRY_VERIFY_WITH_TIMEOUT(!controller.isSyncing(), 15000);
        QCOMPARE(controller.claimListModel()->claimCount(), 3); // BBUser00002 has 3 claims
        QVERIFY(controller.claimListModel()->isComplete());
        // The refresh token rotated and the new one is the stored one; the old one is spent.
        const QString after = get(*store, bb::auth::SecretId::refreshToken(u"custom"_s, patient));
        QVERIFY(!after.isEmpty());
        QVERIFY(after != before);
        QVERIFY(rig.refreshStatus(before) != 200);
        QVERIFY(!controller.resumeStoredSignIn()); // already signed in

        // Signing out forgets the account: the start after that is a normal one.
        controller.signOut();
        QTRY_COMPARE_WITH_TIMEOUT(controller.state(), AppController::State::SignedOut, 10000);
        QVERIFY(
            bb::auth::SignedInAccounts(settings).patientId(Environment::Kind::Custom).isEmpty());
        QCOMPARE(bb::auth::EnvironmentSettings(settings).currentKind(), Environment::Kind::Local);
        QVERIFY(!controller.resumeStoredSignIn());
    }

    void endedGrantAsksForALogin()
    {
        authtest::Rig rig;
        QString patient;
        QString token;
        QVERIFY(firstRun(rig, &patient, &token));
        rig.sandbox.expireGrants(patient); // 13 months later, or revoked on Medicare.gov
        QSettings settings(m_dir.filePath(u"ended.ini"_s), QSettings::IniFormat);
        auto *store = new bb::auth::MemorySecretStore;
        QVERIFY(leftForNextStart(settings, *store, rig, patient, token));

        AppController controller(settings, store);
        QSignalSpy finished(&controller, &AppController::signInFinished);
        QVERIFY(controller.resumeStoredSignIn());
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 15000);
        QCOMPARE(controller.state(), AppController::State::SignedOut);
        QVERIFY2(finished.first().at(1).toString().contains(u"Log in again"_s),
            qPrintable(finished.first().at(1).toString()));
        QVERIFY(
            bb::auth::SignedInAccounts(settings).patientId(Environment::Kind::Custom).isEmpty());
        QCOMPARE(controller.claimListModel()->claimCount(), 0);
    }

    // The data kept by one run shows at once at the next start, then only what changed is
    // fetched; offline, it stays on screen with Retry; logging out deletes it and its key.
    void keptDataReopensAndSurvivesOffline()
    {
        auto rig = std::make_unique<authtest::Rig>();
        QString patient;
        QString token;
        QVERIFY(firstRun(*rig, &patient, &token));
        QSettings settings(m_dir.filePath(u"kept.ini"_s), QSettings::IniFormat);
        auto *first = new PersistentStore;
        QVERIFY(leftForNextStart(settings, *first, *rig, patient, token));
        QTemporaryDir data;
        bb::auth::SecretStore *keychain = nullptr;
        {
            AppController app(settings, first);
            app.setStoreDirectory(data.path());
            QSignalSpy saved(&app, &AppController::recordSaved);
            QVERIFY(app.resumeStoredSignIn());
            QTRY_COMPARE_WITH_TIMEOUT(app.state(), AppController::State::SignedIn, 15000);
            QTRY_VERIFY_WITH_TIMEOUT(!saved.isEmpty(), 20000);
            QVERIFY(!app.lastSyncWasIncremental());
            QCOMPARE(app.claimListModel()->claimCount(), 3);
            QVERIFY(app.storedDataSize() > 0);
            keychain = nextStartKeychain(*first, patient);
        }
        {
            // Next start: the kept data is on screen before the sign-in is back.
            AppController app(settings, keychain);
            app.setStoreDirectory(data.path());
            QSignalSpy saved(&app, &AppController::recordSaved);
            QVERIFY(app.resumeStoredSignIn());
            QTRY_VERIFY_WITH_TIMEOUT(app.claimListModel()->claimCount() == 3, 10000);
            QVERIFY(app.hasData());
            QTRY_COMPARE_WITH_TIMEOUT(app.state(), AppController::State::SignedIn, 15000);
            QTRY_VERIFY_WITH_TIMEOUT(!saved.isEmpty(), 20000);
            QVERIFY(app.lastSyncWasIncremental());
            QCOMPARE(app.claimListModel()->claimCount(), 3);
            QVERIFY(app.claimListModel()->isComplete());
            keychain = nextStartKeychain(*keychain, patient);
        }
        rig.reset(); // the server is gone: offline
        {
            AppController app(settings, keychain);
            app.setStoreDirectory(data.path());
            QVERIFY(app.resumeStoredSignIn());
            QTRY_VERIFY_WITH_TIMEOUT(!app.problem().isNull(), 40000);
            QCOMPARE(app.state(), AppController::State::SignedOut);
            QVERIFY(app.hasData());
            QCOMPARE(app.claimListModel()->claimCount(), 3);
            QVERIFY2(app.dataNotice().startsWith(u"Offline: your data as of"_s),
                qPrintable(app.dataNotice()));
            QCOMPARE(app.problem().action, bb::account::SyncProblem::Action::Retry);
            QVERIFY(!app.rawArchive().isEmpty());
            {
                // What the person sees: the data, the banner with Retry, the notice.
                bb::MainWindow window(&app);
                window.resize(1100, 700);
                window.show();
                QVERIFY(QTest::qWaitForWindowExposed(&window));
                QVERIFY(!window.isShowingWelcome());
                QVERIFY(window.refreshAction()->isEnabled());
                QVERIFY(window.logOutAction()->isEnabled());
                QVERIFY(window.grab().save(u"offline-kept-data.png"_s));
            }

            // Nothing of the person is readable in any file the app wrote: its data folder
            // and its settings.
            const bb::account::LocalRecord &record = app.record();
            QVERIFY(!record.typed.patients.isEmpty());
            QStringList personal {record.typed.patients.constFirst().currentMbi(),
                record.typed.patients.constFirst().names.value(0).family};
            for (const bb::fhir::Claim &c : record.typed.claims) {
                personal << c.id << c.claimNumber;
                if (const bb::fhir::Diagnosis *d = c.principalDiagnosis())
                    personal << d->code;
            }
            personal.removeAll(QString());
            QVERIFY(personal.size() >= 5);
            settings.sync();
            QStringList files {settings.fileName()};
            QDirIterator it(data.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext())
                files << it.next();
            QVERIFY(files.size() >= 2);
            for (const QString &path : std::as_const(files)) {
                QFile file(path);
                QVERIFY(file.open(QIODevice::ReadOnly));
                const QByteArray bytes = file.readAll();
                for (const QString &p : std::as_const(personal))
                    QVERIFY2(!bytes.contains(p.toUtf8()), qPrintable(path + u": "_s + p));
            }

            // Logging out forgets the person here: the file and its key go.
            QSignalSpy removed(&app, &AppController::recordRemoved);
            app.signOut();
            QTRY_VERIFY_WITH_TIMEOUT(!removed.isEmpty(), 10000);
            QVERIFY(!app.hasData());
            QCOMPARE(app.storedDataSize(), 0);
            QVERIFY(get(*keychain, bb::auth::SecretId::storeKey(u"custom"_s, patient)).isEmpty());
        }
    }

    // The Medicare connection ended (13 months, or revoked): what was kept stays viewable and
    // exportable, with Reconnect.
    void endedGrantKeepsTheKeptData()
    {
        authtest::Rig rig;
        QString patient;
        QString token;
        QVERIFY(firstRun(rig, &patient, &token));
        QSettings settings(m_dir.filePath(u"ended-kept.ini"_s), QSettings::IniFormat);
        auto *first = new PersistentStore;
        QVERIFY(leftForNextStart(settings, *first, rig, patient, token));
        QTemporaryDir data;
        bb::auth::SecretStore *keychain = nullptr;
        {
            AppController app(settings, first);
            app.setStoreDirectory(data.path());
            QSignalSpy saved(&app, &AppController::recordSaved);
            QVERIFY(app.resumeStoredSignIn());
            QTRY_VERIFY_WITH_TIMEOUT(!saved.isEmpty(), 20000);
            keychain = nextStartKeychain(*first, patient);
        }
        rig.sandbox.expireGrants(patient);
        AppController app(settings, keychain);
        app.setStoreDirectory(data.path());
        QVERIFY(app.resumeStoredSignIn());
        QTRY_VERIFY_WITH_TIMEOUT(!app.problem().isNull(), 20000);
        QCOMPARE(app.problem().action, bb::account::SyncProblem::Action::Reconnect);
        QVERIFY(app.problem().message.contains(u"reconnect to get new claims"_s));
        QVERIFY(app.hasData());
        QCOMPARE(app.claimListModel()->claimCount(), 3);
        QVERIFY(app.dataNotice().startsWith(u"Your data as of"_s));
        QVERIFY(!app.rawArchive().isEmpty()); // the FHIR JSON export has what it needs
    }

    // With no keychain, nothing is kept, and the app says so.
    void noKeychainKeepsNothing()
    {
        authtest::Rig rig;
        QString patient;
        QString token;
        QVERIFY(firstRun(rig, &patient, &token));
        QSettings settings(m_dir.filePath(u"nokeychain.ini"_s), QSettings::IniFormat);
        auto *store = new bb::auth::MemorySecretStore; // not persistent
        QVERIFY(leftForNextStart(settings, *store, rig, patient, token));
        QTemporaryDir data;
        AppController app(settings, store);
        app.setStoreDirectory(data.path());
        QSignalSpy problem(&app, &AppController::storeProblem);
        QVERIFY(app.resumeStoredSignIn());
        QTRY_VERIFY_WITH_TIMEOUT(!problem.isEmpty(), 20000);
        QVERIFY(!problem.first().first().toString().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(app.claimListModel()->claimCount(), 3, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(!app.isSyncing(), 15000);
        QCOMPARE(app.storedDataSize(), 0);
        QVERIFY(QDir(data.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    }

    // No keychain: the sign-in works for this session, the person is told that it is kept in
    // memory only, and nothing is recorded for a next start that could not restore it.
    void missingKeychainSaysKeptInMemory()
    {
        authtest::Rig rig;
        rig.environment = Environment::defaults(Environment::Kind::Custom);
        rig.environment.setBaseUrl(rig.sandbox.baseUrl());
        rig.environment.setClientId(bb::sandbox::SandboxServer::demoClient().clientId);
        QSettings settings(m_dir.filePath(u"memoryonly.ini"_s), QSettings::IniFormat);
        QVERIFY(bb::auth::EnvironmentSettings(settings).save(rig.environment));
        bb::UiSettings(settings).setBrowser(bb::UiSettings::Browser::System);
        auto *store = new bb::auth::FallbackSecretStore(std::make_unique<MissingKeychain>());
        QVERIFY(put(*store, bb::auth::SecretId::clientSecret(u"custom"_s), rig.clientSecret));
        QVERIFY(store->isMemoryOnly());

        AppController app(settings, store);
        QSignalSpy finished(&app, &AppController::signInFinished);
        ScriptedBrowser browser;
        QDesktopServices::setUrlHandler(u"http"_s, &browser, "openUrl");
        app.signIn(Environment::Kind::Custom);
        QTRY_COMPARE_WITH_TIMEOUT(app.state(), AppController::State::SignedIn, 20000);
        QDesktopServices::unsetUrlHandler(u"http"_s);
        QCOMPARE(browser.opened, 1);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(0).value<bb::login::LoginMessageKind>(),
            bb::login::LoginMessageKind::Information);
        QVERIFY2(finished.first().at(1).toString().contains(
                     bb::auth::FallbackSecretStore::memoryOnlyMessage()),
            qPrintable(finished.first().at(1).toString()));
        QVERIFY(
            bb::auth::SignedInAccounts(settings).patientId(Environment::Kind::Custom).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!app.isSyncing(), 15000);
    }

    // A storm of 429s during the sync: the status bar counts down to the next try, and
    // Cancel there stops the sync.
    void rateLimitShowsACountdownWithCancel()
    {
        authtest::Rig rig;
        QString patient;
        QString token;
        QVERIFY(firstRun(rig, &patient, &token));
        QSettings settings(m_dir.filePath(u"storm.ini"_s), QSettings::IniFormat);
        auto *store = new bb::auth::MemorySecretStore;
        QVERIFY(leftForNextStart(settings, *store, rig, patient, token));
        bb::sandbox::FaultSettings storm;
        storm.throttleStormRequests = 1000;
        storm.retryAfterSeconds = 5;
        rig.sandbox.setFaults(storm);

        AppController app(settings, store);
        bb::MainWindow window(&app);
        window.show();
        QSignalSpy waiting(&app, &AppController::syncWaiting);
        QVERIFY(app.resumeStoredSignIn());
        QTRY_VERIFY_WITH_TIMEOUT(!waiting.isEmpty(), 20000);
        QVERIFY(waiting.first().first().toInt() >= 5000);
        bb::SyncStatus *status = window.syncStatus();
        QVERIFY(status->isWaiting());
        QVERIFY2(status->text().contains(u"Trying again in 5 second"_s)
                || status->text().contains(u"Trying again in 6 second"_s),
            qPrintable(status->text()));
        QVERIFY(status->cancelButton()->isVisible());
        QTest::mouseClick(status->cancelButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!app.isSyncing(), 5000);
        QVERIFY(!status->isWaiting());
        QVERIFY(!status->isRunning());
    }

    void nothingToResume()
    {
        // First start, and the built-in sandbox: nothing stored, nothing happens.
        QSettings settings(m_dir.filePath(u"fresh.ini"_s), QSettings::IniFormat);
        AppController controller(settings, new bb::auth::MemorySecretStore);
        QVERIFY(!controller.resumeStoredSignIn());
        QCOMPARE(controller.state(), AppController::State::SignedOut);
        bb::auth::SignedInAccounts(settings).remember(Environment::Kind::Local, u"-1"_s);
        QVERIFY(!controller.resumeStoredSignIn());
    }
};

QTEST_MAIN(TestShellRestore)
#include "tst_shell_restore.moc"
