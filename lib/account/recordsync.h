#pragma once

#include "account/localrecord.h"
#include "account/syncproblem.h"
#include "account/syncrequest.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

namespace bb::account {

class AccountService;
class Sync;

// Brings a kept record up to date. With nothing kept, or a full download due, it downloads
// everything. Otherwise it asks only for claims updated since the newest one kept, with
// Patient and Coverage in full (one small page each; a full read also sees a coverage that
// ended) and the server's claim count beside them: four requests in one round trip. When the
// merged claims do not add up to that count, something was removed (the API does not say
// what), and a full download follows.
//
// Each Sync it runs is announced by syncStarted() before its first request, so a front end
// can stream it into its views as it does a plain sync.
class RecordSync : public QObject
{
    Q_OBJECT

public:
    enum class Mode : quint8 {
        Full, // everything was downloaded
        Incremental, // only what changed
        IncrementalThenFull, // the counts did not add up after what changed
    };
    Q_ENUM(Mode)

    // `account` must be signed in. `base` is the request's shape (concurrency, raw JSON);
    // what it fetches is decided here. `now` is this computer's clock.
    RecordSync(AccountService *account, LocalRecord kept, SyncRequest base,
        const QDateTime &now = QDateTime::currentDateTimeUtc(), QObject *parent = nullptr);

    void start();
    void cancel();

    Mode mode() const { return m_mode; }
    // Requests sent by the syncs, retries included.
    int requests() const { return m_requests; }
    Sync *currentSync() const { return m_sync; }
    // After finished(): the record brought up to date. When the sync failed, the kept record
    // (whatever arrived before the failure is not mixed into it).
    const LocalRecord &record() const { return m_record; }
    LocalRecord takeRecord() { return std::move(m_record); }
    SyncProblem problem() const { return m_problem; }
    bool isComplete() const { return m_record.state.complete && m_problem.isNull(); }

Q_SIGNALS:
    // A Sync is about to send its requests (a full one follows an incremental one when the
    // counts do not add up: then `replacesData` is true and the front end should clear what
    // it shows first).
    void syncStarted(bb::account::Sync *sync, bool replacesData);
    void finished();

private:
    void startSync(bool full);
    void onSyncFinished(bool full);

    QPointer<AccountService> m_account;
    LocalRecord m_record;
    SyncRequest m_base;
    QDateTime m_now;
    QPointer<Sync> m_sync;
    exporting::RawArchive m_arrivedRaw;
    Mode m_mode = Mode::Full;
    SyncProblem m_problem;
    int m_requests = 0;
    bool m_cancelled = false;
};

} // namespace bb::account
