#include "sandbox/sandboxclock.h"

namespace bb::sandbox {

SandboxClock::SandboxClock()
    : m_startedAtMs(QDateTime::currentMSecsSinceEpoch())
{
}

QDateTime SandboxClock::now() const
{
    return QDateTime::fromMSecsSinceEpoch(nowMSecs(), Qt::UTC);
}

qint64 SandboxClock::nowMSecs() const
{
    const qint64 base = m_frozenAtMs >= 0 ? m_frozenAtMs : QDateTime::currentMSecsSinceEpoch();
    return base + m_offsetMs;
}

void SandboxClock::freeze(const QDateTime &at)
{
    m_frozenAtMs = at.toMSecsSinceEpoch();
    m_offsetMs = 0;
}

void SandboxClock::reset()
{
    m_startedAtMs = QDateTime::currentMSecsSinceEpoch();
    m_frozenAtMs = -1;
    m_offsetMs = 0;
}

} // namespace bb::sandbox
