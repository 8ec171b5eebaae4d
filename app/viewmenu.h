#pragma once

#include <QObject>

class QAction;
class QMenu;
class QMenuBar;
class QTabWidget;

namespace bb {

class TextSize;

// The View menu: text size (Zoom In Ctrl+Plus, Zoom Out Ctrl+Minus, Actual Size Ctrl+0), a
// way to each tab by keyboard (Ctrl+1 to Ctrl+5, next and previous tab) and to the current
// tab's search field (Ctrl+F).
class ViewMenu : public QObject
{
    Q_OBJECT

public:
    ViewMenu(QMenuBar *bar, TextSize *textSize, QTabWidget *tabs);

    QMenu *menu() const { return m_menu; }
    QAction *zoomInAction() const { return m_zoomIn; }
    QAction *zoomOutAction() const { return m_zoomOut; }
    QAction *actualSizeAction() const { return m_actualSize; }
    QAction *findAction() const { return m_find; }
    // Enables the tab actions (no tabs are shown on the welcome screen).
    void setTabsAvailable(bool available);

    // Keyboard focus to the first control of the current tab (after Ctrl+1…5), so that Tab
    // goes on from there and a screen reader reads where the person is.
    static void focusPage(QWidget *page);

private:
    void updateZoom();
    void showTab(int index);

    TextSize *m_textSize;
    QTabWidget *m_tabs;
    QMenu *m_menu;
    QAction *m_zoomIn;
    QAction *m_zoomOut;
    QAction *m_actualSize;
    QAction *m_find;
    QList<QAction *> m_tabActions;
};

} // namespace bb
