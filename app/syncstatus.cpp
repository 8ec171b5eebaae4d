#include "syncstatus.h"

#include "account/sync.h"
#include "appcontroller.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace bb {

SyncStatus::SyncStatus(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
{
    setObjectName(u"syncStatus"_s);
    m_label->setObjectName(u"syncStatusText"_s);
    m_bar->setObjectName(u"syncProgress"_s);
    m_bar->setAccessibleName(tr("Sync progress"));
    m_bar->setTextVisible(false);
    m_bar->setMaximumWidth(160);
    m_cancel->setObjectName(u"syncCancel"_s);
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop loading"));
    m_cancel->setAccessibleName(tr("Cancel loading"));
    connect(m_cancel, &QToolButton::clicked, this, &SyncStatus::cancelRequested);
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &SyncStatus::tick);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    clear();
}

void SyncStatus::start()
{
    stopWaiting();
    m_running = true;
    m_progressText = tr("Loading your Medicare data…");
    m_label->setText(m_progressText);
    m_bar->setRange(0, 0); // busy until the server's total is known
    m_bar->setVisible(true);
    m_cancel->setVisible(true);
}

void SyncStatus::setProgress(qint64 received, qint64 total)
{
    if (!m_running)
        return;
    m_progressText = account::Sync::progressText(received, total);
    if (!isWaiting())
        m_label->setText(m_progressText);
    if (total > 0) {
        // QProgressBar counts in int; claims never get near that, but clamp anyway.
        m_bar->setRange(0, int(std::min<qint64>(total, INT_MAX)));
        m_bar->setValue(int(std::min(received, total)));
    }
}

void SyncStatus::setWaiting(int waitMs)
{
    if (!m_running)
        return;
    const QDeadlineTimer until(std::max(0, waitMs));
    if (isWaiting() && until.deadline() <= m_waitUntil.deadline())
        return; // another part waits longer already: that is when anything moves again
    m_waitUntil = until;
    m_countdown.start();
    tick();
}

void SyncStatus::tick()
{
    const qint64 left = m_waitUntil.remainingTime();
    if (left <= 0) {
        // The requests go out again now: back to the count.
        m_countdown.stop();
        m_label->setText(m_progressText);
        return;
    }
    m_label->setText(account::Sync::waitingText(int(left)));
}

void SyncStatus::stopWaiting()
{
    m_countdown.stop();
    m_waitUntil = QDeadlineTimer();
}

void SyncStatus::finish(int claims, bool complete)
{
    stopWaiting();
    m_running = false;
    m_label->setText(complete ? tr("%Ln claim(s) loaded", nullptr, claims)
                              : tr("%Ln claim(s) loaded, some are missing", nullptr, claims));
    m_bar->setVisible(false);
    m_cancel->setVisible(false);
}

void SyncStatus::clear()
{
    stopWaiting();
    m_running = false;
    m_label->clear();
    m_bar->setVisible(false);
    m_cancel->setVisible(false);
}

QString SyncStatus::text() const
{
    return m_label->text();
}

} // namespace bb
