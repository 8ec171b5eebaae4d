#include "cli/serverfetch.h"

#include "account/accountservice.h"
#include "account/sync.h"
#include "cli/logging.h"

#include <QTextStream>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace bb::cli {

using account::Sync;

ServerFetch::ServerFetch(account::AccountService *account, const ExportOptions &options,
    bool keepRaw, const QString &refusedMessage, QTextStream *progress, QObject *parent)
    : QObject(parent)
    , m_account(account)
    , m_options(options)
    , m_keepRaw(keepRaw)
    , m_refusedMessage(refusedMessage)
    , m_progress(progress)
    , m_loader(keepRaw)
{
}

void ServerFetch::start()
{
    account::SyncRequest request;
    request.userInfo = false;
    request.collect = true;
    request.rawJson =
        m_keepRaw ? account::SyncRequest::RawJson::Collected : account::SyncRequest::RawJson::None;
    request.patient = request.coverage = request.claims = false;
    switch (m_options.what) {
    case ExportWhat::Patient:
        request.patient = true;
        break;
    case ExportWhat::Coverage:
        request.coverage = true;
        break;
    case ExportWhat::Summary: // who, coverage now, and every claim of the period
        request.patient = request.coverage = request.claims = true;
        break;
    case ExportWhat::Claims:
    case ExportWhat::ClaimLines:
    case ExportWhat::Drugs: {
        // The server can leave out claim types nobody asked for (its `type` filter ORs the
        // types, as ClaimFilter does); every filter is still applied after reading.
        net::ClaimQuery &query = request.claimQuery;
        const models::ClaimFilter &filter = m_options.filter;
        for (const fhir::ClaimType t : fhir::allClaimTypes) {
            const bool wanted =
                m_options.what == ExportWhat::Drugs ? t == fhir::ClaimType::Pde : true;
            if (wanted && filter.isTypeShown(t))
                query.types << t;
        }
        if (query.types.size() == qsizetype(fhir::allClaimTypes.size()))
            query.types.clear();
        else if (query.types.isEmpty())
            query.types << fhir::ClaimType::Pde; // nothing can pass: ask for the least
        request.claims = true;
        // A report (PDF or web page) names whose claims they are, as the app's reports do.
        request.patient =
            m_options.format == ExportFormat::Pdf || m_options.format == ExportFormat::Html;
        break;
    }
    }
    m_sync = m_account->startSync(request);
    if (!m_sync) {
        m_error = m_refusedMessage;
        QMetaObject::invokeMethod(this, &ServerFetch::finished, Qt::QueuedConnection);
        return;
    }
    connect(m_sync, &Sync::claimsProgress, this,
        [this](qint64 received, qint64 total) { m_progress.show(received, total, false); });
    connect(
        m_sync, &Sync::waitingForServer, this, [this](int waitMs) { m_progress.waiting(waitMs); });
    connect(m_sync, &Sync::finished, this, &ServerFetch::onFinished);
}

QString ServerFetch::failureOf(const net::FetchResult &result, const QString &refusedMessage)
{
    using Outcome = net::FetchResult::Outcome;
    using K = net::FetchError::Kind;
    switch (result.outcome) {
    case Outcome::Complete:
    case Outcome::NotShared:
        return {};
    case Outcome::Incomplete:
        if (!result.failedPages.isEmpty()) {
            const QString reason = result.failedPages.constFirst().error.caption();
            // Without the first page nobody knows how many pages there are.
            if (result.pagesExpected == 0 && result.pagesReceived == 0)
                return tr("The first page could not be loaded (%1); nothing was written.")
                    .arg(reason);
            const qsizetype failed = result.failedPages.size();
            const qsizetype pages =
                std::max<qsizetype>(result.pagesExpected, result.pagesReceived + failed);
            return tr("%1 of %2 pages could not be loaded (%3); nothing was written.")
                .arg(failed)
                .arg(pages)
                .arg(reason);
        }
        return tr("The server's pages did not add up (%1); nothing was written.")
            .arg(result.problems.join(u"; "_s));
    case Outcome::Failed:
        if (result.error.kind == K::ReconnectNeeded || result.error.kind == K::Unauthorized)
            return refusedMessage;
        return result.error.serverMessage.isEmpty()
            ? result.error.caption()
            : tr("%1 (%2)").arg(result.error.caption(), result.error.serverMessage);
    case Outcome::Cancelled:
    case Outcome::Running:
        break;
    }
    return tr("The download was stopped; nothing was written.");
}

void ServerFetch::onFinished()
{
    for (const Sync::Part part : Sync::allParts) {
        const net::FetchResult *result = m_sync->result(part);
        if (!result || part == Sync::Part::ClaimCount)
            continue;
        if (result->outcome == net::FetchResult::Outcome::NotShared)
            m_patientNotShared = true;
        if (const QString error = failureOf(*result, m_refusedMessage);
            !error.isEmpty() && m_error.isEmpty())
            m_error = error;
        if (part == Sync::Part::Claims && result->isComplete())
            m_progress.show(m_sync->claimCount(), result->total.value_or(-1), true);
        // Read once, on arrival: the typed resources and their JSON as received go to the
        // export exactly as saved files would.
        // (`raw` is empty unless the request asked for it.)
        m_loader.addResources(result->patients, result->coverages, result->claims, result->raw);
    }
    Q_EMIT finished();
}

exporting::LoadedInput ServerFetch::take()
{
    return m_loader.take();
}

} // namespace bb::cli
