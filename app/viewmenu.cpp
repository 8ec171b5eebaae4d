#include "viewmenu.h"

#include "textsize.h"

#include <QAction>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QTabWidget>

using namespace Qt::StringLiterals;

namespace bb {

ViewMenu::ViewMenu(QMenuBar *bar, TextSize *textSize, QTabWidget *tabs)
    : QObject(bar)
    , m_textSize(textSize)
    , m_tabs(tabs)
{
    m_menu = bar->addMenu(tr("&View"));
    m_menu->setObjectName(u"viewMenu"_s);
    m_zoomIn = m_menu->addAction(tr("Zoom &In"), textSize, &TextSize::zoomIn);
    m_zoomIn->setObjectName(u"zoomInAction"_s);
    // Ctrl+Plus needs Shift on many keyboards; Ctrl+= is the same key without it.
    m_zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    m_zoomIn->setStatusTip(tr("Make all text larger"));
    m_zoomOut = m_menu->addAction(tr("Zoom &Out"), textSize, &TextSize::zoomOut);
    m_zoomOut->setObjectName(u"zoomOutAction"_s);
    m_zoomOut->setShortcut(QKeySequence::ZoomOut);
    m_zoomOut->setStatusTip(tr("Make all text smaller"));
    m_actualSize = m_menu->addAction(tr("&Actual Size"), textSize, &TextSize::reset);
    m_actualSize->setObjectName(u"actualSizeAction"_s);
    m_actualSize->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    m_actualSize->setStatusTip(tr("Show text at the normal size"));
    connect(textSize, &TextSize::changed, this, &ViewMenu::updateZoom);
    updateZoom();

    m_menu->addSeparator();
    // Named here, not from the tab titles: those carry their own mnemonics.
    const QStringList names = {tr("Go to &Overview"), tr("Go to &Patient"), tr("Go to Co&verage"),
        tr("Go to &Claims"), tr("Go to &Drugs")};
    for (int i = 0; i < names.size(); ++i) {
        QAction *action = m_menu->addAction(names.at(i), this, [this, i] { showTab(i); });
        action->setObjectName(u"goToTab%1Action"_s.arg(i + 1));
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        m_tabActions << action;
    }
    QAction *next = m_menu->addAction(
        tr("&Next Tab"), this, [this] { showTab((m_tabs->currentIndex() + 1) % m_tabs->count()); });
    next->setObjectName(u"nextTabAction"_s);
    next->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Tab));
    QAction *previous = m_menu->addAction(tr("P&revious Tab"), this,
        [this] { showTab((m_tabs->currentIndex() + m_tabs->count() - 1) % m_tabs->count()); });
    previous->setObjectName(u"previousTabAction"_s);
    previous->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab));
    m_tabActions << next << previous;

    m_menu->addSeparator();
    m_find = m_menu->addAction(tr("&Find"), this, [this] {
        const QList<QLineEdit *> fields = m_tabs->currentWidget()->findChildren<QLineEdit *>();
        for (QLineEdit *field : fields) {
            if (field->isVisible() && field->isEnabled()) {
                field->setFocus(Qt::ShortcutFocusReason);
                field->selectAll();
                return;
            }
        }
    });
    m_find->setObjectName(u"findAction"_s);
    m_find->setShortcut(QKeySequence::Find);
    m_find->setStatusTip(tr("Go to the search field of this tab"));
    m_tabActions << m_find;
}

void ViewMenu::showTab(int index)
{
    if (index < 0 || index >= m_tabs->count() || !m_tabs->isEnabled())
        return;
    m_tabs->setCurrentIndex(index);
    focusPage(m_tabs->currentWidget());
}

void ViewMenu::focusPage(QWidget *page)
{
    if (!page)
        return;
    // The first control in the tab order that is inside the page and can take Tab focus.
    QWidget *candidate = page;
    for (int i = 0; i < 500; ++i) {
        candidate = candidate->nextInFocusChain();
        if (!candidate || candidate == page)
            break;
        if (page->isAncestorOf(candidate) && candidate->isVisible() && candidate->isEnabled()
            && (candidate->focusPolicy() & Qt::TabFocus) && !candidate->focusProxy()) {
            candidate->setFocus(Qt::ShortcutFocusReason);
            return;
        }
    }
}

void ViewMenu::setTabsAvailable(bool available)
{
    for (QAction *action : std::as_const(m_tabActions))
        action->setEnabled(available);
}

void ViewMenu::updateZoom()
{
    const int percent = m_textSize->percent();
    m_zoomIn->setEnabled(percent < TextSize::Max);
    m_zoomOut->setEnabled(percent > TextSize::Min);
    m_actualSize->setEnabled(percent != TextSize::Min);
    //: View menu title of the text size, %1 the current size in percent.
    m_actualSize->setText(tr("&Actual Size (now %1%)").arg(percent));
}

} // namespace bb
