#include "store/localstore.h"

#include "store/atomicwrite.h"
#include "store/logging.h"
#include "store/sodium.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFuture>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace bb::store {

namespace {

using Kind = StoreError::Kind;

QString damagedPattern(const QString &fileName)
{
    return fileName + u".damaged-*"_s;
}

// Renames a file that cannot be opened out of the way, keeping it for whoever wants to look
// at it; returns the new path, or empty when even that failed.
QString moveAside(const QString &path)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd'T'HHmmsszzz'Z'"_s);
    QString aside = path + u".damaged-"_s + stamp;
    for (int n = 2; QFileInfo::exists(aside); ++n)
        aside = path + u".damaged-"_s + stamp + u'-' + QString::number(n);
    if (!QFile::rename(path, aside)) {
        qCWarning(lcStore) << "Could not move" << QFileInfo(path).fileName() << "aside";
        return {};
    }
    qCInfo(lcStore) << "Moved" << QFileInfo(path).fileName() << "aside as"
                    << QFileInfo(aside).fileName();
    return aside;
}

StoreError setAside(Kind kind, const QString &path, const QString &detail)
{
    StoreError error = StoreError::make(kind, detail);
    error.movedTo = moveAside(path);
    return error;
}

// Leftovers of a write that was cut off before its rename: never a file anybody reads.
void removeTemporaryFiles(const QString &path)
{
    const QFileInfo info(path);
    QDir dir = info.dir();
    const QStringList names =
        dir.entryList({temporaryFilePattern(path)}, QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &name : names)
        dir.remove(name);
}

LoadResult loadFile(const QString &path, const StoreKey &key, const StoreBinding &binding)
{
    LoadResult result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = file.exists() ? StoreError::make(Kind::Io, file.errorString())
                                     : StoreError::make(Kind::NoFile);
        return result;
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        result.error = StoreError::make(Kind::Io, file.errorString());
        return result;
    }
    file.close();
    OpenedSnapshot opened = openSnapshot(bytes, key, binding);
    if (!opened.ok()) {
        qCWarning(lcStore) << "Cannot open" << QFileInfo(path).fileName() << ":" << opened.failure;
        result.error = setAside(Kind::Damaged, path, opened.failure);
        return result;
    }
    result.snapshot = std::move(opened.snapshot);
    return result;
}

StoreError saveFile(const QString &directory, const QString &path, const Snapshot &snapshot,
    const StoreKey &key, const StoreBinding &binding, const CompressionChoice &compression)
{
    QString why;
    if (!ensurePrivateDirectory(directory, &why))
        return StoreError::make(Kind::Io, why);
    removeTemporaryFiles(path);
    const QByteArray file = sealSnapshot(snapshot, key, binding, compression);
    if (file.isEmpty())
        return StoreError::make(Kind::Io, u"could not seal the data"_s);
    if (!writeFileAtomically(path, file, &why))
        return StoreError::make(Kind::Io, why);
    return {};
}

StoreError removeFiles(const QString &path)
{
    const QFileInfo info(path);
    QDir dir = info.dir();
    QStringList failed;
    if (QFileInfo::exists(path) && !QFile::remove(path))
        failed << info.fileName();
    const QStringList names = dir.entryList(
        {damagedPattern(info.fileName()), temporaryFilePattern(path)}, QDir::Files | QDir::Hidden);
    for (const QString &name : names) {
        if (!dir.remove(name))
            failed << name;
    }
    if (!failed.isEmpty())
        return StoreError::make(Kind::Io, u"could not delete "_s + failed.join(u", "_s));
    return {};
}

} // namespace

