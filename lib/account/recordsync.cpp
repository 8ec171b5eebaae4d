#include "account/recordsync.h"

#include "account/accountservice.h"
#include "account/logging.h"
#include "account/sync.h"

#include <QTimer>

namespace bb::account {

RecordSync::RecordSync(AccountService *account, LocalRecord kept, SyncRequest base,
    const QDateTime &now, QObject *parent)
    : QObject(parent)
    , m_account(account)
    , m_record(std::move(kept))
    , m_base(std::move(base))
    , m_now(now)
{
}

void RecordSync::start()
{
    const bool full = m_record.isEmpty() || incremental::needsFullSync(m_record.state, m_now);
    m_mode = full ? Mode::Full : Mode::Incremental;
    startSync(full);
}

void RecordSync::cancel()
{
    m_cancelled = true;
    if (m_sync)
        m_sync->cancel();
}

void RecordSync::startSync(bool full)
{
    SyncRequest request = m_base;
    request.collect = true; // the record keeps every resource of this sync
    request.patient = true;
    request.coverage = true;
    request.claims = true;
    request.claimQuery = {};
    request.userInfo = full || m_record.state.accountName.isEmpty();
    request.claimCount = !full;
    if (!full)
        request.claimQuery.updatedAfter = incremental::updatedSince(m_record.state);
    if (request.rawJson == SyncRequest::RawJson::None)
        request.rawJson = SyncRequest::RawJson::Archived;
    m_arrivedRaw.clear();

    Sync *sync = m_account ? m_account->startSync(request) : nullptr;
    m_sync = sync;
    if (!sync) {
        m_problem = {tr("You are not connected."), SyncProblem::Action::Reconnect};
        QTimer::singleShot(0, this, &RecordSync::finished);
        return;
    }
    connect(sync, &Sync::rawArchived, this,
        [this](const exporting::RawArchive &batch) { m_arrivedRaw.merge(batch); });
    connect(sync, &Sync::finished, this, [this, full] { onSyncFinished(full); });
    Q_EMIT syncStarted(sync, full && m_mode == Mode::IncrementalThenFull);
}

void RecordSync::onSyncFinished(bool full)
{
    Sync *sync = m_sync;
    if (!sync)
        return;
    for (const Sync::Part part : Sync::allParts) {
        if (const net::FetchResult *r = sync->result(part))
            m_requests += r->requests;
    }
    m_problem = sync->problem();
    const net::FetchResult *patient = sync->result(Sync::Part::Patient);
    const net::FetchResult *coverage = sync->result(Sync::Part::Coverage);
    const net::FetchResult *claims = sync->result(Sync::Part::Claims);
    const net::FetchResult *count = sync->result(Sync::Part::ClaimCount);
    const bool claimsComplete = claims && claims->isComplete();
    if (m_cancelled || !claims || claims->pagesReceived == 0) {
        // Nothing usable arrived: the kept record stays as it was.
        Q_EMIT finished();
        return;
    }

    LocalRecord next;
    next.state = m_record.state;
    if (!sync->accountName().isEmpty())
        next.state.accountName = sync->accountName();
    if (patient && patient->isFinished())
        next.state.patientNotShared = patient->outcome == net::FetchResult::Outcome::NotShared;
    // Patient and Coverage are read in full every time; what did not arrive is kept.
    next.typed.patients = patient && patient->isFinished() && !patient->patients.isEmpty()
        ? patient->patients
        : (patient && patient->outcome == net::FetchResult::Outcome::NotShared
                ? QList<fhir::Patient> {}
                : m_record.typed.patients);
    next.typed.coverages =
        coverage && coverage->isComplete() ? coverage->coverages : m_record.typed.coverages;
    if (full && (claimsComplete || m_record.isEmpty())) {
        next.typed.claims = claims->claims;
        next.raw = m_arrivedRaw;
    } else {
        // Changes only, or a full download that missed pages: nothing kept is dropped.
        next.typed.claims = incremental::mergeClaims(m_record.typed.claims, claims->claims);
        next.raw = m_record.raw;
        next.raw.merge(m_arrivedRaw);
    }
    next.state.newestClaimUpdate = incremental::newestUpdate(next.typed.claims);

    if (!full && claimsComplete && count && count->total
        && *count->total != next.typed.claims.size()) {
        qCInfo(lcAccount) << "incremental sync: the server counts" << *count->total
                          << "claims, kept" << next.typed.claims.size() << "- downloading all";
        m_mode = Mode::IncrementalThenFull;
        startSync(true);
        return;
    }

    next.state.complete = claimsComplete && m_problem.isNull();
    if (claimsComplete) {
        next.state.serverClaimTotal =
            full ? claims->total.value_or(-1) : (count && count->total ? *count->total : -1);
        next.state.lastSync = m_now;
        if (full)
            next.state.lastFullSync = m_now;
    } else if (!full) {
        // Pages of changes went missing: ask again from the same point next time.
        next.state.newestClaimUpdate = m_record.state.newestClaimUpdate;
    }
    m_record = std::move(next);
    Q_EMIT finished();
}

} // namespace bb::account
