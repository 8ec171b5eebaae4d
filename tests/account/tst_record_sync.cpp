// A kept record brought up to date against the sandbox over loopback, while the sandbox adds,
// changes and removes claims as its clock moves: after any sequence of incremental syncs the
// record must be exactly what a full download returns at that moment.
#include "account/accountservice.h"
#include "account/recordstore.h"
#include "account/recordsync.h"
#include "account/sync.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxwalker.h"
#include "store/storeerror.h"
#include "storefixtures.h"

#include <QDirIterator>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace bb;
using account::LocalRecord;
using account::RecordSync;

namespace {

const QDateTime kOrigin(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC);
constexpr qint64 kDay = 86400;

// What a person sees of a claim: enough to tell two versions apart.
QStringList fingerprint(const LocalRecord &record)
{
    QStringList lines;
    for (const fhir::Claim &c : record.typed.claims) {
        lines << u"%1 %2 %3 %4 %5"_s.arg(c.id, c.lastUpdated.toString(Qt::ISODateWithMs))
                     .arg(c.payment ? c.payment->cents() : -1)
                     .arg(c.amounts.billed ? c.amounts.billed->cents() : -1)
                     .arg(c.items.size());
    }
    lines.sort();
    for (const fhir::Coverage &c : record.typed.coverages)
        lines << c.id + u' ' + c.lastUpdated.toString(Qt::ISODateWithMs) + u' ' + c.contractId;
    for (const fhir::Patient &p : record.typed.patients)
        lines << p.id + u' ' + p.postalCode;
    return lines;
}

struct Fixture
{
    explicit Fixture(quint64 seed)
        : server(seed)
        , settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat)
        , service(settings, &secrets, &nam)
    {
        server.clock().freeze(kOrigin);
        sandbox::FaultSettings faults;
        faults.accessTokenLifetimeSeconds = 400 * 86400; // the clock moves by days here
        server.setFaults(faults);
        if (!server.listen())
            return;
        sandbox::walker::Client client(server.baseUrl());
        sandbox::walker::FlowOptions options;
        options.user = u"BBUser00001"_s;
        const QJsonObject token = sandbox::walker::login(client, options);
        patient = token.value(u"patient"_s).toString();
        auth::Environment env = auth::Environment::defaults(auth::Environment::Kind::Custom);
        env.setBaseUrl(server.baseUrl());
        service.useAccessToken(env, token.value(u"access_token"_s).toString(), patient);
    }

    // One RecordSync from `kept`; the record it ends with.
    LocalRecord sync(LocalRecord kept, RecordSync::Mode *mode = nullptr, int *requests = nullptr)
    {
        account::SyncRequest request;
        request.maxConcurrentRequests = 4;
        RecordSync recordSync(&service, std::move(kept), request, kOrigin);
        QSignalSpy finished(&recordSync, &RecordSync::finished);
        recordSync.start();
        if (!finished.wait(60000))
            return {};
        if (mode)
            *mode = recordSync.mode();
        if (requests)
            *requests = recordSync.requests();
        return recordSync.takeRecord();
    }

    QTemporaryDir dir;
    sandbox::SandboxServer server;
    QNetworkAccessManager nam;
    storetest::PersistentMemoryStore secrets;
    QSettings settings;
    account::AccountService service;
    QString patient;
};

} // namespace

class TestRecordSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nothingNewCostsFourRequestsInOneRoundTrip()
    {
        Fixture f(3);
        QVERIFY(!f.patient.isEmpty());
        RecordSync::Mode mode {};
        const LocalRecord first = f.sync({}, &mode);
        QCOMPARE(mode, RecordSync::Mode::Full);
        QCOMPARE(first.typed.claims.size(), 43);
        QVERIFY(first.state.complete);
        QCOMPARE(first.raw.size(), 43 + first.typed.coverages.size() + 1);
        QVERIFY(first.state.newestClaimUpdate.isValid());

        int requests = 0;
        const LocalRecord second = f.sync(first, &mode, &requests);
        QCOMPARE(mode, RecordSync::Mode::Incremental);
        // Patient, Coverage, the changed claims (the last day's, again) and the count.
        QCOMPARE(requests, 4);
        QCOMPARE(fingerprint(second), fingerprint(first));
        QCOMPARE(second.raw.size(), first.raw.size());
        QVERIFY(second.state.complete);
        QCOMPARE(second.state.serverClaimTotal, 43);
    }

    void incrementalEqualsFull_data()
    {
        QTest::addColumn<quint64>("seed");
        for (quint64 seed : {1, 2, 3, 4, 5})
            QTest::addRow("seed %llu", seed) << seed;
    }

    void incrementalEqualsFull()
    {
        QFETCH(quint64, seed);
        Fixture f(seed);
        QVERIFY(!f.patient.isEmpty());
        LocalRecord kept = f.sync({});
        QVERIFY(kept.state.complete);
        QRandomGenerator random {quint32(seed)};
        int removals = 0;
        for (int round = 0; round < 6; ++round) {
            f.server.clock().advance(random.bounded(1, 10) * kDay);
            sandbox::ClaimChanges changes;
            changes.added = random.bounded(0, 4);
            changes.updated = random.bounded(0, 4);
            changes.removed = round == 3 || random.bounded(0, 5) == 0 ? 1 : 0;
            changes.seed = seed * 100 + quint64(round);
            removals += changes.removed;
            f.server.changeClaims(f.patient, changes);
            if (random.bounded(0, 3) == 0)
                f.server.updateDemographics(f.patient, sandbox::Demographics::Coverage);
            if (random.bounded(0, 4) == 0)
                f.server.updateDemographics(f.patient, sandbox::Demographics::Patient);

            RecordSync::Mode mode {};
            kept = f.sync(std::move(kept), &mode);
            QVERIFY(kept.state.complete);
            QVERIFY(mode != RecordSync::Mode::Full);
            if (changes.removed)
                QCOMPARE(mode, RecordSync::Mode::IncrementalThenFull);
            const LocalRecord full = f.sync({});
            QCOMPARE(fingerprint(kept), fingerprint(full));
            // The JSON as received follows too: every claim's current bytes, nothing removed.
            QCOMPARE(kept.raw.size(), full.raw.size());
            for (const fhir::Claim &c : full.typed.claims)
                QCOMPARE(kept.raw.json(u"ExplanationOfBenefit"_s, c.id),
                    full.raw.json(u"ExplanationOfBenefit"_s, c.id));
        }
        Q_UNUSED(removals);
    }

    void keptRecordReopensAsItWas()
    {
        Fixture f(7);
        const LocalRecord record = f.sync({});
        QVERIFY(!record.isEmpty());
        QTemporaryDir storeDir;
        {
            account::RecordStore store(storeDir.path(), u"custom"_s, f.patient, &f.secrets);
            QSignalSpy saved(&store, &account::RecordStore::saved);
            store.save(record);
            QVERIFY(saved.wait(20000));
            QVERIFY(saved.first().first().value<store::StoreError>().ok());
        }
        account::RecordStore store(storeDir.path(), u"custom"_s, f.patient, &f.secrets);
        QSignalSpy loaded(&store, &account::RecordStore::loaded);
        store.load();
        QVERIFY(loaded.wait(20000));
        QVERIFY(loaded.first().at(1).value<store::StoreError>().ok());
        const auto back = loaded.first().first().value<LocalRecord>();
        QCOMPARE(fingerprint(back), fingerprint(record));
        QCOMPARE(back.state, record.state);
        QCOMPARE(back.raw.size(), record.raw.size());
        for (const fhir::Claim &c : record.typed.claims)
            QCOMPARE(back.raw.json(u"ExplanationOfBenefit"_s, c.id),
                record.raw.json(u"ExplanationOfBenefit"_s, c.id));

        // Nothing of the person is readable in any file written.
        const fhir::Patient &p = record.typed.patients.constFirst();
        QStringList secrets {p.currentMbi(), record.typed.claims.constFirst().id,
            record.typed.claims.constFirst().claimNumber};
        for (const fhir::Claim &c : record.typed.claims) {
            if (const fhir::Diagnosis *d = c.principalDiagnosis()) {
                secrets << d->code;
                break;
            }
        }
        for (const fhir::HumanName &n : p.names)
            secrets << n.family;
        secrets.removeAll(QString());
        QVERIFY(secrets.size() >= 4);
        QDirIterator it(storeDir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            ++files;
            for (const QString &s : std::as_const(secrets)) {
                QVERIFY2(!bytes.contains(s.toUtf8()), qPrintable(s));
                QVERIFY2(!bytes.contains(
                             QByteArray(reinterpret_cast<const char *>(s.utf16()), s.size() * 2)),
                    qPrintable(s));
            }
        }
        QVERIFY(files >= 1);
    }
};

QTEST_GUILESS_MAIN(TestRecordSync)
#include "tst_record_sync.moc"
