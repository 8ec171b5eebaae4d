#include "core/languages.h"
#include "mainwindow.h"

#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>
#include <QTabWidget>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void titleTabsAndStatus()
    {
        bb::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QCOMPARE(window.windowTitle(), u"Blue Button Viewer"_s);
        QTabWidget *tabs = window.tabs();
        QVERIFY(tabs);
        const QStringList expected = {
            u"&Overview"_s, u"&Patient"_s, u"Co&verage"_s, u"&Claims"_s, u"&Drugs"_s};
        QCOMPARE(tabs->count(), expected.size());
        for (int i = 0; i < tabs->count(); ++i)
            QCOMPARE(tabs->tabText(i), expected.at(i));
        QCOMPARE(tabs->currentIndex(), 0);

        auto *status = window.statusBar()->findChild<QLabel *>(u"connectionStatus"_s);
        QVERIFY(status);
        QCOMPARE(status->text(), u"Not connected"_s);
        QVERIFY(!window.windowIcon().isNull());
    }

    void tabsReachableByKeyboard()
    {
        bb::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.tabs()->setFocus();
        QTest::keyClick(window.tabs(), Qt::Key_Tab, Qt::ControlModifier);
        QCOMPARE(window.tabs()->currentIndex(), 1);
        QTest::keyClick(&window, Qt::Key_C, Qt::AltModifier);
        QCOMPARE(window.tabs()->currentWidget()->objectName(), u"claimsPage"_s);
    }

    void spanishInterface()
    {
        QVERIFY(bb::installTranslators(*qApp, u"es"_s));
        bb::MainWindow window;
        QCOMPARE(window.windowTitle(), u"Visor de Blue Button"_s);
        QCOMPARE(window.tabs()->tabText(0), u"&Resumen"_s);
        auto *status = window.statusBar()->findChild<QLabel *>(u"connectionStatus"_s);
        QCOMPARE(status->text(), u"Sin conexión"_s);
        const QList<QTranslator *> translators = qApp->findChildren<QTranslator *>();
        for (QTranslator *t : translators) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
