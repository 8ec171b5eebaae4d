#pragma once

#include <QDateTime>

namespace bb::sandbox {

// The sandbox's notion of "now". Tests advance it instead of sleeping through the 60 s code
// lifetime, the one-hour access tokens or the 13-month grant.
class SandboxClock
{
public:
    SandboxClock();

    QDateTime now() const;
    qint64 nowMSecs() const;

    void advance(qint64 seconds) { m_offsetMs += seconds * 1000; }
    // A frozen clock stands still (plus any advance) so tests see stable timestamps.
    void freeze(const QDateTime &at);
    void reset();

    // When the sandbox "started": the freeze instant of a frozen clock, else the real time of
    // construction or of the last reset(). The synthetic history ends shortly before it and the
    // data changes (datachanges.h) happen after it, so a frozen clock gives the same bytes on
    // every run and a running one starts with claims up to the current week.
    qint64 originMSecs() const { return m_frozenAtMs >= 0 ? m_frozenAtMs : m_startedAtMs; }

private:
    qint64 m_startedAtMs = 0;
    qint64 m_offsetMs = 0;
    qint64 m_frozenAtMs = -1;
};

} // namespace bb::sandbox
