#pragma once

#include <QMainWindow>

class QLabel;
class QTabWidget;

namespace bb {

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }

private:
    void createMenus();
    QWidget *createEmptyPage(const QString &objectName, const QString &message);
    void showAbout();

    QTabWidget *m_tabs = nullptr;
    QLabel *m_connectionStatus = nullptr;
};

} // namespace bb