LocalStore::LocalStore(const QString &directory, const QString &environment,
    const QString &patientId, auth::SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_directory(QDir::cleanPath(directory))
    , m_path(m_directory + u'/' + fileNameFor(environment, patientId))
    , m_binding {environment, patientId}
    , m_keys(secrets)
{
    m_pool.setMaxThreadCount(1);
}

LocalStore::~LocalStore()
{
    m_queue.clear();
    m_pool.waitForDone();
}

QString LocalStore::fileNameFor(const QString &environment, const QString &patientId)
{
    ensureSodium();
    // Length-prefixed parts, so no two (environment, patient) pairs hash the same input.
    QByteArray input("bbviewer store v1");
    for (const QString &part : {environment, patientId}) {
        const QByteArray utf8 = part.toUtf8();
        input += QByteArray::number(utf8.size()) + ':' + utf8;
    }
    unsigned char hash[16];
    crypto_generichash(hash, sizeof hash,
        reinterpret_cast<const unsigned char *>(input.constData()), std::size_t(input.size()),
        nullptr, 0);
    return QString::fromLatin1(
               QByteArray(reinterpret_cast<const char *>(hash), sizeof hash).toHex())
        + u".bbvstore"_s;
}

qint64 LocalStore::sizeOnDisk() const
{
    const QFileInfo info(m_path);
    qint64 total = info.exists() ? info.size() : 0;
    const QFileInfoList damaged =
        info.dir().entryInfoList({damagedPattern(info.fileName())}, QDir::Files | QDir::Hidden);
    for (const QFileInfo &copy : damaged)
        total += copy.size();
    return total;
}

void LocalStore::load()
{
    enqueue({Operation::Load, {}});
}

void LocalStore::save(const Snapshot &snapshot)
{
    Step step {Operation::Save, snapshot};
    if (!step.snapshot.savedAt.isValid())
        step.snapshot.savedAt = QDateTime::currentDateTimeUtc();
    // A save that has not started yet would only write data that is already out of date.
    if (!m_queue.empty() && m_queue.back().operation == Operation::Save) {
        m_queue.back() = std::move(step);
        return;
    }
    enqueue(std::move(step));
}

void LocalStore::remove()
{
    enqueue({Operation::Remove, {}});
}

void LocalStore::enqueue(Step step)
{
    m_queue.push_back(std::move(step));
    if (!m_running)
        startNext();
}

void LocalStore::answerLater(std::function<void()> answer)
{
    // Never from inside load() or save(): a caller connects or waits after asking.
    QTimer::singleShot(0, this, std::move(answer));
}

void LocalStore::startNext()
{
    if (m_queue.empty())
        return;
    m_running = true;
    Step step = std::move(m_queue.front());
    m_queue.pop_front();
    switch (step.operation) {
    case Operation::Load:
        runLoad();
        break;
    case Operation::Save:
        runSave(std::move(step.snapshot));
        break;
    case Operation::Remove:
        runRemove();
        break;
    }
}

void LocalStore::runLoad()
{
    const auto done = [this](const LoadResult &result) {
        // The next operation may start from a slot connected to this signal; it queues.
        m_running = false;
        Q_EMIT loadFinished(result);
        if (!m_running)
            startNext();
    };
    if (!m_keys.available()) {
        answerLater([done] {
            done({{}, StoreError::make(Kind::NoKeychain, u"no persistent keychain"_s)});
        });
        return;
    }
    if (!QFileInfo::exists(m_path)) {
        answerLater([done] { done({{}, StoreError::make(Kind::NoFile)}); });
        return;
    }
    m_keys.fetch(
        m_binding.environment, m_binding.patientId, this, [this, done](const KeyResult &key) {
            const QString path = m_path;
            if (key.error.kind == Kind::KeyMissing) {
                // Nothing can ever open this file again.
                QtConcurrent::run(&m_pool, [path, detail = key.error.detail]() -> LoadResult {
                    return LoadResult {{}, setAside(Kind::KeyMissing, path, detail)};
                }).then(this, done);
                return;
            }
            if (!key.ok()) {
                done({{}, key.error});
                return;
            }
            QtConcurrent::run(&m_pool, [path, k = key.key, binding = m_binding] {
                return loadFile(path, k, binding);
            }).then(this, done);
        });
}

void LocalStore::runSave(Snapshot snapshot)
{
    const QDateTime savedAt = snapshot.savedAt;
    const auto done = [this, savedAt](const StoreError &error) {
        m_running = false;
        Q_EMIT saveFinished(error, error.ok() ? savedAt : QDateTime());
        if (!m_running)
            startNext();
    };
    if (!m_keys.available()) {
        // No key can be kept, so nothing is written at all.
        answerLater(
            [done] { done(StoreError::make(Kind::NoKeychain, u"no persistent keychain"_s)); });
        return;
    }
    m_keys.fetchOrCreate(m_binding.environment, m_binding.patientId, this,
        [this, done, snapshot = std::move(snapshot)](const KeyResult &key) {
            if (!key.ok()) {
                done(key.error);
                return;
            }
            QtConcurrent::run(&m_pool,
                [directory = m_directory, path = m_path, snapshot, k = key.key, binding = m_binding,
                    compression = m_compression] {
                    return saveFile(directory, path, snapshot, k, binding, compression);
                })
                .then(this, done);
        });
}

void LocalStore::runRemove()
{
    const auto done = [this](const StoreError &error) {
        m_running = false;
        Q_EMIT removeFinished(error);
        if (!m_running)
            startNext();
    };
    QtConcurrent::run(&m_pool, [path = m_path] {
        return removeFiles(path);
    }).then(this, [this, done](const StoreError &files) {
        if (!m_keys.available()) {
            done(files);
            return;
        }
        m_keys.remove(m_binding.environment, m_binding.patientId, this,
            [done, files](const StoreError &key) { done(files.ok() ? key : files); });
    });
}

} // namespace bb::store
