#pragma once

#include <QDateTime>

namespace bb::sandbox {

// The sandbox's notion of "now". Tests advance it instead of sleeping through the 60 s code
// lifetime, the one-hour access tokens or the 13-month grant.
class SandboxClock
{
public:
    QDateTime now() const;
    qint64 nowMSecs() const;

    void advance(qint64 seconds) { m_offsetMs += seconds * 1000; }
    // A frozen clock stands still (plus any advance) so tests see stable timestamps.
    void freeze(const QDateTime &at);
    void reset();

private:
    qint64 m_offsetMs = 0;
    qint64 m_frozenAtMs = -1;
};

} // namespace bb::sandbox
