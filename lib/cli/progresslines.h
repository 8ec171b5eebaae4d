#pragma once

#include "account/sync.h"

#include <QElapsedTimer>
#include <QTextStream>

namespace bb::cli {

// Progress of a long claims download on stderr: a line a second at most (enough to show
// life, few enough to read), and the final count when any line was shown.
class ProgressLines
{
public:
    explicit ProgressLines(QTextStream *stream)
        : m_stream(stream)
    {
    }

    void show(qint64 received, qint64 total, bool last)
    {
        if (!m_stream)
            return;
        if (!last && m_since.isValid() && m_since.elapsed() < 1000)
            return;
        if (last && !m_shown)
            return;
        m_since.start();
        m_shown = true;
        *m_stream << account::Sync::progressText(received, total) << Qt::endl;
    }

    // Blue Button asked to slow down: say how long the export waits, so that a pause of a
    // minute does not look like a hang.
    void waiting(int waitMs)
    {
        if (!m_stream)
            return;
        *m_stream << account::Sync::waitingText(waitMs) << Qt::endl;
    }

private:
    QTextStream *m_stream;
    QElapsedTimer m_since;
    bool m_shown = false;
};

} // namespace bb::cli
