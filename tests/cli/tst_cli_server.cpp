#include "account/recordstore.h"
#include "auth/environmentsettings.h"
#include "auth/signedinaccounts.h"
#include "auth/tokenmanager.h"
#include "authtesthelpers.h"
#include "cli/accesstokenfile.h"
#include "cli/serverfetch.h"
#include "cli/storedrecord.h"
#include "clirun.h"
#include "export/claimset.h"
#include "export/modelcsv.h"
#include "export/viewcsv.h"
#include "fhir/parser.h"
#include "fhir/rawresources.h"
#include "models/claimlistmodel.h"
#include "models/drugsmodel.h"
#include "models/drugssortmodel.h"
#include "models/roles.h"
#include "net/bluebuttonclient.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace bb;

// A keychain in memory that says it persists, as the system keychain does: the record store
// keeps records only then.
class KeptSecrets : public auth::MemorySecretStore
{
    Q_OBJECT

public:
    bool isPersistent() const override { return true; }
};

// `bbviewer export --env`: from the in-process sandbox over loopback, signed in by a scripted
// login (tests/auth/sandboxlogin.*), compared with the export of the same data from files.
class TestCliServer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    struct Result
    {
        int exitCode = -1;
        QByteArray out, err;
    };

    // The real program, as a script runs it: no display. The sandbox lives in this process,
    // so the wait keeps this event loop turning.
    Result runProgram(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"DISPLAY"_s);
        env.remove(u"QT_QPA_PLATFORM"_s);
        env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s)); // never the real settings
        env.insert(u"BBVIEWER_DATA_DIR"_s, m_dir.filePath(u"data"_s)); // nor the real records
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(BB_VIEWER_EXE), QStringList {u"export"_s} + args);
        Result r;
        if (!p.waitForStarted(10000))
            return r;
        if (!QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 90000)) {
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

    QString tokenFile(const QString &token, const QString &name = u"token"_s)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        f.write(token.toUtf8() + '\n');
        return path;
    }

    QString path(const QString &name)
    {
        const QString p = m_dir.filePath(name);
        QFile::remove(p);
        return p;
    }

    // The app's claims and drugs models, filled by the fetching client the app uses.
    static QList<fhir::Claim> fetchClaimsLikeTheApp(authtest::Rig &rig)
    {
        net::BlueButtonClient client(
            net::Endpoints::fromUrls(rig.environment.fhirBaseUrl(), rig.environment.userInfoUrl()),
            rig.session->tokens(), &rig.nam);
        net::FetchJob *job = client.fetchClaims();
        QSignalSpy done(job, &net::FetchJob::finished);
        if (!done.wait(60000) || !job->result().isComplete())
            return {};
        QList<fhir::Claim> claims;
        exporting::mergeClaims(claims, QList<fhir::Claim>(job->result().claims));
        exporting::sortNewestFirst(claims);
        return claims;
    }

    static QByteArray drugsTabCsv(const QList<fhir::Claim> &claims)
    {
        models::ClaimListModel list;
        list.appendClaims(claims);
        models::DrugsModel drugs;
        drugs.setSourceModel(&list);
        models::DrugsSortModel sorted; // as the Drugs tab opens
        sorted.setSourceModel(&drugs);
        sorted.sort(models::DrugsModel::LastFill, Qt::DescendingOrder);
        exporting::ModelCsvOptions options;
        options.includeChildren = true;
        return exporting::modelCsv(&sorted, options).toUtf8();
    }

