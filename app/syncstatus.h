#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace bb {

// The status bar's sync indicator: "Loading claims… 1,200 of 2,919", a progress bar and a
// Cancel button while a sync runs; the outcome ("2,919 claims loaded") once it ends.
class SyncStatus : public QWidget
{
    Q_OBJECT

public:
    explicit SyncStatus(QWidget *parent = nullptr);

    void start();
    void setProgress(qint64 received, qint64 total);
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
};

} // namespace bb
