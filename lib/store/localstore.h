#pragma once

#include "store/compression.h"
#include "store/snapshot.h"
#include "store/storeerror.h"
#include "store/storeformat.h"
#include "store/storekeys.h"

#include <QObject>
#include <QString>
#include <QThreadPool>

#include <deque>
#include <functional>

namespace bb::auth {
class SecretStore;
}

namespace bb::store {

struct LoadResult
{
    Snapshot snapshot; // empty unless ok()
    StoreError error;

    bool ok() const { return error.ok(); }
};

// The encrypted copy on disk of one person's data in one environment, so the app can show it
// at once on the next start and then fetch only what changed. One file per person, named by
// a hash of environment and patient id (never the id itself), in a directory only its owner
// may open; its key lives only in the keychain (StoreKeys). docs/store.md has the format.
//
// Everything is asynchronous: the keychain is asked on this object's thread, the disk, the
// compression and the encryption run on a worker thread, and the answer comes as a signal.
// Operations run one after another in the order asked; a save asked while another save is
// still waiting replaces it (only the newest data is worth writing), and the replaced one
// reports nothing. Destroying the store waits for a write that has already started, so it
// is never cut off; anything still waiting is dropped.
class LocalStore : public QObject
{
    Q_OBJECT

public:
    // `directory`: where the app keeps stores (AppLocalDataLocation + "/store"); created 0700
    // on the first save. `secrets` must outlive this object.
    LocalStore(const QString &directory, const QString &environment, const QString &patientId,
        auth::SecretStore *secrets, QObject *parent = nullptr);
    ~LocalStore() override;

    // The file's name for a person: 32 hex digits of a BLAKE2b hash of environment and patient
    // id, then ".bbvstore".
    static QString fileNameFor(const QString &environment, const QString &patientId);

    QString directory() const { return m_directory; }
    QString location() const { return m_path; } // the file, whether it exists or not
    // Bytes this person's files take: the store and any copies set aside as damaged.
    qint64 sizeOnDisk() const;
    bool isBusy() const { return m_running || !m_queue.empty(); }

    // Reads the file: loadFinished() with the snapshot, or with NoFile, NoKeychain,
    // KeyMissing, Damaged or Io. A file that cannot be opened (KeyMissing, Damaged) is
    // renamed to "<name>.damaged-<UTC time>", never deleted, and a full download should
    // follow. Nothing is created: no key, no directory.
    void load();
    // Writes `snapshot` (savedAt set to now when invalid) atomically, creating the key in
    // the keychain on the first save. saveFinished() with no error, NoKeychain (nothing was
    // written) or Io (the previous file is untouched).
    void save(const Snapshot &snapshot);
    // Deletes the file, its damaged copies and the key: removeFinished().
    void remove();

    // How saves compress (zstd level 3 unless told); for the benchmark's comparison.
    void setCompression(const CompressionChoice &choice) { m_compression = choice; }

Q_SIGNALS:
    void loadFinished(const bb::store::LoadResult &result);
    void saveFinished(const bb::store::StoreError &error, const QDateTime &savedAt);
    void removeFinished(const bb::store::StoreError &error);

private:
    enum class Operation { Load, Save, Remove };
    struct Step
    {
        Operation operation = Operation::Load;
        Snapshot snapshot; // for Save
    };

    void enqueue(Step step);
    void startNext();
    void answerLater(std::function<void()> answer);
    void runLoad();
    void runSave(Snapshot snapshot);
    void runRemove();

    QString m_directory;
    QString m_path;
    StoreBinding m_binding;
    StoreKeys m_keys;
    CompressionChoice m_compression;
    std::deque<Step> m_queue;
    bool m_running = false;
    QThreadPool m_pool; // one thread: the file is never touched by two operations at once
};

} // namespace bb::store

Q_DECLARE_METATYPE(bb::store::LoadResult)
