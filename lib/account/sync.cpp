#include "account/sync.h"

#include "account/logging.h"
#include "api/tokenprovider.h"
#include "api/userinfo.h"
#include "net/bluebuttonclient.h"

#include <QFutureWatcher>
#include <QJsonObject>
#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace bb::account {

namespace {

std::size_t indexOf(Sync::Part part)
{
    return std::size_t(part);
}

} // namespace

Sync::Sync(const net::Endpoints &endpoints, api::TokenProvider *tokens, QNetworkAccessManager *nam,
    const SyncRequest &request, QObject *parent)
    : QObject(parent)
    , m_request(request)
    , m_client(new net::BlueButtonClient(endpoints, tokens, nam, this))
    , m_tokens(tokens)
{
    qRegisterMetaType<SyncProblem>();
    net::ClientOptions options;
    options.maxConcurrentRequests = request.maxConcurrentRequests;
    m_client->setOptions(options);
    for (const Part part : allParts)
        start(part);
    // Nothing asked for: finished all the same, from the event loop like any other end.
    if (!isRunning())
        QMetaObject::invokeMethod(this, &Sync::maybeFinish, Qt::QueuedConnection);
}

Sync::~Sync()
{
    // The jobs talk through the client, which goes with this object; no signal of theirs may
    // reach a half-destroyed sync.
    for (const auto &job : m_jobs) {
        if (job)
            job->disconnect(this);
    }
}

void Sync::start(Part part)
{
    net::FetchOptions options;
    options.accumulate = m_request.collect;
    options.keepRawJson = m_request.rawJson != SyncRequest::RawJson::None;
    net::FetchJob *job = nullptr;
    switch (part) {
    case Part::UserInfo:
        if (m_request.userInfo)
            job = m_client->fetchUserInfo();
        break;
    case Part::Patient:
        if (m_request.patient)
            job = m_client->fetchPatient(options);
        break;
    case Part::Coverage:
        if (m_request.coverage)
            job = m_client->fetchCoverage(options);
        break;
    case Part::Claims:
        if (m_request.claims)
            job = m_client->fetchClaims(m_request.claimQuery, options);
        break;
    case Part::ClaimCount:
        if (m_request.claimCount)
            job = m_client->countClaims();
        break;
    }
    if (job)
        watch(part, job);
}

void Sync::watch(Part part, net::FetchJob *job)
{
    m_jobs[indexOf(part)] = job;
    connect(job, &net::FetchJob::pageReady, this,
        [this, part](const net::Page &page) { onPage(part, page); });
    connect(job, &net::FetchJob::finished, this, [this, part] { onFinished(part); });
    connect(job, &net::FetchJob::rateLimited, this, &Sync::waitingForServer);
    if (part == Part::Claims) {
        connect(job, &net::FetchJob::progress, this, [this](qint64 received, qint64 total) {
            m_claimsReceived = received;
            Q_EMIT claimsProgress(received, total);
        });
    }
}

bool Sync::isRunning() const
{
    for (const auto &job : m_jobs) {
        if (job && !job->isFinished())
            return true;
    }
    return m_archiving > 0;
}

void Sync::cancel()
{
    for (const auto &job : m_jobs) {
        if (job && !job->isFinished())
            job->cancel();
    }
}

bool Sync::retryMissing()
{
    net::FetchJob *claims = m_jobs[indexOf(Part::Claims)];
    if (!claims || !claims->retryFailed())
        return false;
    m_finishedSent = false;
    setProblem({});
    return true;
}

const net::FetchResult *Sync::result(Part part) const
{
    const net::FetchJob *job = m_jobs[indexOf(part)];
    return job ? &job->result() : nullptr;
}

QUrl Sync::url(Part part) const
{
    const net::FetchJob *job = m_jobs[indexOf(part)];
    return job ? job->request().url : QUrl();
}

QString Sync::waitingText(int waitMs)
{
    const int seconds = (std::max(0, waitMs) + 999) / 1000;
    if (seconds == 0)
        return tr("Blue Button asked this app to slow down. Trying again…");
    return tr(
        "Blue Button asked this app to slow down. Trying again in %n second(s)…", nullptr, seconds);
}

QString Sync::progressText(qint64 received, qint64 total)
{
    const QLocale locale;
    if (total < 0)
        return tr("Loading claims… %1").arg(locale.toString(received));
    return tr("Loading claims… %1 of %2").arg(locale.toString(received), locale.toString(total));
}

