#include "mainwindow.h"

#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bb {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Blue Button Viewer"));
    setWindowIcon(QIcon(u":/bbviewer/icons/bbviewer.svg"_s));
    setObjectName(u"mainWindow"_s);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"mainTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->setAccessibleName(tr("Views"));
    m_tabs->addTab(createEmptyPage(u"overviewPage"_s,
                       tr("Connect to Medicare to see a summary of your claims.")),
        tr("&Overview"));
    m_tabs->addTab(createEmptyPage(u"patientPage"_s,
                       tr("Your personal information appears here once you connect.")),
        tr("&Patient"));
    m_tabs->addTab(createEmptyPage(u"coveragePage"_s,
                       tr("Your Medicare Part A, B, C and D coverage appears here.")),
        tr("Co&verage"));
    m_tabs->addTab(
        createEmptyPage(u"claimsPage"_s, tr("Your Medicare claims appear here, newest first.")),
        tr("&Claims"));
    m_tabs->addTab(
        createEmptyPage(u"drugsPage"_s, tr("Your prescription drug history appears here.")),
        tr("&Drugs"));
    setCentralWidget(m_tabs);

    createMenus();

    m_connectionStatus = new QLabel(tr("Not connected"), this);
    m_connectionStatus->setObjectName(u"connectionStatus"_s);
    statusBar()->addPermanentWidget(m_connectionStatus);

    resize(1100, 720);
}

void MainWindow::createMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *about =
        helpMenu->addAction(tr("&About Blue Button Viewer"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

QWidget *MainWindow::createEmptyPage(const QString &objectName, const QString &message)
{
    auto *page = new QWidget(m_tabs);
    page->setObjectName(objectName);
    auto *layout = new QVBoxLayout(page);
    auto *label = new QLabel(message, page);
    label->setObjectName(objectName + u"Placeholder"_s);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(label);
    return page;
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Blue Button Viewer"),
        tr("<h3>Blue Button Viewer %1</h3>"
           "<p>View, search and export your Medicare claims, coverage and prescription "
           "history from the CMS Blue Button 2.0 API.</p>"
           "<p>Your data stays on this computer. Sign-in secrets are kept in your system "
           "keychain.</p>")
            .arg(QApplication::applicationVersion().toHtmlEscaped()));
}

} // namespace bb
