#include "banner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace bb {

Banner::Banner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_action(new QPushButton(this))
    , m_dismiss(new QPushButton(tr("Dismiss"), this))
{
    setObjectName(u"banner"_s);
    setFrameShape(QFrame::StyledPanel);
    // The palette's highlight-free "tool tip" colours stand out in light and dark themes
    // alike, without a hard-coded colour.
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    m_text->setTextFormat(Qt::PlainText); // messages can carry the server's words
    setAccessibleName(tr("Problem"));

    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize));
    m_text->setObjectName(u"bannerText"_s);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setForegroundRole(QPalette::ToolTipText);
    m_action->setObjectName(u"bannerAction"_s);
    m_dismiss->setObjectName(u"bannerDismiss"_s);
    m_dismiss->setAccessibleName(tr("Dismiss the problem message"));

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action);
    layout->addWidget(m_dismiss);

    connect(m_action, &QPushButton::clicked, this,
        [this] { Q_EMIT actionTriggered(m_problem.action); });
    connect(m_dismiss, &QPushButton::clicked, this, [this] {
        setProblem({});
        Q_EMIT dismissed();
    });
    setProblem({});
}

QString Banner::actionText(account::SyncProblem::Action action)
{
    switch (action) {
    case account::SyncProblem::Action::None:
        return {};
    case account::SyncProblem::Action::Retry:
        return tr("&Retry");
    case account::SyncProblem::Action::RetryMissing:
        return tr("&Retry missing pages");
    case account::SyncProblem::Action::Reconnect:
        return tr("&Reconnect");
    case account::SyncProblem::Action::OpenSettings:
        return tr("Open &settings");
    }
    return {};
}

void Banner::setProblem(const account::SyncProblem &problem)
{
    m_problem = problem;
    m_text->setText(problem.message);
    const QString caption = actionText(problem.action);
    m_action->setText(caption);
    m_action->setAccessibleName(QString(caption).remove(u'&'));
    m_action->setVisible(!caption.isEmpty());
    setAccessibleDescription(problem.message);
    setVisible(!problem.isNull());
}

QString Banner::text() const
{
    return m_text->text();
}

} // namespace bb