private Q_SLOTS:
    void tokenFileGivesWhatFilesGive()
    {
        authtest::Rig rig;
        QVERIFY(rig.signIn(u"BBUser00000"_s));
        const QString token = rig.session->tokens()->accessToken();
        const QString patient = rig.session->tokens()->patientId();
        const QString file = tokenFile(token);
        const QString base = rig.sandbox.baseUrl().toString();

        // The resources as received, then every view from them and from the server.
        const QString json = path(u"server.json"_s);
        Result r = runProgram({u"--env"_s, base, u"--access-token-file"_s, file, u"--format"_s,
            u"json"_s, u"--output"_s, json});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(!r.err.contains(token.toUtf8()));
        const fhir::Document doc = fhir::parseDocument(readAll(json), json);
        QVERIFY(doc.ok());
        QCOMPARE(doc.claims.size(), 130);
        // Entries name the server they came from.
        const fhir::RawDocument raw = fhir::splitResources(readAll(json));
        QVERIFY(
            raw.resources.first().fullUrl.startsWith(base + u"/v2/fhir/ExplanationOfBenefit/"_s));

        for (const QString &what : {u"claims"_s, u"claim-lines"_s, u"drugs"_s}) {
            const QString fromServer = path(what + u"-server.csv"_s);
            const QString fromFile = path(what + u"-file.csv"_s);
            // With --patient the token's owner is given; without, userinfo names it.
            const QStringList who =
                what == "claims"_L1 ? QStringList {} : QStringList {u"--patient"_s, patient};
            r = runProgram(QStringList {u"--env"_s, base, u"--access-token-file"_s, file,
                               u"--what"_s, what, u"--output"_s, fromServer}
                + who);
            QVERIFY2(r.exitCode == 0, r.err.constData());
            const CliRun local =
                runExport({u"--input"_s, json, u"--what"_s, what, u"--output"_s, fromFile});
            QVERIFY2(local.exitCode == 0, qPrintable(local.err));
            QCOMPARE(readAll(fromServer), readAll(fromFile));
            QVERIFY(readAll(fromServer).count('\n') > 2);
        }
        // The drugs tab of the app, fed by the app's own client, writes the same file.
        const QList<fhir::Claim> claims = fetchClaimsLikeTheApp(rig);
        QCOMPARE(claims.size(), 130);
        QCOMPARE(readAll(m_dir.filePath(u"drugs-server.csv"_s)), drugsTabCsv(claims));

        // Coverage and patient, and the JSON of one claim type.
        for (const QString &what : {u"coverage"_s, u"patient"_s}) {
            const QString out = path(what + u".csv"_s);
            r = runProgram({u"--env"_s, base, u"--access-token-file"_s, file, u"--what"_s, what,
                u"--output"_s, out});
            QVERIFY2(r.exitCode == 0, r.err.constData());
            QVERIFY(readAll(out).count('\n') >= 4);
        }
        const QString pde = path(u"pde.json"_s);
        r = runProgram({u"--env"_s, base, u"--access-token-file"_s, file, u"--format"_s, u"json"_s,
            u"--type"_s, u"pde"_s, u"--output"_s, pde});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const fhir::Document pdeDoc = fhir::parseDocument(readAll(pde));
        QVERIFY(!pdeDoc.claims.isEmpty());
        for (const fhir::Claim &c : pdeDoc.claims)
            QCOMPARE(c.type, fhir::ClaimType::Pde);
    }

    void refusedTokenWritesNothing_data()
    {
        QTest::addColumn<bool>("expire");
        QTest::newRow("expired") << true;
        QTest::newRow("invalid") << false;
    }

    void refusedTokenWritesNothing()
    {
        QFETCH(bool, expire);
        authtest::Rig rig;
        QVERIFY(rig.signIn(u"BBUser00002"_s));
        QString token = rig.session->tokens()->accessToken();
        if (expire)
            rig.sandbox.clock().advance(3601);
        else
            token = u"not-a-real-access-token-at-all"_s;
        const QString out = path(u"never.csv"_s);
        for (const bool withPatient : {false, true}) {
            QStringList args {u"--env"_s, rig.sandbox.baseUrl().toString(),
                u"--access-token-file"_s, tokenFile(token), u"--output"_s, out};
            if (withPatient)
                args << u"--patient"_s << rig.session->tokens()->patientId();
            const Result r = runProgram(args);
            QCOMPARE(r.exitCode, 5);
            QVERIFY(!QFile::exists(out));
            QCOMPARE(r.err.trimmed().count('\n'), 0);
            QVERIFY2(r.err.contains("access token"), r.err.constData());
            QVERIFY(!r.err.contains(token.toUtf8()));
        }
    }

    void serverFaultsWriteNothing()
    {
        authtest::Rig rig;
        QVERIFY(rig.signIn(u"BBUser00001"_s));
        sandbox::FaultSettings faults;
        faults.errorRate = 1.0; // every FHIR request answers 5xx: beyond every retry
        rig.sandbox.setFaults(faults);
        const QString out = path(u"never.csv"_s);
        const Result r =
            runProgram({u"--env"_s, rig.sandbox.baseUrl().toString(), u"--access-token-file"_s,
                tokenFile(rig.session->tokens()->accessToken()), u"--output"_s, out});
        QCOMPARE(r.exitCode, 5);
        QVERIFY(!QFile::exists(out));
        QCOMPARE(r.err.trimmed().count('\n'), 0);
        QVERIFY(!r.err.trimmed().isEmpty());
    }

    // A storm of 429s (30 in a row, Retry-After: 1): the export waits them out within its
    // waiting budget, says so on stderr, and writes everything.
    void rateLimitStormIsWaitedOut()
    {
        authtest::Rig rig;
        QVERIFY(rig.signIn(u"BBUser00002"_s));
        sandbox::FaultSettings storm;
        storm.throttleStormRequests = 30;
        storm.retryAfterSeconds = 1;
        rig.sandbox.setFaults(storm);
        QSettings settings(m_dir.filePath(u"storm.ini"_s), QSettings::IniFormat);
        const cli::CommandContext ctx {&settings, &rig.store, cli::CommandContext::Progress::Always,
            m_dir.filePath(u"storm-store"_s)};
        const QString out = path(u"storm.csv"_s);
        QElapsedTimer elapsed;
        elapsed.start();
        const CliRun r =
            runExport({u"--env"_s, rig.sandbox.baseUrl().toString(), u"--access-token-file"_s,
                          tokenFile(rig.session->tokens()->accessToken()), u"--output"_s, out},
                ctx);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(readAll(out).count("\r\n"), 1 + 3); // BBUser00002 has 3 claims
        QVERIFY2(r.err.contains(u"asked this app to slow down"_s), qPrintable(r.err));
        QVERIFY(elapsed.elapsed() >= 30 * 1000);
        qInfo("30 answers of 429 with Retry-After: 1 waited out in %lld ms", elapsed.elapsed());
    }

    // Why an export wrote nothing, in numbers that add up: without the first page the number
    // of pages is not known ("1 of 0 pages" before).
    void failureMessagesCountPages()
    {
        net::FetchResult r;
        r.outcome = net::FetchResult::Outcome::Incomplete;
        net::FetchError e;
        e.kind = net::FetchError::Kind::RateLimited;
        r.failedPages.append({0, QUrl(u"http://127.0.0.1/v2/fhir/ExplanationOfBenefit/"_s), e});
        QString text = cli::ServerFetch::failureOf(r, {});
        QVERIFY2(text.startsWith(u"The first page could not be loaded"_s), qPrintable(text));
        QVERIFY(text.contains(e.caption()));
        QVERIFY(!text.contains(u" of 0 "_s));

        r.pagesExpected = 59;
        r.pagesReceived = 57;
        r.failedPages.append({50, QUrl(), e});
        text = cli::ServerFetch::failureOf(r, {});
        QVERIFY2(text.startsWith(u"2 of 59 pages could not be loaded"_s), qPrintable(text));

        // A total that changed on the way: never fewer pages than arrived and failed.
        r.pagesExpected = 3;
        r.pagesReceived = 4;
        text = cli::ServerFetch::failureOf(r, {});
        QVERIFY2(text.startsWith(u"2 of 6 pages"_s), qPrintable(text));
    }

    void tokenFileMustBePrivate_data()
    {
        QTest::addColumn<QFile::Permissions>("mode");
        QTest::newRow("0604") << (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther);
        QTest::newRow("0640") << (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup);
        QTest::newRow("0644") << (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup
            | QFile::ReadOther);
    }

    void tokenFileMustBePrivate()
    {
        QFETCH(QFile::Permissions, mode);
        const QString file = tokenFile(u"secret-token-value-123456"_s, u"open"_s);
        QVERIFY(QFile(file).setPermissions(mode));
        const QString out = path(u"never.csv"_s);
        const CliRun r = runExport({u"--env"_s, u"https://sandbox.bluebutton.cms.gov"_s,
            u"--access-token-file"_s, file, u"--output"_s, out});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(!QFile::exists(out));
        QVERIFY(r.err.contains(u"chmod 600"_s));
        QVERIFY(!r.err.contains(u"secret-token-value"_s));
    }

    // Readable by no one else: the token is taken as it is.
    void privateTokenFileIsAccepted()
    {
        const QString file = tokenFile(u"secret-token-value-123456"_s, u"private"_s);
        QCOMPARE(QFile(file).permissions() & ~(QFile::ReadUser | QFile::WriteUser),
            QFile::ReadOwner | QFile::WriteOwner);
        const cli::AccessTokenFile read = cli::readAccessTokenFile(file);
        QCOMPARE(read.error, QString());
        QCOMPARE(read.token, u"secret-token-value-123456"_s);
    }

    // The app's stored sign-in: the refresh token from the store, refreshed, the rotated one
    // stored before the first FHIR request, as the app does.
    void storedSignInIsRefreshedAndRotated()
    {
        authtest::Rig rig;
        rig.environment = auth::Environment::defaults(auth::Environment::Kind::Custom);
        rig.environment.setBaseUrl(rig.sandbox.baseUrl());
        rig.environment.setClientId(sandbox::SandboxServer::demoClient().clientId);
        rig.makeSession();
        QVERIFY(rig.signIn(u"BBUser00002"_s));
        const QString patient = rig.session->tokens()->patientId();
        const QString before = rig.storedRefreshToken(patient);
        QVERIFY(!before.isEmpty());
        rig.session.reset(); // the app has quit

        QSettings settings(m_dir.filePath(u"stored.ini"_s), QSettings::IniFormat);
        QVERIFY(auth::EnvironmentSettings(settings).save(rig.environment));
        auth::SignedInAccounts(settings).remember(auth::Environment::Kind::Custom, patient);
        QObject context;
        bool written = false;
        rig.store.write(auth::SecretId::clientSecret(u"custom"_s), rig.clientSecret, &context,
            [&](const auth::SecretStore::Result &r) { written = r.ok(); });
        QTRY_VERIFY(written);

        QStringList timeline;
        connect(&rig.store, &authtest::RecordingStore::written, &context,
            [&](const QString &name, const QString &) { timeline << u"stored "_s + name; });
        connect(&rig.sandbox, &sandbox::SandboxServer::requestServed, &context,
            [&](const QString &, const QString &p, int) { timeline << p; });

        const QString out = path(u"stored.csv"_s);
        const cli::CommandContext ctx {&settings, &rig.store, cli::CommandContext::Progress::Never,
            m_dir.filePath(u"store"_s)};
        const CliRun r =
            runExport({u"--env"_s, rig.sandbox.baseUrl().toString(), u"--output"_s, out}, ctx);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(readAll(out).count("\r\n"), 1 + 3); // BBUser00002 has 3 claims

        const QString after = rig.storedRefreshToken(patient);
        QVERIFY(!after.isEmpty());
        QVERIFY(after != before);
        QVERIFY(rig.refreshStatus(before) != 200); // single use: the old one is spent
        const qsizetype stored = timeline.indexOf(u"stored refresh_token"_s);
        const auto firstFhir = std::find_if(timeline.begin(), timeline.end(),
            [](const QString &s) { return s.startsWith(u"/v2/fhir/"_s); });
        QVERIFY(stored >= 0);
        QVERIFY(firstFhir != timeline.end());
        QVERIFY2(stored < firstFhir - timeline.begin(), qPrintable(timeline.join(u", "_s)));
        QVERIFY(!r.err.contains(after) && !r.err.contains(before));

        // The grant ends (13 months, or revoked on Medicare.gov): reconnect, and the dead
        // refresh token is dropped as the app drops it.
        rig.sandbox.expireGrants(patient);
        const CliRun ended =
            runExport({u"--env"_s, rig.sandbox.baseUrl().toString(), u"--output"_s, out}, ctx);
        QCOMPARE(ended.exitCode, 5);
        QVERIFY2(ended.err.contains(u"sign in with the app again"_s), qPrintable(ended.err));
        QTRY_VERIFY(rig.storedRefreshToken(patient).isEmpty());
    }

    void noStoredSignIn()
    {
        QSettings settings(m_dir.filePath(u"empty.ini"_s), QSettings::IniFormat);
        auth::MemorySecretStore store;
        const cli::CommandContext ctx {
            &settings, &store, cli::CommandContext::Progress::Never, m_dir.filePath(u"store"_s)};
        const QString out = path(u"never.csv"_s);
        for (const QString &env : {u"sandbox"_s, u"production"_s, u"http://127.0.0.1:9/"_s}) {
            const CliRun r = runExport({u"--env"_s, env, u"--output"_s, out}, ctx);
            QCOMPARE(r.exitCode, 5);
            QVERIFY(!QFile::exists(out));
            QCOMPARE(r.err.trimmed().count(u'\n'), 0);
            QVERIFY2(r.err.contains(u"--access-token-file"_s), qPrintable(r.err));
        }
    }

    // The record the app keeps: the first export downloads everything and keeps it, the next
    // asks only for what changed, and --offline reads it back without a single request.
    void keptRecordIsUpdatedAndReadOffline()
    {
        auto rig = std::make_unique<authtest::Rig>(); // stopped before the last exports
        // The app's custom server is the sandbox, and BBUser00001 signed in there.
        rig->environment = auth::Environment::defaults(auth::Environment::Kind::Custom);
        rig->environment.setBaseUrl(rig->sandbox.baseUrl());
        rig->environment.setClientId(sandbox::SandboxServer::demoClient().clientId);
        rig->makeSession();
        QVERIFY(rig->signIn(u"BBUser00001"_s));
        const QString patient = rig->session->tokens()->patientId();
        const QString token = tokenFile(rig->session->tokens()->accessToken(), u"kept-token"_s);
        QSettings settings(m_dir.filePath(u"kept.ini"_s), QSettings::IniFormat);
        QVERIFY(auth::EnvironmentSettings(settings).save(rig->environment));
        auth::SignedInAccounts(settings).remember(auth::Environment::Kind::Custom, patient);

        KeptSecrets secrets;
        cli::CommandContext ctx {&settings, &secrets, cli::CommandContext::Progress::Never,
            m_dir.filePath(u"kept-store"_s)};
        account::RecordStore store(ctx.storeDirectory, u"custom"_s, patient, &secrets);

        int fhirRequests = 0;
        int allRequests = 0;
        QObject context;
        connect(&rig->sandbox, &sandbox::SandboxServer::requestServed, &context,
            [&](const QString &, const QString &p, int) {
                ++allRequests;
                if (p.startsWith(u"/v2/fhir/"_s))
                    ++fhirRequests;
            });
        const QString base = rig->sandbox.baseUrl().toString();
        const auto online = [&](const QString &format, const QString &out) {
            return runExport({u"--env"_s, base, u"--access-token-file"_s, token, u"--patient"_s,
                                 patient, u"--format"_s, format, u"--output"_s, out},
                ctx);
        };

        const QString first = path(u"kept-1.csv"_s);
        CliRun r = online(u"csv"_s, first);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        QCOMPARE(readAll(first).count("\r\n"), 1 + 43);
        QCOMPARE(fhirRequests, 3); // Patient, Coverage, one page of claims
        const cli::StoreLoad afterFirst = cli::loadRecord(store);
        QVERIFY2(afterFirst.error.ok(), qPrintable(afterFirst.error.detail));
        QCOMPARE(afterFirst.record.typed.claims.size(), 43);
        QVERIFY(afterFirst.record.state.lastFullSync.isValid());
        QVERIFY(afterFirst.record.state.complete);

        // Two new claims: only what changed is asked for (Patient, Coverage, the changed
        // claims and the count), and the kept record has them.
        QCOMPARE(rig->sandbox.changeClaims(patient, {.added = 2}).added.size(), 2);
        fhirRequests = 0;
        const QString second = path(u"kept-2.csv"_s);
        r = online(u"csv"_s, second);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(readAll(second).count("\r\n"), 1 + 45);
        QCOMPARE(fhirRequests, 4);
        const cli::StoreLoad afterSecond = cli::loadRecord(store);
        QCOMPARE(afterSecond.record.typed.claims.size(), 45);
        QCOMPARE(afterSecond.record.state.lastFullSync, afterFirst.record.state.lastFullSync);
        QVERIFY(afterSecond.record.state.lastSync > afterFirst.record.state.lastSync);
        const QString json = path(u"kept-online.json"_s);
        QCOMPARE(online(u"json"_s, json).exitCode, 0);

        // Offline: not one request, the same bytes, and how old they are.
        allRequests = 0;
        const QString offlineCsv = path(u"kept-offline.csv"_s);
        r = runExport({u"--env"_s, base, u"--offline"_s, u"--output"_s, offlineCsv}, ctx);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.startsWith(u"Data as of "_s), qPrintable(r.err));
        QCOMPARE(readAll(offlineCsv), readAll(second));
        const QString offlineJson = path(u"kept-offline.json"_s);
        r = runExport({u"--env"_s, base, u"--offline"_s, u"--format"_s, u"json"_s, u"--output"_s,
                          offlineJson},
            ctx);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(readAll(offlineJson), readAll(json));
        QCOMPARE(allRequests, 0);

        // With the server gone too.
        const QUrl gone = rig->sandbox.baseUrl();
        rig.reset();
        r = runExport(
            {u"--env"_s, gone.toString(), u"--offline"_s, u"--output"_s, offlineCsv}, ctx);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(readAll(offlineCsv), readAll(second));

        // A damaged file is moved aside, and said so.
        const QDir dir(ctx.storeDirectory);
        const QStringList files = dir.entryList(QDir::Files);
        QVERIFY(!files.isEmpty());
        for (const QString &name : files) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.seek(f.size() / 2);
            f.write("damage");
        }
        QFile::remove(offlineCsv);
        r = runExport(
            {u"--env"_s, gone.toString(), u"--offline"_s, u"--output"_s, offlineCsv}, ctx);
        QCOMPARE(r.exitCode, 3);
        QVERIFY(!QFile::exists(offlineCsv));
        QCOMPARE(r.err.trimmed().count(u'\n'), 0);
        QVERIFY2(r.err.contains(u"damaged"_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"moved aside"_s), qPrintable(r.err));
    }

    void offlineWithNothingKept()
    {
        QSettings settings(m_dir.filePath(u"offline.ini"_s), QSettings::IniFormat);
        auth::Environment custom = auth::Environment::defaults(auth::Environment::Kind::Custom);
        custom.setBaseUrl(QUrl(u"http://127.0.0.1:9/"_s));
        custom.setClientId(u"client"_s);
        QVERIFY(auth::EnvironmentSettings(settings).save(custom));
        KeptSecrets secrets;
        cli::CommandContext ctx {&settings, &secrets, cli::CommandContext::Progress::Never,
            m_dir.filePath(u"empty-store"_s)};
        const QString out = path(u"offline.csv"_s);
        const QStringList args {
            u"--env"_s, u"http://127.0.0.1:9/"_s, u"--offline"_s, u"--output"_s, out};

        // Nobody signed in there.
        CliRun r = runExport(args, ctx);
        QCOMPARE(r.exitCode, 3);
        QVERIFY(!QFile::exists(out));
        QCOMPARE(r.err.trimmed().count(u'\n'), 0);
        QVERIFY2(r.err.contains(u"--offline"_s), qPrintable(r.err));

        // Signed in, but nothing downloaded yet.
        auth::SignedInAccounts(settings).remember(auth::Environment::Kind::Custom, u"-1000"_s);
        r = runExport(args, ctx);
        QCOMPARE(r.exitCode, 3);
        QVERIFY(!QFile::exists(out));
        QVERIFY2(r.err.contains(u"No data from"_s), qPrintable(r.err));

        // A server the app does not know keeps nothing.
        r = runExport(
            {u"--env"_s, u"http://127.0.0.1:8/"_s, u"--offline"_s, u"--output"_s, out}, ctx);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!QFile::exists(out));

        // Without a keychain nothing can be kept, and so nothing read.
        auth::MemorySecretStore memory;
        ctx.secretStore = &memory;
        r = runExport(args, ctx);
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(u"keychain"_s), qPrintable(r.err));

        // The program itself, with the app's settings and data directory empty.
        const Result program = runProgram({u"--env"_s, u"sandbox"_s, u"--offline"_s, u"--what"_s,
            u"coverage"_s, u"--output"_s, out});
        QCOMPARE(program.exitCode, 3);
        QVERIFY(!QFile::exists(out));
        QCOMPARE(program.err.trimmed().count('\n'), 0);
        QVERIFY2(program.err.contains("--offline"), program.err.constData());
    }

    // A keychain in memory only: the export works and says that nothing is kept.
    void memoryKeychainKeepsNothing()
    {
        authtest::Rig rig;
        rig.environment = auth::Environment::defaults(auth::Environment::Kind::Custom);
        rig.environment.setBaseUrl(rig.sandbox.baseUrl());
        rig.environment.setClientId(sandbox::SandboxServer::demoClient().clientId);
        rig.makeSession();
        QVERIFY(rig.signIn(u"BBUser00002"_s));
        const QString patient = rig.session->tokens()->patientId();
        QSettings settings(m_dir.filePath(u"memory.ini"_s), QSettings::IniFormat);
        QVERIFY(auth::EnvironmentSettings(settings).save(rig.environment));
        auth::SignedInAccounts(settings).remember(auth::Environment::Kind::Custom, patient);
        auth::MemorySecretStore memory;
        const cli::CommandContext ctx {&settings, &memory, cli::CommandContext::Progress::Never,
            m_dir.filePath(u"memory-store"_s)};
        const QString out = path(u"memory.csv"_s);
        CliRun r =
            runExport({u"--env"_s, rig.sandbox.baseUrl().toString(), u"--access-token-file"_s,
                          tokenFile(rig.session->tokens()->accessToken(), u"memory-token"_s),
                          u"--patient"_s, patient, u"--output"_s, out},
                ctx);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(readAll(out).count("\r\n"), 1 + 3);
        QVERIFY2(r.err.contains(u"nothing is kept"_s), qPrintable(r.err));
        QVERIFY(QDir(ctx.storeDirectory).entryList(QDir::Files).isEmpty());
        r = runExport(
            {u"--env"_s, rig.sandbox.baseUrl().toString(), u"--offline"_s, u"--output"_s, out},
            ctx);
        QCOMPARE(r.exitCode, 3);
    }

    // --env local: the built-in sandbox inside the command, and a scripted demo sign-in.
    void localDemoUser()
    {
        const QString out = path(u"demo.csv"_s);
        CliRun r = runExport(
            {u"--env"_s, u"local"_s, u"--demo-user"_s, u"BBUser00002"_s, u"--output"_s, out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(readAll(out).count("\r\n"), 1 + 3);
        QVERIFY(r.err.isEmpty()); // no progress unless stderr is a terminal

        // Progress lines, as a terminal would show them: the first at once, the last count.
        cli::CommandContext progress;
        progress.progress = cli::CommandContext::Progress::Always;
        r = runExport(
            {u"--env"_s, u"local"_s, u"--demo-user"_s, u"BBUser00002"_s, u"--output"_s, out},
            progress);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.endsWith(u"3 of 3\n"_s), qPrintable(r.err));

        // Declined "Personal Information": the patient tab's "Not shared" rows.
        r = runExport({u"--env"_s, u"local"_s, u"--demo-user"_s, u"BBUser00004"_s, u"--what"_s,
            u"patient"_s, u"--output"_s, out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(QString::fromUtf8(readAll(out)), exporting::patientCsv(nullptr, true));

        // No Medicare record: the sign-in's own message, nothing written.
        QFile::remove(out);
        r = runExport(
            {u"--env"_s, u"local"_s, u"--demo-user"_s, u"BBUser00006"_s, u"--output"_s, out});
        QCOMPARE(r.exitCode, 5);
        QVERIFY(!QFile::exists(out));
        QCOMPARE(r.err.trimmed().count(u'\n'), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliServer)
#include "tst_cli_server.moc"
