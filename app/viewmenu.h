#pragma once

#include <QObject>

class QAction;
class QMenu;
class QMenuBar;
class QTabWidget;

namespace bb {

class TextSize;

// The View menu: text size (Zoom In Ctrl+Plus, Zoom Out Ctrl+Minus, Actual Size Ctrl+0) and a
// way to each tab by keyboard (Ctrl+1 to Ctrl+5, next and previous tab).
class ViewMenu : public QObject
{
    Q_OBJECT

public:
    ViewMenu(QMenuBar *bar, TextSize *textSize, QTabWidget *tabs);

    QMenu *menu() const { return m_menu; }
    QAction *zoomInAction() const { return m_zoomIn; }
    QAction *zoomOutAction() const { return m_zoomOut; }
    QAction *actualSizeAction() const { return m_actualSize; }
    // Enables the tab actions (no tabs are shown on the welcome screen).
    void setTabsAvailable(bool available);

private:
    void updateZoom();

    TextSize *m_textSize;
    QTabWidget *m_tabs;
    QMenu *m_menu;
    QAction *m_zoomIn;
    QAction *m_zoomOut;
    QAction *m_actualSize;
    QList<QAction *> m_tabActions;
};

} // namespace bb
