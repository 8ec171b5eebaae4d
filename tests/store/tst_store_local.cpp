#include "auth/secretid.h"
#include "store/localstore.h"
#include "store/storekey.h"
#include "storefixtures.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace bb;
using auth::SecretId;
using store::LoadResult;
using store::LocalStore;
using store::Snapshot;
using store::StoreError;

namespace {

const QString kEnvironment = u"sandbox"_s;
// What the store logs when it sets a file aside: the tests expect it, once.
const QRegularExpression kCannotOpen(u"^Cannot open"_s);
const QString kAlice = u"-10000010254618"_s;
const QString kBob = u"-10000010254647"_s;

// What a beneficiary's data holds that nobody should find on the disk in clear.
const QString kName = u"Wilhelmina Xanthopoulou"_s;
const QString kMbi = u"7QW9XK2MP48"_s;
const QString kClaimId = u"-99887766554433"_s;
const QString kDiagnosis = u"Z9981XQ"_s;

Snapshot personalSnapshot()
{
    Snapshot snapshot;
    snapshot.savedAt = QDateTime(QDate(2026, 12, 2), QTime(7, 0), Qt::UTC);
    const QString patient =
        uR"({"resourceType":"Patient","id":"%1","name":[{"text":"%2"}],)"
        uR"("identifier":[{"system":"http://hl7.org/fhir/sid/us-mbi","value":"%3"}]})"_s.arg(
            kAlice, kName, kMbi);
    const QString eob =
        uR"({"resourceType":"ExplanationOfBenefit","id":"carrier-%1",)"
        uR"("identifier":[{"value":"%1"}],"diagnosis":[{"diagnosisCodeableConcept":)"
        uR"({"coding":[{"system":"http://hl7.org/fhir/sid/icd-10","code":"%2"}]}}]})"_s.arg(
            kClaimId, kDiagnosis);
    snapshot.resources << storetest::resource(u"Patient"_s, kAlice, patient.toUtf8())
                       << storetest::resource(
                              u"ExplanationOfBenefit"_s, u"carrier-"_s + kClaimId, eob.toUtf8());
    store::SyncState claims;
    claims.lastCompleteSync =
        QDateTime(QDate(2026, 12, 1), QTime(22, 1, 2), Qt::OffsetFromUTC, -5 * 3600);
    claims.lastFullSync = claims.lastCompleteSync;
    claims.resourceCount = 1;
    claims.serverTotal = 1;
    snapshot.syncStates.insert(u"ExplanationOfBenefit"_s, claims);
    return snapshot;
}

// The bytes every form of `text` takes that could end up in a file: UTF-8, UTF-16 both ways,
// and base64 of the UTF-8 at each of the three alignments it can start at.
QList<QByteArray> formsOf(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    QByteArray le, be;
    for (const QChar c : text) {
        le.append(char(c.unicode() & 0xff)).append(char(c.unicode() >> 8));
        be.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xff));
    }
    QList<QByteArray> forms {utf8, le, be};
    for (int shift = 0; shift < 3; ++shift) {
        // Characters that depend on the neighbouring bytes are left out.
        const QByteArray encoded = QByteArray(QByteArray(shift, 'x') + utf8).toBase64();
        const qsizetype skip = shift ? 4 : 0;
        const qsizetype whole = (utf8.size() - (shift ? 3 - shift : 0)) / 3 * 4;
        forms << encoded.mid(skip, whole);
    }
    return forms;
}

mode_t modeOf(const QString &path)
{
    struct stat info
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return 0;
    return info.st_mode & 07777;
}

} // namespace

