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

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    clear();
}

void SyncStatus::start()
{
    m_running = true;
    m_label->setText(tr("Loading your Medicare data…"));
    m_bar->setRange(0, 0); // busy until the server's total is known
    m_bar->setVisible(true);
    m_cancel->setVisible(true);
}

void SyncStatus::setProgress(qint64 received, qint64 total)
{
    if (!m_running)
        return;
    m_label->setText(account::Sync::progressText(received, total));
    if (total > 0) {
        // QProgressBar counts in int; claims never get near that, but clamp anyway.
        m_bar->setRange(0, int(std::min<qint64>(total, INT_MAX)));
        m_bar->setValue(int(std::min(received, total)));
    }
}

void SyncStatus::finish(int claims, bool complete)
{
    m_running = false;
    m_label->setText(complete ? tr("%Ln claim(s) loaded", nullptr, claims)
                              : tr("%Ln claim(s) loaded, some are missing", nullptr, claims));
    m_bar->setVisible(false);
    m_cancel->setVisible(false);
}

void SyncStatus::clear()
{
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
