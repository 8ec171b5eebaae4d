#include "fhir/parser.h"
#include "fhir/rawresources.h"
#include "store/compression.h"
#include "store/compressionstream.h"
#include "store/storeformat.h"
#include "store/storekey.h"
#include "storefixtures.h"
#include "testdata.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace bb;
using store::Compression;
using store::CompressionChoice;
using store::Snapshot;
using store::StoreBinding;
using store::StoreKey;

namespace {

const StoreBinding kAlice {u"sandbox"_s, u"-10000010254618"_s};

// The recorded sandbox search and BFD's examples of the other types, as the sync keeps them.
Snapshot fixtureSnapshot()
{
    Snapshot snapshot;
    snapshot.savedAt = QDateTime(QDate(2026, 12, 1), QTime(9, 30), Qt::OffsetFromUTC, 3600);
    QStringList files = testdata::sandboxPageFiles();
    files << u"bfd-v2-normalized/patientRead.json"_s
          << u"bfd-v2-normalized/coverageSearchByPatientId.json"_s
          << u"bfd-v2-normalized/eobReadCarrier.json"_s;
    for (const QString &file : files)
        snapshot.resources += fhir::splitResources(testdata::readOrFail(file), file).resources;
    store::SyncState claims;
    claims.lastCompleteSync =
        QDateTime(QDate(2026, 11, 30), QTime(23, 59, 58, 123), Qt::OffsetFromUTC, -5 * 3600);
    claims.lastFullSync = QDateTime(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC);
    claims.resourceCount = 52;
    claims.serverTotal = 53;
    claims.failedPages
        << u"https://sandbox.bluebutton.cms.gov/v2/fhir/ExplanationOfBenefit/?startIndex=50"_s;
    snapshot.syncStates.insert(u"ExplanationOfBenefit"_s, claims);
    store::SyncState patient;
    patient.lastCompleteSync = QDateTime(QDate(2026, 11, 30), QTime(23, 59), Qt::UTC);
    patient.resourceCount = 1;
    snapshot.syncStates.insert(u"Patient"_s, patient);
    return snapshot;
}

QByteArray sealed(const Snapshot &snapshot, const StoreKey &key,
    const StoreBinding &binding = kAlice, const CompressionChoice &choice = {})
{
    return store::sealSnapshot(snapshot, key, binding, choice);
}

} // namespace

