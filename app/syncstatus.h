#pragma once

#include <QDeadlineTimer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace bb {

// The status bar's sync indicator: "Loading claims… 1,200 of 2,919", a progress bar and a
// Cancel button while a sync runs; the outcome ("2,919 claims loaded") once it ends. While
// Blue Button has asked the app to slow down (429), a countdown to the next try, Cancel
// still there.
class SyncStatus : public QWidget
{
    Q_OBJECT

public:
    explicit SyncStatus(QWidget *parent = nullptr);

    void start();
    void setProgress(qint64 received, qint64 total);
    // The requests wait `waitMs` from now: "… Trying again in 12 seconds…", counting down.
    void setWaiting(int waitMs);
    bool isWaiting() const { return m_countdown.isActive(); }
    // `claims` loaded; `complete` false when some are missing.
    void finish(int claims, bool complete);
    void clear();

    bool isRunning() const { return m_running; }
    QString text() const;
    QProgressBar *progressBar() const { return m_bar; }
    QToolButton *cancelButton() const { return m_cancel; }

Q_SIGNALS:
    void cancelRequested();

private:
    QLabel *m_label;
    QProgressBar *m_bar;
    QToolButton *m_cancel;
    bool m_running = false;
    QString m_progressText; // shown again when a countdown ends
    QDeadlineTimer m_waitUntil;
    QTimer m_countdown;

    void tick();
    void stopWaiting();
};

} // namespace bb
