#include "sandbox/sandboxthread.h"

#include <QThread>

namespace bb::sandbox {

SandboxThread::SandboxThread(quint64 seed, QObject *parent)
    : QObject(parent)
    , m_thread(new QThread(this))
    , m_server(new SandboxServer(seed))
{
    m_server->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_server, &QObject::deleteLater);
    m_thread->start();
}

SandboxThread::~SandboxThread()
{
    stop();
}

bool SandboxThread::start(quint16 port)
{
    bool ok = false;
    QMetaObject::invokeMethod(
        m_server,
        [&] {
            ok = m_server->listen(port);
            m_baseUrl = m_server->baseUrl();
        },
        Qt::BlockingQueuedConnection);
    return ok;
}

void SandboxThread::stop()
{
    if (!m_thread->isRunning())
        return;
    m_thread->quit();
    m_thread->wait();
}

QUrl SandboxThread::baseUrl() const
{
    return m_baseUrl;
}

void SandboxThread::setFaults(const FaultSettings &faults)
{
    QMetaObject::invokeMethod(
        m_server, [&] { m_server->setFaults(faults); }, Qt::BlockingQueuedConnection);
}

void SandboxThread::advanceClock(qint64 seconds)
{
    QMetaObject::invokeMethod(
        m_server, [&] { m_server->clock().advance(seconds); }, Qt::BlockingQueuedConnection);
}

void SandboxThread::freezeClock(const QDateTime &at)
{
    QMetaObject::invokeMethod(
        m_server, [&] { m_server->clock().freeze(at); }, Qt::BlockingQueuedConnection);
}

void SandboxThread::setDataChanges(const DataChanges &changes)
{
    QMetaObject::invokeMethod(
        m_server, [&] { m_server->setDataChanges(changes); }, Qt::BlockingQueuedConnection);
}

AppliedChanges SandboxThread::changeClaims(const QString &patientId, const ClaimChanges &changes)
{
    AppliedChanges out;
    QMetaObject::invokeMethod(
        m_server, [&] { out = m_server->changeClaims(patientId, changes); },
        Qt::BlockingQueuedConnection);
    return out;
}

bool SandboxThread::updateDemographics(const QString &patientId, Demographics which)
{
    bool ok = false;
    QMetaObject::invokeMethod(
        m_server, [&] { ok = m_server->updateDemographics(patientId, which); },
        Qt::BlockingQueuedConnection);
    return ok;
}

void SandboxThread::expireGrants(const QString &patientId)
{
    QMetaObject::invokeMethod(
        m_server, [&] { m_server->expireGrants(patientId); }, Qt::BlockingQueuedConnection);
}

int SandboxThread::warmUp(const QString &username)
{
    int count = -1;
    QMetaObject::invokeMethod(
        m_server, [&] { count = m_server->warmUp(username); }, Qt::BlockingQueuedConnection);
    return count;
}

void SandboxThread::revokeGrants(const QString &patientId)
{
    QMetaObject::invokeMethod(
        m_server, [&] { m_server->revokeGrants(patientId); }, Qt::BlockingQueuedConnection);
}

} // namespace bb::sandbox
