#include "loopprobe.h"

#include "memory.h"

#include <algorithm>

LoopProbe::LoopProbe()
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(kTickMs);
    QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] { tick(); });
}

void LoopProbe::start()
{
    m_maxStallMs = 0;
    m_peakRss = residentBytes();
    m_clock.start();
    m_last = 0;
    m_timer.start();
}

void LoopProbe::stop()
{
    tick();
    m_timer.stop();
}

void LoopProbe::tick()
{
    const qint64 now = m_clock.elapsed();
    m_maxStallMs = std::max(m_maxStallMs, now - m_last - kTickMs);
    m_last = now;
    m_peakRss = std::max(m_peakRss, residentBytes());
}