// LocalStore end to end: a temporary directory for the disk and a keychain in memory.
class TestLocalStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_root;
    QString m_dir;
    storetest::PersistentMemoryStore *m_secrets = nullptr;

    std::unique_ptr<LocalStore> makeStore(const QString &patient = kAlice)
    {
        return std::make_unique<LocalStore>(m_dir, kEnvironment, patient, m_secrets);
    }

    StoreError save(LocalStore &store, const Snapshot &snapshot)
    {
        QSignalSpy spy(&store, &LocalStore::saveFinished);
        store.save(snapshot);
        if (!spy.wait(20000))
            return StoreError::make(StoreError::Kind::Io, u"no answer"_s);
        return spy.constFirst().constFirst().value<StoreError>();
    }

    LoadResult load(LocalStore &store)
    {
        QSignalSpy spy(&store, &LocalStore::loadFinished);
        store.load();
        if (!spy.wait(20000))
            return {{}, StoreError::make(StoreError::Kind::Io, u"no answer"_s)};
        return spy.constFirst().constFirst().value<LoadResult>();
    }

    QStringList filesInStore() const
    {
        return QDir(m_dir).entryList(QDir::Files | QDir::Hidden, QDir::Name);
    }

    bool keyStored(const QString &patient = kAlice)
    {
        QSignalSpy done(this, &TestLocalStore::keyChecked);
        bool found = false;
        m_secrets->read(SecretId::storeKey(kEnvironment, patient), this,
            [this, &found](const auth::SecretStore::Result &r) {
                found = r.ok();
                Q_EMIT keyChecked();
            });
        done.wait(5000);
        return found;
    }

    void dropKey(const QString &patient = kAlice)
    {
        QSignalSpy done(this, &TestLocalStore::keyChecked);
        m_secrets->remove(SecretId::storeKey(kEnvironment, patient), this,
            [this](const auth::SecretStore::Result &) { Q_EMIT keyChecked(); });
        done.wait(5000);
    }

