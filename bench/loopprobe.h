#pragma once

#include <QElapsedTimer>
#include <QTimer>

// Watches the main loop while work runs: a 5 ms timer whose late ticks are the stalls a
// person would feel (a tick's lateness beyond its interval), and the resident set sampled at
// every tick for the peak.
class LoopProbe
{
public:
    LoopProbe();
    void start();
    void stop();
    qint64 maxStallMs() const { return m_maxStallMs; }
    qint64 peakRss() const { return m_peakRss; }

private:
    static constexpr int kTickMs = 5;
    void tick();
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_maxStallMs = 0;
    qint64 m_peakRss = 0;
};
