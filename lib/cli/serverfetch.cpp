#include "cli/serverfetch.h"

#include "cli/logging.h"
#include "net/bluebuttonclient.h"

#include <QLocale>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace bb::cli {

ServerFetch::ServerFetch(net::BlueButtonClient *client, const ExportOptions &options,
    const QString &refusedMessage, QTextStream *progress, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_options(options)
    , m_refusedMessage(refusedMessage)
    , m_progress(progress)
{
}

void ServerFetch::start()
{
    net::ClientOptions clientOptions;
    clientOptions.keepRawJson = true;
    clientOptions.accumulate = false; // the pages are read again from their JSON
    m_client->setOptions(clientOptions);

    switch (m_options.what) {
    case ExportWhat::Patient:
        watch(m_client->fetchPatient());
        break;
    case ExportWhat::Coverage:
        watch(m_client->fetchCoverage());
        break;
    case ExportWhat::Claims:
    case ExportWhat::ClaimLines:
    case ExportWhat::Drugs: {
        // The server can leave out claim types nobody asked for (its `type` filter ORs the
        // types, as ClaimFilter does); every filter is still applied here, after reading.
        net::ClaimQuery query;
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
        // A PDF names whose claims they are, as the app's reports do.
        if (m_options.format == ExportFormat::Pdf)
            watch(m_client->fetchPatient());
        net::FetchJob *job = m_client->fetchClaims(query);
        connect(job, &net::FetchJob::progress, this, [this](qint64 received, qint64 total) {
            m_received = received;
            m_total = total;
            showProgress(received, total, false);
        });
        watch(job);
        break;
    }
    }
}

void ServerFetch::watch(net::FetchJob *job)
{
    m_jobs << job;
    ++m_running;
    connect(job, &net::FetchJob::finished, this, [this, job] { onJobFinished(job); });
}

void ServerFetch::showProgress(qint64 received, qint64 total, bool last)
{
    if (!m_progress)
        return;
    // A line a second at most: enough to show life, few enough to read.
    if (!last && m_sinceProgress.isValid() && m_sinceProgress.elapsed() < 1000)
        return;
    if (last && !m_progressShown)
        return;
    m_sinceProgress.start();
    m_progressShown = true;
    const QLocale locale;
    if (total < 0)
        *m_progress << tr("Loading claims… %1").arg(locale.toString(received)) << Qt::endl;
    else
        *m_progress
            << tr("Loading claims… %1 of %2").arg(locale.toString(received), locale.toString(total))
            << Qt::endl;
}

void ServerFetch::onJobFinished(net::FetchJob *job)
{
    using Outcome = net::FetchResult::Outcome;
    using K = net::FetchError::Kind;
    const net::FetchResult &result = job->result();
    const QString origin = job->request().url.toString();
    qCInfo(lcCli) << "Fetched" << origin << "outcome" << int(result.outcome) << "pages"
                  << result.pagesReceived << "requests" << result.requests << "retries"
                  << result.retries;
    QString error;
    switch (result.outcome) {
    case Outcome::Complete:
        for (qsizetype i = 0; i < result.rawPages.size(); ++i) {
            m_documents.append(
                {result.rawPages.size() > 1 ? tr("%1 (page %2)").arg(origin).arg(i + 1) : origin,
                    result.rawPages.at(i)});
        }
        // The closing count, when a line was shown at all (the result holds no resources:
        // ClientOptions::accumulate is off).
        if (job->request().kind == net::FetchJob::Kind::Search && m_received >= 0)
            showProgress(m_received, result.total.value_or(m_total), true);
        break;
    case Outcome::NotShared:
        m_patientNotShared = true;
        break;
    case Outcome::Incomplete:
        if (!result.failedPages.isEmpty()) {
            error = tr("%1 of %2 pages could not be loaded (%3); nothing was written.")
                        .arg(result.failedPages.size())
                        .arg(qMax(result.pagesExpected, result.pagesReceived))
                        .arg(result.failedPages.constFirst().error.caption());
        } else {
            error = tr("The server's pages did not add up (%1); nothing was written.")
                        .arg(result.problems.join(u"; "_s));
        }
        break;
    case Outcome::Failed:
        if (result.error.kind == K::ReconnectNeeded || result.error.kind == K::Unauthorized)
            error = m_refusedMessage;
        else
            error = result.error.serverMessage.isEmpty()
                ? result.error.caption()
                : tr("%1 (%2)").arg(result.error.caption(), result.error.serverMessage);
        break;
    case Outcome::Cancelled:
    case Outcome::Running:
        error = tr("The download was stopped; nothing was written.");
        break;
    }
    if (m_error.isEmpty() && !error.isEmpty())
        m_error = error;
    if (--m_running == 0)
        Q_EMIT finished();
}

} // namespace bb::cli
