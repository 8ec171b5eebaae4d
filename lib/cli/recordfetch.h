#pragma once

#include "account/localrecord.h"
#include "cli/progresslines.h"

#include <QObject>
#include <QPointer>

class QTextStream;

namespace bb::account {
class AccountService;
class RecordSync;
class Sync;
} // namespace bb::account

namespace bb::cli {

// Brings the record kept on this computer up to date, as the app does (account::RecordSync):
// everything when nothing is kept or a week has passed, otherwise only what changed. The
// export then reads the whole record. As with ServerFetch, anything short of everything is a
// failure, and then the kept record is left as it was.
class RecordFetch : public QObject
{
    Q_OBJECT

public:
    // `account` is signed in. `progress` (may be null) gets a line now and then during a
    // full claims download.
    RecordFetch(account::AccountService *account, account::LocalRecord kept,
        const QString &refusedMessage, QTextStream *progress, QObject *parent = nullptr);
    ~RecordFetch() override;

    void start(); // ends in finished()

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; } // translated, one line
    // After finished() with ok(): the record brought up to date.
    account::LocalRecord takeRecord();
    bool patientNotShared() const { return m_patientNotShared; }
    // Only what changed was asked for (and it added up).
    bool wasIncremental() const;

Q_SIGNALS:
    void finished();

private:
    void onSyncStarted(account::Sync *sync);
    void onFinished();

    account::RecordSync *m_recordSync;
    QString m_refusedMessage;
    ProgressLines m_progress;
    bool m_patientNotShared = false;
    QString m_error;
};

} // namespace bb::cli