void Sync::onPage(Part part, const net::Page &page)
{
    switch (part) {
    case Part::UserInfo:
    case Part::ClaimCount:
        return;
    case Part::Patient:
        if (!page.patients.isEmpty())
            Q_EMIT patientReceived(page.patients.constFirst());
        break;
    case Part::Coverage:
        if (!page.coverages.isEmpty())
            Q_EMIT coveragesReceived(page.coverages);
        break;
    case Part::Claims:
        if (!page.claims.isEmpty())
            Q_EMIT claimsReceived(page.claims);
        break;
    }
    if (m_request.rawJson == SyncRequest::RawJson::Archived && !page.raw.isEmpty())
        archive(page.raw);
}

void Sync::archive(QList<fhir::RawResource> raw)
{
    // Compressing a page of claims takes milliseconds, 10,000 claims a second or two: never
    // on the GUI thread.
    ++m_archiving;
    auto *watcher = new QFutureWatcher<exporting::RawArchive>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        --m_archiving;
        Q_EMIT rawArchived(watcher->result());
        maybeFinish();
    });
    watcher->setFuture(QtConcurrent::run([raw = std::move(raw)]() mutable {
        return exporting::RawArchive::fromResources(std::move(raw));
    }));
}

void Sync::onFinished(Part part)
{
    const net::FetchJob *job = m_jobs[indexOf(part)];
    if (!job)
        return;
    const net::FetchResult &result = job->result();
    qCInfo(lcAccount) << "fetched" << part << "outcome" << int(result.outcome) << "pages"
                      << result.pagesReceived << "requests" << result.requests << "retries"
                      << result.retries;
    switch (part) {
    case Part::UserInfo:
        m_accountName = nameFrom(result.json, m_tokens ? m_tokens->patientId() : QString());
        Q_EMIT accountNamed(m_accountName);
        break;
    case Part::Patient:
        if (result.outcome == net::FetchResult::Outcome::NotShared)
            Q_EMIT patientNotShared();
        break;
    case Part::Coverage:
        break;
    case Part::Claims:
        m_claimsReceived = qMax(m_claimsReceived, qint64(result.claims.size()));
        break;
    case Part::ClaimCount:
        break;
    }
    // userinfo only names the account, and without the count an incremental sync is only
    // less sure: neither failure alone is worth a banner.
    if (part != Part::UserInfo && part != Part::ClaimCount) {
        const SyncProblem problem = problemFor(part);
        if (!problem.isNull()
            && (m_problem.isNull() || problem.action == SyncProblem::Action::Reconnect))
            setProblem(problem);
    }
    Q_EMIT partFinished(part);
    maybeFinish();
}

void Sync::maybeFinish()
{
    if (isRunning() || m_finishedSent)
        return;
    m_finishedSent = true;
    Q_EMIT finished();
}

QString Sync::nameFrom(const QJsonObject &json, const QString &patientId)
{
    QString name = api::UserInfo::nameIn(json);
    if (name.isEmpty())
        name = tr("Medicare beneficiary %1").arg(patientId);
    return name;
}

SyncProblem Sync::problemFor(Part part) const
{
    using Outcome = net::FetchResult::Outcome;
    using K = net::FetchError::Kind;
    const net::FetchResult &result = *this->result(part);
    switch (result.outcome) {
    case Outcome::Running:
    case Outcome::Complete:
    case Outcome::NotShared:
    case Outcome::Cancelled:
        return {};
    case Outcome::Incomplete:
        // Nothing arrived at all: that is a failed sync, not a partial one.
        if (result.pagesReceived == 0 && !result.failedPages.isEmpty())
            return {result.failedPages.constFirst().error.caption(), SyncProblem::Action::Retry};
        if (part == Part::Claims)
            return {tr("Some claims could not be loaded."), SyncProblem::Action::RetryMissing};
        return {tr("Some of your data could not be loaded."), SyncProblem::Action::Retry};
    case Outcome::Failed:
        break;
    }
    switch (result.error.kind) {
    case K::ReconnectNeeded:
    case K::Unauthorized:
        return {tr("Your Medicare connection has ended. Log in again to continue."),
            SyncProblem::Action::Reconnect};
    case K::Cancelled:
        return {};
    case K::Forbidden:
        return {result.error.caption(), SyncProblem::Action::Reconnect};
    default:
        return {result.error.caption(), SyncProblem::Action::Retry};
    }
}

void Sync::setProblem(const SyncProblem &problem)
{
    if (problem == m_problem)
        return;
    m_problem = problem;
    Q_EMIT problemChanged(problem);
}

} // namespace bb::account