// The file format on its own: what is sealed opens again only with the same key for the same
// person and environment, unchanged and whole.
class TestStoreFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        BB_REQUIRE_FIXTURES(testdata::sandboxPageFiles());
        BB_REQUIRE_FIXTURES(u"bfd-v2-normalized/patientRead.json"_s);
    }

    void keyRoundTripsThroughBase64()
    {
        const StoreKey key = StoreKey::generate();
        QVERIFY(!key.isNull());
        const QString text = key.toBase64();
        QCOMPARE(text.size(), 44);
        QVERIFY(StoreKey::fromBase64(text) == key);
        QVERIFY(!(StoreKey::generate() == key));
        QVERIFY(StoreKey::fromBase64(u"not base64!"_s).isNull());
        QVERIFY(StoreKey::fromBase64(u"c2hvcnQ="_s).isNull()); // 5 bytes, not 32
    }

    void compressionRoundTrips_data()
    {
        QTest::addColumn<int>("method");
        QTest::addColumn<int>("level");
        QTest::newRow("zlib 1") << int(Compression::Zlib) << 1;
        QTest::newRow("zlib 6") << int(Compression::Zlib) << 6;
        QTest::newRow("zstd 3") << int(Compression::Zstd) << 3;
        QTest::newRow("zstd 19") << int(Compression::Zstd) << 19;
    }

    void compressionRoundTrips()
    {
        QFETCH(int, method);
        QFETCH(int, level);
        BB_READ_FIXTURE(page, testdata::sandboxPageFiles().constFirst());
        const CompressionChoice choice {Compression(method), level};
        const QByteArray packed = store::compress(page, choice);
        QVERIFY(!packed.isEmpty());
        QVERIFY(packed.size() < page.size() / 4);
        const std::optional<QByteArray> unpacked = store::decompress(packed, choice.method);
        QVERIFY(unpacked);
        QCOMPARE(*unpacked, page);
        // A frame cut short, or one that would unpack to more than allowed, is refused.
        QVERIFY(!store::decompress(packed.chopped(1), choice.method));
        QVERIFY(!store::decompress(packed, choice.method, page.size() - 1));
    }

    void streamingMatchesOneShot_data() { compressionRoundTrips_data(); }

    void streamingMatchesOneShot()
    {
        QFETCH(int, method);
        QFETCH(int, level);
        const CompressionChoice choice {Compression(method), level};
        QByteArray data;
        for (const QString &file : testdata::sandboxPageFiles())
            data += testdata::readOrFail(file);
        QVERIFY(!QTest::currentTestFailed());
        // Written in uneven pieces, read back in uneven pieces.
        QRandomGenerator random(7);
        store::CompressingSink sink(choice);
        for (qsizetype at = 0; at < data.size();) {
            const qsizetype n = std::min<qsizetype>(random.bounded(1, 300000), data.size() - at);
            QVERIFY(sink.write(QByteArrayView(data).sliced(at, n)));
            at += n;
        }
        const QByteArray frame = sink.finish();
        QVERIFY(!frame.isEmpty());
        QVERIFY(frame.size() < data.size() / 4);
        const auto readBack = [&](const QByteArray &bytes, QByteArray *out) {
            store::DecompressingDevice device(bytes, choice.method);
            for (;;) {
                QByteArray piece(random.bounded(1, 100000), Qt::Uninitialized);
                const qint64 n = device.read(piece.data(), piece.size());
                if (n <= 0)
                    return n == 0 && device.endedCleanly();
                out->append(piece.constData(), n);
            }
        };
        QByteArray unpacked;
        QVERIFY(readBack(frame, &unpacked));
        QCOMPARE(unpacked, data);
        // The same frame as compress() makes, as far as any reader can tell.
        const std::optional<QByteArray> oneShot =
            store::decompress(store::compress(data, choice), choice.method);
        QVERIFY(oneShot);
        QCOMPARE(*oneShot, data);
        QByteArray ignored;
        QVERIFY(!readBack(frame.chopped(1), &ignored));
        ignored.clear();
        QVERIFY(!readBack(frame + QByteArray("x"), &ignored));
        ignored.clear();
        QVERIFY(!readBack(frame.first(frame.size() / 2), &ignored));
    }

    void roundTripKeepsEverything_data()
    {
        QTest::addColumn<int>("method");
        QTest::newRow("zstd") << int(Compression::Zstd);
        QTest::newRow("zlib") << int(Compression::Zlib);
    }

    void roundTripKeepsEverything()
    {
        QFETCH(int, method);
        const Snapshot snapshot = fixtureSnapshot();
        QVERIFY(!QTest::currentTestFailed());
        QCOMPARE_GT(snapshot.resources.size(), 50);
        const StoreKey key = StoreKey::generate();
        const QByteArray file = sealed(snapshot, key, kAlice, {Compression(method), 3});
        QVERIFY(file.startsWith("BBVSTORE\x01"));
        QCOMPARE(quint8(file.at(9)), quint8(method));
        const store::OpenedSnapshot opened = store::openSnapshot(file, key, kAlice);
        QVERIFY2(opened.ok(), qPrintable(opened.failure));
        QVERIFY(opened.snapshot == snapshot);
        for (qsizetype i = 0; i < snapshot.resources.size(); ++i)
            QCOMPARE(opened.snapshot.resources.at(i).json, snapshot.resources.at(i).json);
        const store::SyncState &claims =
            opened.snapshot.syncStates.value(u"ExplanationOfBenefit"_s);
        QCOMPARE(claims.lastCompleteSync.offsetFromUtc(), -5 * 3600);
        QCOMPARE(claims.failedPages.size(), 1);
    }

    void emptySnapshotRoundTrips()
    {
        const StoreKey key = StoreKey::generate();
        Snapshot empty;
        const store::OpenedSnapshot opened = store::openSnapshot(sealed(empty, key), key, kAlice);
        QVERIFY2(opened.ok(), qPrintable(opened.failure));
        QVERIFY(opened.snapshot == empty);
        QVERIFY(opened.snapshot.isEmpty());
    }

    void largePayloadSpansChunks()
    {
        const Snapshot snapshot = storetest::incompressibleSnapshot(300 * 1024);
        const StoreKey key = StoreKey::generate();
        const QByteArray file = sealed(snapshot, key);
        QCOMPARE_GT(file.size(), 4 * store::kStoreChunkSize);
        const store::OpenedSnapshot opened = store::openSnapshot(file, key, kAlice);
        QVERIFY2(opened.ok(), qPrintable(opened.failure));
        QVERIFY(opened.snapshot == snapshot);
    }

    void anyChangedByteIsRefused()
    {
        const Snapshot snapshot = storetest::incompressibleSnapshot(150 * 1024);
        const StoreKey key = StoreKey::generate();
        const QByteArray file = sealed(snapshot, key);
        // The header, the stream header, a first-chunk byte, a middle byte and the last byte.
        for (const qsizetype at : {qsizetype(3), qsizetype(9), qsizetype(20), qsizetype(40),
                 file.size() / 2, file.size() - 1}) {
            QByteArray changed = file;
            changed[at] = char(changed.at(at) ^ 0x01);
            QVERIFY2(!store::openSnapshot(changed, key, kAlice).ok(),
                qPrintable(u"byte %1 changed"_s.arg(at)));
        }
    }

    void cutShortOrExtendedIsRefused()
    {
        const Snapshot snapshot = storetest::incompressibleSnapshot(200 * 1024);
        const StoreKey key = StoreKey::generate();
        const QByteArray file = sealed(snapshot, key);
        const qsizetype firstChunk = 34;
        const qsizetype sealedChunk = store::kStoreChunkSize + 17;
        // Cut exactly after whole chunks: every chunk left is genuine, only FINAL is missing.
        for (qsizetype chunks = 0; chunks * sealedChunk + firstChunk < file.size(); ++chunks) {
            const store::OpenedSnapshot opened =
                store::openSnapshot(file.first(firstChunk + chunks * sealedChunk), key, kAlice);
            QVERIFY2(!opened.ok(), qPrintable(u"cut after %1 chunks"_s.arg(chunks)));
        }
        QVERIFY(!store::openSnapshot(file.first(file.size() / 2), key, kAlice).ok());
        QVERIFY(!store::openSnapshot(file.chopped(1), key, kAlice).ok());
        QVERIFY(!store::openSnapshot(file.first(20), key, kAlice).ok());
        QVERIFY(!store::openSnapshot(QByteArray(), key, kAlice).ok());
        // A second stream, or a copy of the last chunk, after FINAL.
        QVERIFY(!store::openSnapshot(QByteArray(file + file.sliced(34)), key, kAlice).ok());
        const store::OpenedSnapshot extended =
            store::openSnapshot(QByteArray(file + "x"), key, kAlice);
        QVERIFY(!extended.ok());
    }

    void anotherKeyOrPersonOrEnvironmentIsRefused()
    {
        const Snapshot snapshot = fixtureSnapshot();
        const StoreKey key = StoreKey::generate();
        const QByteArray file = sealed(snapshot, key);
        QVERIFY(store::openSnapshot(file, key, kAlice).ok());
        QVERIFY(!store::openSnapshot(file, StoreKey::generate(), kAlice).ok());
        QVERIFY(!store::openSnapshot(file, key, {kAlice.environment, u"-10000010254647"_s}).ok());
        QVERIFY(!store::openSnapshot(file, key, {u"production"_s, kAlice.patientId}).ok());
        // The parts are length-prefixed: moving a character across the boundary changes it.
        QVERIFY(!store::openSnapshot(file, key, {u"sandbox-"_s, u"10000010254618"_s}).ok());
        QVERIFY(!store::openSnapshot(file, StoreKey(), kAlice).ok());
    }

    void contentIsNotReadableInTheFile()
    {
        const Snapshot snapshot = fixtureSnapshot();
        const QByteArray file = sealed(snapshot, StoreKey::generate());
        const QByteArray patientId = snapshot.resources.constFirst().id.toUtf8();
        QVERIFY(!patientId.isEmpty());
        QVERIFY(!file.contains(patientId));
        QVERIFY(!file.contains("ExplanationOfBenefit"));
        QVERIFY(!file.contains(kAlice.patientId.toUtf8()));
    }
};

QTEST_GUILESS_MAIN(TestStoreFormat)
#include "tst_store_format.moc"
