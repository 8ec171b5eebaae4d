#include "views/elidedtips.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QToolTip>

namespace bb::views {

ElidedTextTips::ElidedTextTips(QAbstractItemView *view)
    : QObject(view)
    , m_view(view)
{
}

void ElidedTextTips::install(QAbstractItemView *view)
{
    view->viewport()->installEventFilter(new ElidedTextTips(view));
}

QString ElidedTextTips::tipAt(const QAbstractItemView *view, const QPoint &pos)
{
    const QModelIndex index = view->indexAt(pos);
    if (!index.isValid() || !index.data(Qt::ToolTipRole).isNull())
        return {};
    const QString text = index.data(Qt::DisplayRole).toString();
    if (text.isEmpty())
        return {};
    // The cell's text area: the rectangle less the style's margins on both sides.
    const int margins = 2 * (view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 1);
    const int room = view->visualRect(index).width() - margins;
    const QFont font =
        index.data(Qt::FontRole).isValid() ? index.data(Qt::FontRole).value<QFont>() : view->font();
    return QFontMetrics(font).horizontalAdvance(text) > room ? text : QString();
}

bool ElidedTextTips::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ToolTip && watched == m_view->viewport()) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString tip = tipAt(m_view, help->pos());
        if (!tip.isEmpty()) {
            QToolTip::showText(help->globalPos(), tip, m_view->viewport(),
                m_view->visualRect(m_view->indexAt(help->pos())));
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace bb::views
