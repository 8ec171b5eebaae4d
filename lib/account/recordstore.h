#pragma once

#include "account/localrecord.h"

#include <QObject>
#include <QPointer>

namespace bb::auth {
class SecretStore;
}

namespace bb::store {
class LocalStore;
struct LoadResult;
struct StoreError;
} // namespace bb::store

namespace bb::account {

// One person's LocalRecord in the encrypted local store (bb::store): what the app shows at
// once on the next start. Turning a record into the store's form and back (about a hundred
// milliseconds for 10,000 claims) runs on a worker thread, like the store's own work.
class RecordStore : public QObject
{
    Q_OBJECT

public:
    // `directory`: where the app keeps stores. `secrets` holds the store's key and must
    // outlive this object.
    RecordStore(const QString &directory, const QString &environment, const QString &patientId,
        auth::SecretStore *secrets, QObject *parent = nullptr);
    ~RecordStore() override;

    // Where the app and `bbviewer export` keep every person's store: AppLocalDataLocation
    // + "/store", or $BBVIEWER_DATA_DIR + "/store" when set (tests, portable use).
    static QString defaultDirectory();

    QString environment() const { return m_environment; }
    QString patientId() const { return m_patientId; }
    QString location() const;
    qint64 sizeOnDisk() const;
    bool isBusy() const;

    // loaded() with the record, or with an empty one and the store's error (NoFile on a
    // first start; Damaged and KeyMissing after the file was set aside).
    void load();
    // saved() when written; NoKeychain means nothing is kept on this computer.
    void save(const LocalRecord &record);
    // Deletes the file and its key: removed().
    void remove();

    // The record in the store's form and back; exposed for tests and the benchmark.
    static QByteArray encodeRecord(const LocalRecord &record);
    static bool decodeRecord(const QByteArray &bytes, LocalRecord *record);

Q_SIGNALS:
    void loaded(const bb::account::LocalRecord &record, const bb::store::StoreError &error);
    void saved(const bb::store::StoreError &error);
    void removed(const bb::store::StoreError &error);

private:
    void onLoaded(const store::LoadResult &result);

    QString m_environment;
    QString m_patientId;
    store::LocalStore *m_store;
    int m_converting = 0;
    quint64 m_saveGeneration = 0;
};

} // namespace bb::account

Q_DECLARE_METATYPE(bb::account::LocalRecord)
