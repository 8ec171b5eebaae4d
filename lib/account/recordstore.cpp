#include "account/recordstore.h"

#include "account/logging.h"
#include "store/localstore.h"

#include <QDataStream>
#include <QFutureWatcher>
#include <QIODevice>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace bb::account {

namespace {

constexpr quint32 kRecordVersion = 1;

store::Snapshot toSnapshot(const LocalRecord &record)
{
    store::Snapshot snapshot;
    snapshot.appData = RecordStore::encodeRecord(record);
    // The archive's entries are zlib-compressed already: kept as they are, so neither saving
    // nor reopening compresses them again.
    snapshot.resourcesCompressed = true;
    const QList<exporting::RawArchive::Compressed> entries = record.raw.compressedEntries();
    snapshot.resources.reserve(entries.size());
    for (const exporting::RawArchive::Compressed &entry : entries) {
        fhir::RawResource resource = entry.meta;
        resource.json = entry.zlib;
        snapshot.resources.append(std::move(resource));
    }
    store::SyncState claims;
    claims.lastCompleteSync = record.state.newestClaimUpdate;
    claims.lastFullSync = record.state.lastFullSync;
    claims.resourceCount = record.typed.claims.size();
    claims.serverTotal = record.state.serverClaimTotal;
    snapshot.syncStates.insert(u"ExplanationOfBenefit"_s, claims);
    return snapshot;
}

std::optional<LocalRecord> fromSnapshot(const store::Snapshot &snapshot)
{
    LocalRecord record;
    if (!RecordStore::decodeRecord(snapshot.appData, &record))
        return std::nullopt;
    QList<exporting::RawArchive::Compressed> entries;
    entries.reserve(snapshot.resources.size());
    for (const fhir::RawResource &resource : snapshot.resources) {
        exporting::RawArchive::Compressed entry {resource, resource.json};
        entry.meta.json.clear();
        if (!snapshot.resourcesCompressed)
            entry.zlib = qCompress(resource.json, 1);
        entries.append(std::move(entry));
    }
    record.raw = exporting::RawArchive::fromCompressed(std::move(entries));
    return record;
}

} // namespace

RecordStore::RecordStore(const QString &directory, const QString &environment,
    const QString &patientId, auth::SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_environment(environment)
    , m_patientId(patientId)
    , m_store(new store::LocalStore(directory, environment, patientId, secrets, this))
{
    qRegisterMetaType<LocalRecord>();
    qRegisterMetaType<store::StoreError>();
    connect(m_store, &store::LocalStore::loadFinished, this, &RecordStore::onLoaded);
    connect(m_store, &store::LocalStore::saveFinished, this,
        [this](const store::StoreError &error) { Q_EMIT saved(error); });
    connect(m_store, &store::LocalStore::removeFinished, this,
        [this](const store::StoreError &error) { Q_EMIT removed(error); });
}

RecordStore::~RecordStore() = default;

QString RecordStore::defaultDirectory()
{
    const QString override = qEnvironmentVariable("BBVIEWER_DATA_DIR");
    const QString base = override.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
        : override;
    return base + u"/store"_s;
}

QString RecordStore::location() const
{
    return m_store->location();
}

qint64 RecordStore::sizeOnDisk() const
{
    return m_store->sizeOnDisk();
}

bool RecordStore::isBusy() const
{
    return m_converting > 0 || m_store->isBusy();
}

QByteArray RecordStore::encodeRecord(const LocalRecord &record)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    const RecordState &s = record.state;
    out << kRecordVersion << s.newestClaimUpdate << s.lastSync << s.lastFullSync
        << s.serverClaimTotal << s.accountName << s.complete << s.patientNotShared
        << fhir::binarycodec::encode(record.typed);
    return bytes;
}

bool RecordStore::decodeRecord(const QByteArray &bytes, LocalRecord *record)
{
    QDataStream in(bytes);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 version = 0;
    in >> version;
    if (version != kRecordVersion)
        return false;
    RecordState s;
    QByteArray typed;
    in >> s.newestClaimUpdate >> s.lastSync >> s.lastFullSync >> s.serverClaimTotal >> s.accountName
        >> s.complete >> s.patientNotShared >> typed;
    if (in.status() != QDataStream::Ok || !in.atEnd())
        return false;
    auto resources = fhir::binarycodec::decode(typed);
    if (!resources)
        return false;
    record->typed = std::move(*resources);
    record->state = s;
    return true;
}

void RecordStore::load()
{
    m_store->load();
}

void RecordStore::onLoaded(const store::LoadResult &result)
{
    if (!result.ok()) {
        Q_EMIT loaded({}, result.error);
        return;
    }
    ++m_converting;
    auto *watcher = new QFutureWatcher<std::optional<LocalRecord>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        --m_converting;
        std::optional<LocalRecord> record = watcher->result();
        if (!record) {
            // Sealed by us but not readable by this version: as good as no file.
            qCWarning(lcAccount) << "stored record of another format version; downloading again";
            Q_EMIT loaded({},
                store::StoreError::make(
                    store::StoreError::Kind::NoFile, u"record format not readable"_s));
            return;
        }
        Q_EMIT loaded(*record, {});
    });
    watcher->setFuture(
        QtConcurrent::run([snapshot = result.snapshot] { return fromSnapshot(snapshot); }));
}

void RecordStore::save(const LocalRecord &record)
{
    ++m_converting;
    const quint64 generation = ++m_saveGeneration;
    auto *watcher = new QFutureWatcher<store::Snapshot>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        --m_converting;
        // Conversions may end out of order: only the newest record is worth writing.
        if (generation == m_saveGeneration)
            m_store->save(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([record] { return toSnapshot(record); }));
}

void RecordStore::remove()
{
    ++m_saveGeneration; // a record still being converted is not written after this
    m_store->remove();
}

} // namespace bb::account