Q_SIGNALS:
    void keyChecked();

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<StoreError>();
        qRegisterMetaType<LoadResult>();
        QVERIFY(m_root.isValid());
    }

    void init()
    {
        m_dir =
            m_root.filePath(u"store-"_s + QString::number(QRandomGenerator::global()->generate()));
        m_secrets = new storetest::PersistentMemoryStore;
    }

    void cleanup()
    {
        delete m_secrets;
        m_secrets = nullptr;
    }

    void fileNameHidesWhoseDataItIs()
    {
        const QString name = LocalStore::fileNameFor(kEnvironment, kAlice);
        QVERIFY(name.endsWith(u".bbvstore"_s));
        QCOMPARE(name.size(), 32 + 9);
        QVERIFY(!name.contains(u"10000010254618"_s));
        QVERIFY(name != LocalStore::fileNameFor(kEnvironment, kBob));
        QVERIFY(name != LocalStore::fileNameFor(u"production"_s, kAlice));
        QCOMPARE(name, LocalStore::fileNameFor(kEnvironment, kAlice));
    }

    void firstLoadFindsNothingAndCreatesNothing()
    {
        auto store = makeStore();
        const LoadResult result = load(*store);
        QCOMPARE(result.error.kind, StoreError::Kind::NoFile);
        QVERIFY(!result.error.message.isEmpty());
        QVERIFY(!QFileInfo::exists(m_dir));
        QCOMPARE(m_secrets->size(), 0);
        QCOMPARE(store->sizeOnDisk(), 0);
    }

    void roundTripGivesBackWhatWasSaved()
    {
        auto store = makeStore();
        const Snapshot snapshot = personalSnapshot();
        const StoreError saved = save(*store, snapshot);
        QVERIFY2(saved.ok(), qPrintable(saved.detail));
        QVERIFY(keyStored());
        QCOMPARE(filesInStore(), QStringList {LocalStore::fileNameFor(kEnvironment, kAlice)});
        QCOMPARE_GT(store->sizeOnDisk(), 0);
        QCOMPARE(store->sizeOnDisk(), QFileInfo(store->location()).size());

        // A new object, as after a restart.
        auto reopened = makeStore();
        const LoadResult loaded = load(*reopened);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error.detail));
        QVERIFY(loaded.snapshot == snapshot);
        QCOMPARE(loaded.snapshot.resources.at(1).json, snapshot.resources.at(1).json);
        QCOMPARE(loaded.snapshot.syncStates, snapshot.syncStates);
    }

    void saveStampsTheTime()
    {
        auto store = makeStore();
        Snapshot snapshot = personalSnapshot();
        snapshot.savedAt = {};
        QSignalSpy spy(store.get(), &LocalStore::saveFinished);
        const QDateTime before = QDateTime::currentDateTimeUtc();
        store->save(snapshot);
        QVERIFY(spy.wait(20000));
        const QDateTime stamped = spy.constFirst().at(1).toDateTime();
        QVERIFY(stamped >= before.addMSecs(-1));
        const LoadResult loaded = load(*store);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded.snapshot.savedAt, stamped);
    }

    void filesAreForTheirOwnerOnly()
    {
        // A permissive umask must not widen the modes.
        const mode_t previous = ::umask(0);
        auto store = makeStore();
        const StoreError saved = save(*store, personalSnapshot());
        ::umask(previous);
        QVERIFY2(saved.ok(), qPrintable(saved.detail));
        QCOMPARE(modeOf(store->location()), mode_t(0600));
        QCOMPARE(modeOf(m_dir), mode_t(0700));
    }

    void changedByteIsDamagedAndSetAside()
    {
        auto store = makeStore();
        QVERIFY(save(*store, storetest::incompressibleSnapshot(200 * 1024)).ok());
        QFile file(store->location());
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 middle = file.size() / 2;
        file.seek(middle);
        char byte = 0;
        QVERIFY(file.getChar(&byte));
        file.seek(middle);
        QVERIFY(file.putChar(char(byte ^ 0x20)));
        file.close();
        const QByteArray damagedBytes = [&] {
            QFile f(store->location());
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();

        QTest::ignoreMessage(QtWarningMsg, kCannotOpen);
        const LoadResult loaded = load(*store);
        QCOMPARE(loaded.error.kind, StoreError::Kind::Damaged);
        QVERIFY(loaded.error.message.contains(u"full download"_s));
        QVERIFY(!QFileInfo::exists(store->location()));
        QVERIFY(QFileInfo(loaded.error.movedTo)
                    .fileName()
                    .startsWith(LocalStore::fileNameFor(kEnvironment, kAlice) + u".damaged-"_s));
        QFile aside(loaded.error.movedTo);
        QVERIFY(aside.open(QIODevice::ReadOnly));
        QCOMPARE(aside.readAll(), damagedBytes); // kept as it was, not deleted
        QCOMPARE(store->sizeOnDisk(), damagedBytes.size());
        // The next load starts afresh.
        QCOMPARE(load(*store).error.kind, StoreError::Kind::NoFile);
    }

    void cutShortIsDamaged()
    {
        auto store = makeStore();
        QVERIFY(save(*store, storetest::incompressibleSnapshot(200 * 1024)).ok());
        QVERIFY(QFile::resize(store->location(), QFileInfo(store->location()).size() * 2 / 3));
        QTest::ignoreMessage(QtWarningMsg, kCannotOpen);
        const LoadResult loaded = load(*store);
        QCOMPARE(loaded.error.kind, StoreError::Kind::Damaged);
        QVERIFY(!loaded.error.movedTo.isEmpty());
        QVERIFY(!QFileInfo::exists(store->location()));
    }

    void wrongKeyIsDamaged()
    {
        auto store = makeStore();
        QVERIFY(save(*store, personalSnapshot()).ok());
        QSignalSpy done(this, &TestLocalStore::keyChecked);
        m_secrets->write(SecretId::storeKey(kEnvironment, kAlice),
            store::StoreKey::generate().toBase64(), this,
            [this](const auth::SecretStore::Result &) { Q_EMIT keyChecked(); });
        QVERIFY(done.wait(5000));
        QTest::ignoreMessage(QtWarningMsg, kCannotOpen);
        QCOMPARE(load(*store).error.kind, StoreError::Kind::Damaged);
    }

    void anotherPersonsFileIsDamaged()
    {
        auto alice = makeStore(kAlice);
        auto bob = makeStore(kBob);
        QVERIFY(save(*alice, personalSnapshot()).ok());
        Snapshot bobs = personalSnapshot();
        bobs.resources.removeFirst();
        QVERIFY(save(*bob, bobs).ok());
        QVERIFY(alice->location() != bob->location());
        QVERIFY(QFile::remove(alice->location()));
        QVERIFY(QFile::copy(bob->location(), alice->location()));
        QTest::ignoreMessage(QtWarningMsg, kCannotOpen);
        QCOMPARE(load(*alice).error.kind, StoreError::Kind::Damaged);
        // Bob's own file is untouched and still his.
        const LoadResult bobLoaded = load(*bob);
        QVERIFY(bobLoaded.ok());
        QVERIFY(bobLoaded.snapshot == bobs);
    }

    void noKeychainMeansNoStore()
    {
        auth::MemorySecretStore memoryOnly; // isPersistent() == false
        LocalStore store(m_dir, kEnvironment, kAlice, &memoryOnly);
        const StoreError saved = save(store, personalSnapshot());
        QCOMPARE(saved.kind, StoreError::Kind::NoKeychain);
        QVERIFY(!saved.message.isEmpty());
        QVERIFY(!QFileInfo::exists(m_dir));
        QCOMPARE(memoryOnly.size(), 0);
        QCOMPARE(load(store).error.kind, StoreError::Kind::NoKeychain);
    }

    void missingKeySetsTheFileAside()
    {
        auto store = makeStore();
        QVERIFY(save(*store, personalSnapshot()).ok());
        dropKey();
        QVERIFY(!keyStored());
        const LoadResult loaded = load(*store);
        QCOMPARE(loaded.error.kind, StoreError::Kind::KeyMissing);
        QVERIFY(loaded.error.message.contains(u"full download"_s));
        QVERIFY(QFileInfo::exists(loaded.error.movedTo));
        QVERIFY(!QFileInfo::exists(store->location()));
        // No key is made up by a load.
        QVERIFY(!keyStored());
        // The next save starts a new store with a new key.
        QVERIFY(save(*store, personalSnapshot()).ok());
        QVERIFY(load(*store).ok());
    }

    void lockedKeychainLeavesTheFileAlone()
    {
        storetest::LockableStore keychain;
        LocalStore store(m_dir, kEnvironment, kAlice, &keychain);
        const Snapshot snapshot = personalSnapshot();
        QVERIFY(save(store, snapshot).ok());
        keychain.locked = true;
        const LoadResult refused = load(store);
        QCOMPARE(refused.error.kind, StoreError::Kind::NoKeychain);
        QVERIFY(refused.error.detail.contains(u"locked"_s));
        // Not set aside: the key is still there, the keychain only did not answer.
        QVERIFY(refused.error.movedTo.isEmpty());
        QVERIFY(QFileInfo::exists(store.location()));
        keychain.locked = false;
        const LoadResult loaded = load(store);
        QVERIFY(loaded.ok());
        QVERIFY(loaded.snapshot == snapshot);
    }

    void unwritableDirectoryIsAnIoErrorAndKeepsNothingHalfDone()
    {
        // A directory that cannot be created: its parent is a file.
        QFile blocker(m_root.filePath(u"not-a-directory"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        LocalStore store(blocker.fileName() + u"/store"_s, kEnvironment, kAlice, m_secrets);
        const StoreError saved = save(store, personalSnapshot());
        QCOMPARE(saved.kind, StoreError::Kind::Io);
        QVERIFY(!saved.message.isEmpty());
        QVERIFY(!saved.detail.isEmpty());
        QCOMPARE(QFileInfo(blocker.fileName()).size(), 0);
    }

    void removeWithoutKeychainStillDeletesTheFiles()
    {
        auto store = makeStore();
        QVERIFY(save(*store, personalSnapshot()).ok());
        auth::MemorySecretStore memoryOnly;
        LocalStore withoutKeychain(m_dir, kEnvironment, kAlice, &memoryOnly);
        QSignalSpy removed(&withoutKeychain, &LocalStore::removeFinished);
        withoutKeychain.remove();
        QVERIFY(removed.wait(20000));
        QVERIFY(removed.constFirst().constFirst().value<StoreError>().ok());
        QVERIFY(!QFileInfo::exists(store->location()));
    }

    void killedBeforeRenameKeepsThePreviousStore()
    {
        auto store = makeStore();
        const Snapshot snapshot = personalSnapshot();
        QVERIFY(save(*store, snapshot).ok());

        QProcess writer;
        writer.start(QStringLiteral(BB_STORE_CRASHWRITER), {store->location()});
        QVERIFY(writer.waitForStarted(10000));
        QVERIFY(writer.waitForReadyRead(20000));
        const QByteArray line = writer.readLine().trimmed();
        QVERIFY2(line.startsWith("ready "), line.constData());
        const QString temporary = QFile::decodeName(line.mid(6));
        QVERIFY(QFileInfo::exists(temporary));
        QCOMPARE(QFileInfo(temporary).size(), 256 * 1024);
        QCOMPARE(modeOf(temporary), mode_t(0600));
        writer.kill(); // SIGKILL
        QVERIFY(writer.waitForFinished(10000));
        QCOMPARE(writer.exitStatus(), QProcess::CrashExit);

        const LoadResult loaded = load(*store);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error.detail));
        QVERIFY(loaded.snapshot == snapshot);
        // The next save clears what the killed writer left.
        QVERIFY(save(*store, snapshot).ok());
        QVERIFY(!QFileInfo::exists(temporary));
        QCOMPARE(filesInStore(), QStringList {QFileInfo(store->location()).fileName()});
    }

    void savesRunOneAtATimeAndTheNewestWins()
    {
        auto store = makeStore();
        QSignalSpy saved(store.get(), &LocalStore::saveFinished);
        Snapshot first = personalSnapshot();
        Snapshot second = first;
        second.savedAt = second.savedAt.addSecs(60);
        Snapshot third = first;
        third.savedAt = third.savedAt.addSecs(120);
        third.resources.removeLast();
        store->save(first);
        store->save(second); // waits behind the first...
        store->save(third); // ...and is replaced by this one
        QVERIFY(store->isBusy());
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 2, 20000);
        QVERIFY(!store->isBusy());
        QCOMPARE(saved.at(0).at(1).toDateTime(), first.savedAt);
        QCOMPARE(saved.at(1).at(1).toDateTime(), third.savedAt);
        QTest::qWait(50);
        QCOMPARE(saved.size(), 2);
        const LoadResult loaded = load(*store);
        QVERIFY(loaded.ok());
        QVERIFY(loaded.snapshot == third);
    }

    void removeDeletesFilesAndKey()
    {
        auto store = makeStore();
        QVERIFY(save(*store, personalSnapshot()).ok());
        // A damaged copy from an earlier start, and the current store.
        QVERIFY(
            QFile::copy(store->location(), store->location() + u".damaged-20260101T000000000Z"_s));
        QVERIFY(keyStored());
        // Bob's store in the same directory stays.
        auto bob = makeStore(kBob);
        QVERIFY(save(*bob, personalSnapshot()).ok());

        QSignalSpy removed(store.get(), &LocalStore::removeFinished);
        store->remove();
        QVERIFY(removed.wait(20000));
        const StoreError error = removed.constFirst().constFirst().value<StoreError>();
        QVERIFY2(error.ok(), qPrintable(error.detail));
        QVERIFY(!keyStored());
        QCOMPARE(filesInStore(), QStringList {QFileInfo(bob->location()).fileName()});
        QCOMPARE(store->sizeOnDisk(), 0);
        QVERIFY(keyStored(kBob));
        QCOMPARE(load(*store).error.kind, StoreError::Kind::NoFile);
    }

    void nothingPersonalIsReadableOnDisk()
    {
        auto store = makeStore();
        QVERIFY(save(*store, personalSnapshot()).ok());
        // Also a copy set aside, which must be just as unreadable.
        QVERIFY(QFile::copy(store->location(), store->location() + u".damaged-x"_s));
        QList<QByteArray> needles;
        for (const QString &secret : {kName, kMbi, kClaimId, kDiagnosis, kAlice})
            needles += formsOf(secret);
        int files = 0;
        QDirIterator it(m_dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            ++files;
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            for (const QByteArray &needle : std::as_const(needles)) {
                QVERIFY(needle.size() >= 4);
                QVERIFY2(!bytes.contains(needle),
                    qPrintable(path + u": "_s + QString::fromLatin1(needle.toHex())));
                QVERIFY(!path.toUtf8().contains(needle));
            }
        }
        QCOMPARE(files, 2);
    }
};

QTEST_GUILESS_MAIN(TestLocalStore)
#include "tst_store_local.moc"
