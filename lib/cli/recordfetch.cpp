#include "cli/recordfetch.h"

#include "account/recordsync.h"
#include "account/sync.h"
#include "cli/logging.h"
#include "cli/serverfetch.h"

namespace bb::cli {

using account::RecordSync;
using account::Sync;

RecordFetch::RecordFetch(account::AccountService *account, account::LocalRecord kept,
    const QString &refusedMessage, QTextStream *progress, QObject *parent)
    : QObject(parent)
    , m_refusedMessage(refusedMessage)
    , m_progress(progress)
{
    // The app's request: the JSON as received is archived with the record, so the app's Raw
    // FHIR tab and a later JSON export have it.
    account::SyncRequest request;
    request.rawJson = account::SyncRequest::RawJson::Archived;
    m_recordSync =
        new RecordSync(account, std::move(kept), request, QDateTime::currentDateTimeUtc(), this);
    connect(m_recordSync, &RecordSync::syncStarted, this,
        [this](Sync *sync, bool) { onSyncStarted(sync); });
    connect(m_recordSync, &RecordSync::finished, this, &RecordFetch::onFinished);
}

RecordFetch::~RecordFetch()
{
    m_recordSync->cancel();
}

void RecordFetch::start()
{
    m_recordSync->start();
}

void RecordFetch::onSyncStarted(Sync *sync)
{
    // A wait for a rate limit is worth a line, whatever the download.
    connect(
        sync, &Sync::waitingForServer, this, [this](int waitMs) { m_progress.waiting(waitMs); });
    // Changes are few: only a full download is long enough to need progress lines.
    if (sync->request().claimCount)
        return;
    connect(sync, &Sync::claimsProgress, this,
        [this](qint64 received, qint64 total) { m_progress.show(received, total, false); });
}

void RecordFetch::onFinished()
{
    Sync *sync = m_recordSync->currentSync();
    if (sync) {
        for (const Sync::Part part : Sync::allParts) {
            const net::FetchResult *result = sync->result(part);
            if (!result)
                continue;
            if (part == Sync::Part::Patient
                && result->outcome == net::FetchResult::Outcome::NotShared)
                m_patientNotShared = true;
            if (const QString error = ServerFetch::failureOf(*result, m_refusedMessage);
                !error.isEmpty() && m_error.isEmpty())
                m_error = error;
            if (part == Sync::Part::Claims && result->isComplete() && !sync->request().claimCount)
                m_progress.show(sync->claimCount(), result->total.value_or(-1), true);
        }
    }
    if (m_error.isEmpty() && !m_recordSync->isComplete()) {
        const account::SyncProblem problem = m_recordSync->problem();
        m_error = problem.isNull() ? m_refusedMessage : problem.message;
    }
    qCInfo(lcCli) << "Record sync" << m_recordSync->mode() << "in" << m_recordSync->requests()
                  << "requests";
    Q_EMIT finished();
}

account::LocalRecord RecordFetch::takeRecord()
{
    return m_recordSync->takeRecord();
}

bool RecordFetch::wasIncremental() const
{
    return m_recordSync->mode() == RecordSync::Mode::Incremental;
}

} // namespace bb::cli
