#include "account/accountservice.h"
#include "account/sync.h"
#include "auth/environmentsettings.h"
#include "auth/fallbacksecretstore.h"
#include "auth/secretid.h"
#include "auth/signedinaccounts.h"
#include "authtesthelpers.h"
#include "sandbox/sandboxthread.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace bb;
using account::AccountService;
using account::Sync;
using account::SyncProblem;
using account::SyncRequest;
using auth::Environment;

namespace {

// No keychain at all (no D-Bus, no backend), as on a bare Linux session.
class MissingKeychain : public auth::SecretStore
{
public:
    bool isPersistent() const override { return true; }

protected:
    void doRead(const auth::SecretId &, Callback done) override { unavailable(done); }
    void doWrite(const auth::SecretId &, const QString &, Callback done) override
    {
        unavailable(done);
    }
    void doRemove(const auth::SecretId &, Callback done) override { unavailable(done); }

private:
    void unavailable(const Callback &done)
    {
        QTimer::singleShot(0, this, [done] {
            done({auth::SecretStore::Status::Unavailable, {}, u"no keychain"_s});
        });
    }
};

} // namespace

// The account service against the sandbox over loopback: what the app and `bbviewer export`
// both rely on for signing in, restoring a stored sign-in, signing out and syncing.
class TestAccountService : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<authtest::Rig> m_rig;

    // A registered app on the rig's sandbox, as the settings of a custom server hold it.
    Environment customEnvironment() const
    {
        Environment env = Environment::defaults(Environment::Kind::Custom);
        env.setBaseUrl(m_rig->sandbox.baseUrl());
        env.setClientId(sandbox::SandboxServer::demoClient().clientId);
        env.setRedirectUri(m_rig->driver.redirectUri());
        return env;
    }

    bool storeClientSecret(const Environment &env)
    {
        bool done = false;
        bool ok = false;
        QObject context;
        m_rig->store.write(auth::SecretId::clientSecret(env.id()),
            sandbox::SandboxServer::demoClient().clientSecret, &context,
            [&](const auth::SecretStore::Result &r) {
                ok = r.ok();
                done = true;
            });
        return QTest::qWaitFor([&] { return done; }, 5000) && ok;
    }

    QString storedRefreshToken(const QString &patientId)
    {
        QString value;
        bool done = false;
        QObject context;
        m_rig->store.read(auth::SecretId::refreshToken(customEnvironment().id(), patientId),
            &context, [&](const auth::SecretStore::Result &r) {
                value = r.value;
                done = true;
            });
        return QTest::qWaitFor([&] { return done; }, 5000) ? value : QString();
    }

    std::unique_ptr<AccountService> makeService()
    {
        return std::make_unique<AccountService>(*m_settings, &m_rig->store, &m_rig->nam);
    }

    // Signs in to the custom environment through the scripted login; the patient id, or empty.
    QString signIn(AccountService &service, const QString &user = u"BBUser00001"_s)
    {
        const Environment env = customEnvironment();
        if (!storeClientSecret(env))
            return {};
        QSignalSpy ok(&service, &AccountService::signedIn);
        QSignalSpy bad(&service, &AccountService::signInFailed);
        auto *driver = new authtest::HttpLoginDriver(env.redirectUri());
        driver->choices.user = user;
        service.signIn(env, driver);
        if (!QTest::qWaitFor([&] { return ok.size() + bad.size() > 0; }, 20000) || ok.isEmpty())
            return {};
        return ok.first().first().toString();
    }

    static bool waitFinished(Sync *sync, int ms = 60000)
    {
        QSignalSpy finished(sync, &Sync::finished);
        return !sync->isRunning() || finished.wait(ms);
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_settings = std::make_unique<QSettings>(
            m_dir.filePath(
                u"settings-%1.ini"_s.arg(QString::fromLatin1(QTest::currentTestFunction()))),
            QSettings::IniFormat);
        m_rig = std::make_unique<authtest::Rig>();
    }

    void cleanup()
    {
        m_rig.reset();
        m_settings.reset();
    }

    // Nothing runs before the demo is chosen; choosing it starts the server, signs in and
    // syncs typed data and the JSON as received from the same pages.
    void demoStartsOnlyWhenChosenAndSyncs()
    {
        AccountService service(*m_settings, &m_rig->store, &m_rig->nam);
        QVERIFY(!service.localSandbox());
        QVERIFY(service.isConfigured(Environment::Kind::Local));
        QCOMPARE(service.state(), AccountService::State::SignedOut);

        const Environment demo = service.environment(Environment::Kind::Local);
        QSignalSpy ok(&service, &AccountService::signedIn);
        service.signIn(demo, new authtest::HttpLoginDriver(demo.redirectUri()));
        QVERIFY(service.localSandbox());
        QVERIFY(ok.wait(20000));
        QCOMPARE(service.state(), AccountService::State::SignedIn);
        QCOMPARE(service.environment().baseUrl(), service.localSandbox()->baseUrl());
        // The demo's tokens die with its server: nothing to reconnect to at the next start.
        QVERIFY(service.storedPatientId(Environment::Kind::Local).isEmpty());
        // ... and nothing of it is left in the keychain the app was given.
        QCOMPARE(m_rig->store.size(), 0);
        QString kept;
        bool read = false;
        m_rig->store.read(auth::SecretId::refreshToken(demo.id(), service.patientId()), this,
            [&](const auth::SecretStore::Result &r) {
                kept = r.value;
                read = true;
            });
        QVERIFY(QTest::qWaitFor([&] { return read; }, 5000));
        QVERIFY(kept.isEmpty());

        SyncRequest request;
        request.rawJson = SyncRequest::RawJson::Archived;
        Sync *sync = service.startSync(request);
        QVERIFY(sync);
        qsizetype claims = 0;
        qsizetype coverages = 0;
        int patients = 0;
        exporting::RawArchive raw;
        QString name;
        connect(sync, &Sync::claimsReceived, this,
            [&](const QList<fhir::Claim> &batch) { claims += batch.size(); });
        connect(sync, &Sync::coveragesReceived, this,
            [&](const QList<fhir::Coverage> &batch) { coverages += batch.size(); });
        connect(sync, &Sync::patientReceived, this, [&](const fhir::Patient &) { ++patients; });
        connect(sync, &Sync::rawArchived, this,
            [&](const exporting::RawArchive &batch) { raw.merge(batch); });
        connect(sync, &Sync::accountNamed, this, [&](const QString &n) { name = n; });
        QVERIFY(waitFinished(sync));
        QVERIFY2(sync->problem().isNull(), qPrintable(sync->problem().message));
        QCOMPARE(claims, 130); // BBUser00000
        QCOMPARE(patients, 1);
        QVERIFY(coverages >= 1);
        QVERIFY(!name.isEmpty());
        QCOMPARE(sync->claimCount(), 130);
        // Every resource's JSON as received, archived while the pages arrived.
        QCOMPARE(raw.size(), claims + coverages + patients);
        QVERIFY(raw.json(u"Patient"_s, service.patientId()).startsWith('{'));
        // The results keep nothing the receiver keeps itself.
        QVERIFY(sync->result(Sync::Part::Claims)->claims.isEmpty());
        QVERIFY(sync->result(Sync::Part::Claims)->raw.isEmpty());
    }

    // What `bbviewer export` asks for: only some parts, whole results with their raw JSON.
    void collectedResults()
    {
        auto service = makeService();
        QVERIFY(!signIn(*service).isEmpty());
        SyncRequest request;
        request.userInfo = request.coverage = false;
        request.collect = true;
        request.rawJson = SyncRequest::RawJson::Collected;
        request.claimQuery.types = {fhir::ClaimType::Pde};
        Sync *sync = service->startSync(request);
        QVERIFY(waitFinished(sync));
        QVERIFY(!sync->result(Sync::Part::UserInfo));
        QVERIFY(!sync->result(Sync::Part::Coverage));
        const net::FetchResult &claims = *sync->result(Sync::Part::Claims);
        QVERIFY(claims.isComplete());
        QVERIFY(!claims.claims.isEmpty());
        QCOMPARE(claims.raw.size(), claims.claims.size());
        for (qsizetype i = 0; i < claims.claims.size(); ++i) {
            QCOMPARE(claims.claims.at(i).type, fhir::ClaimType::Pde);
            QCOMPARE(claims.raw.at(i).id, claims.claims.at(i).id);
        }
        QCOMPARE(sync->result(Sync::Part::Patient)->patients.size(), 1);
    }

    // A sign-in that the keychain kept comes back at the next start without a login page,
    // and the refresh token it used is replaced by the rotated one before anything else.
    void storedSignInIsRestored()
    {
        QString patient;
        {
            auto first = makeService();
            patient = signIn(*first);
            QVERIFY(!patient.isEmpty());
        }
        QCOMPARE(auth::SignedInAccounts(*m_settings).patientId(Environment::Kind::Custom), patient);
        QCOMPARE(auth::EnvironmentSettings(*m_settings).currentKind(), Environment::Kind::Custom);
        const QString before = storedRefreshToken(patient);
        QVERIFY(!before.isEmpty());

        auto next = makeService();
        QCOMPARE(next->lastKind(), Environment::Kind::Custom);
        QCOMPARE(next->storedPatientId(Environment::Kind::Custom), patient);
        QSignalSpy ok(next.get(), &AccountService::signedIn);
        QSignalSpy bad(next.get(), &AccountService::restoreFailed);
        next->restore(customEnvironment(), patient);
        QVERIFY(QTest::qWaitFor([&] { return ok.size() + bad.size() > 0; }, 20000));
        QCOMPARE(bad.size(), 0);
        QCOMPARE(ok.first().at(0).toString(), patient);
        QCOMPARE(ok.first().at(1).toBool(), true);
        const QString after = storedRefreshToken(patient);
        QVERIFY(!after.isEmpty());
        QVERIFY(after != before);
        QCOMPARE(m_rig->refreshStatus(before) / 100, 4); // the old one is spent

        // And the restored sign-in works.
        SyncRequest request;
        request.claims = request.coverage = request.userInfo = false;
        Sync *sync = next->startSync(request);
        QVERIFY(waitFinished(sync));
        QVERIFY(sync->result(Sync::Part::Patient)->isComplete());
    }

    // No keychain: the sign-in works from memory, but it is not persisted, so the account is
    // not recorded for the next start (which would find nothing) and the caller can say so.
    void missingKeychainIsNotPersisted()
    {
        auth::FallbackSecretStore store(std::make_unique<MissingKeychain>());
        const Environment env = customEnvironment();
        bool written = false;
        QObject context;
        store.write(auth::SecretId::clientSecret(env.id()),
            sandbox::SandboxServer::demoClient().clientSecret, &context,
            [&](const auth::SecretStore::Result &r) { written = r.ok(); });
        QTRY_VERIFY(written); // kept in memory for this session
        QVERIFY(store.isMemoryOnly());

        AccountService service(*m_settings, &store, &m_rig->nam);
        QSignalSpy ok(&service, &AccountService::signedIn);
        QSignalSpy bad(&service, &AccountService::signInFailed);
        auto *driver = new authtest::HttpLoginDriver(env.redirectUri());
        driver->choices.user = u"BBUser00001"_s;
        service.signIn(env, driver);
        QVERIFY(QTest::qWaitFor([&] { return ok.size() + bad.size() > 0; }, 20000));
        QCOMPARE(bad.size(), 0);
        QCOMPARE(service.state(), AccountService::State::SignedIn);
        QCOMPARE(ok.first().at(1).toBool(), false);
        QVERIFY(auth::SignedInAccounts(*m_settings).patientId(Environment::Kind::Custom).isEmpty());
        QVERIFY(auth::EnvironmentSettings(*m_settings).currentKind() != Environment::Kind::Custom);
    }

    void endedGrantIsForgotten()
    {
        QString patient;
        {
            auto first = makeService();
            patient = signIn(*first);
            QVERIFY(!patient.isEmpty());
        }
        m_rig->sandbox.expireGrants(patient);
        auto next = makeService();
        QSignalSpy bad(next.get(), &AccountService::restoreFailed);
        next->restore(customEnvironment(), patient);
        QVERIFY(bad.wait(20000));
        QCOMPARE(bad.first().at(0).value<AccountService::RestoreFailure>(),
            AccountService::RestoreFailure::Ended);
        QVERIFY(bad.first().at(1).value<auth::AuthError>().isError());
        QCOMPARE(next->state(), AccountService::State::SignedOut);
        QVERIFY(next->storedPatientId(Environment::Kind::Custom).isEmpty());
    }

    void unreachableServerKeepsTheSignIn()
    {
        QString patient;
        {
            auto first = makeService();
            patient = signIn(*first);
            QVERIFY(!patient.isEmpty());
        }
        Environment gone = customEnvironment();
        gone.setBaseUrl(QUrl(u"http://127.0.0.1:9"_s)); // nothing listens on discard
        // Same registration, so the same stored secret and tokens.
        QCOMPARE(gone.id(), customEnvironment().id());
        auto next = makeService();
        QSignalSpy bad(next.get(), &AccountService::restoreFailed);
        next->restore(gone, patient);
        QVERIFY(bad.wait(30000));
        QCOMPARE(bad.first().at(0).value<AccountService::RestoreFailure>(),
            AccountService::RestoreFailure::Unreachable);
        QCOMPARE(next->storedPatientId(Environment::Kind::Custom), patient);
        QVERIFY(!storedRefreshToken(patient).isEmpty());
    }

    void nothingStored()
    {
        auto service = makeService();
        QVERIFY(storeClientSecret(customEnvironment()));
        QSignalSpy bad(service.get(), &AccountService::restoreFailed);
        service->restore(customEnvironment(), u"-19990000000001"_s);
        QVERIFY(bad.wait(10000));
        QCOMPARE(bad.first().at(0).value<AccountService::RestoreFailure>(),
            AccountService::RestoreFailure::NothingStored);

        // No client secret at all: a login cannot start either, and says where to fix it.
        auto fresh = std::make_unique<AccountService>(*m_settings, nullptr, &m_rig->nam);
        QSignalSpy failed(fresh.get(), &AccountService::signInFailed);
        fresh->signIn(customEnvironment(), new authtest::HttpLoginDriver(QUrl()));
        QVERIFY(!failed.isEmpty() || failed.wait(5000));
        QCOMPARE(failed.first().first().value<auth::AuthError>().kind,
            auth::AuthError::Kind::Misconfigured);
    }

    // Failures become what happened and what to do; a retry fetches only what is missing.
    void problemsAndRetry()
    {
        auto service = makeService();
        QVERIFY(!signIn(*service).isEmpty());
        sandbox::FaultSettings failing;
        failing.errorRate = 1.0;
        m_rig->sandbox.setFaults(failing);
        SyncRequest request;
        request.userInfo = request.patient = request.coverage = false;
        request.collect = true;
        Sync *sync = service->startSync(request);
        QSignalSpy problems(sync, &Sync::problemChanged);
        QVERIFY(waitFinished(sync, 120000));
        QCOMPARE(sync->problem().action, SyncProblem::Action::Retry);
        QVERIFY(!sync->problem().message.isEmpty());
        QCOMPARE(problems.size(), 1);

        m_rig->sandbox.setFaults({});
        QVERIFY(sync->retryMissing());
        QVERIFY(sync->problem().isNull());
        QVERIFY(waitFinished(sync, 120000));
        QVERIFY(sync->result(Sync::Part::Claims)->isComplete());
        QCOMPARE(sync->result(Sync::Part::Claims)->claims.size(), 43); // BBUser00001
        QVERIFY(sync->problem().isNull());
    }

    void endedGrantDuringSyncAsksToReconnect()
    {
        auto service = makeService();
        const QString patient = signIn(*service);
        QVERIFY(!patient.isEmpty());
        m_rig->sandbox.revokeGrants(patient);
        Sync *sync = service->startSync({});
        QVERIFY(waitFinished(sync));
        QCOMPARE(sync->problem().action, SyncProblem::Action::Reconnect);
    }

    void signOutForgetsEverything()
    {
        auto service = makeService();
        const QString patient = signIn(*service);
        QVERIFY(!patient.isEmpty());
        QVERIFY(!storedRefreshToken(patient).isEmpty());
        QSignalSpy out(service.get(), &AccountService::signedOut);
        service->signOut();
        QVERIFY(out.wait(20000));
        QCOMPARE(service->state(), AccountService::State::SignedOut);
        QVERIFY(!service->tokens());
        QVERIFY(service->storedPatientId(Environment::Kind::Custom).isEmpty());
        QCOMPARE(auth::EnvironmentSettings(*m_settings).currentKind(), Environment::Kind::Local);
        QVERIFY(storedRefreshToken(patient).isEmpty());
        QVERIFY(!service->startSync({}));
    }

    void bareAccessToken()
    {
        auto service = makeService();
        QString token;
        {
            // A token from a sign-in elsewhere.
            auto other = makeService();
            QVERIFY(!signIn(*other).isEmpty());
            token = other->tokens()->accessToken();
            other->closeConnection();
        }
        service->useAccessToken(customEnvironment(), token, {});
        QCOMPARE(service->state(), AccountService::State::SignedIn);
        SyncRequest whose;
        whose.patient = whose.coverage = whose.claims = false;
        Sync *sync = service->startSync(whose);
        QVERIFY(waitFinished(sync));
        const QString patient =
            sync->result(Sync::Part::UserInfo)->json.value("patient"_L1).toString();
        QVERIFY(!patient.isEmpty());
        service->setPatientId(patient);
        QCOMPARE(service->patientId(), patient);
        // Nothing of a bare token is stored.
        QVERIFY(service->storedPatientId(Environment::Kind::Custom) == patient
            || service->storedPatientId(Environment::Kind::Custom).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAccountService)
#include "tst_account_service.moc"
