// A whole session with the keyboard only, as someone who cannot use a mouse works: from the
// welcome screen through the embedded Medicare login (typed into the page), every tab,
// a claim opened with Enter and left with Alt+Left, a search, and an export. The page is
// only read (where the focus is), never driven, by script.
#include "appcontroller.h"
#include "auth/memorysecretstore.h"
#include "exportactions.h"
#include "login/logindialog.h"
#include "login/loginpage.h"
#include "mainwindow.h"
#include "models/claimlistmodel.h"
#include "views/claimdetailview.h"
#include "views/claimsview.h"

#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QPointer>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QWebEnginePage>
#include <QWebEngineView>

using namespace Qt::StringLiterals;
using bb::AppController;

class TestKeyboardSession : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QSettings *m_settings = nullptr;
    AppController *m_controller = nullptr;
    bb::MainWindow *m_window = nullptr;
    QPointer<bb::login::LoginDialog> m_dialog;

    QVariant js(const QString &script)
    {
        auto answer = std::make_shared<std::pair<QVariant, bool>>();
        if (!m_dialog)
            return {};
        m_dialog->page()->runJavaScript(script, [answer](const QVariant &v) {
            answer->first = v;
            answer->second = true;
        });
        if (!QTest::qWaitFor([&] { return answer->second; }, 1000))
            return {};
        return answer->first;
    }

    // The id of the page element that has the keyboard focus.
    QString focusedElement()
    {
        return js(u"document.activeElement ? document.activeElement.id : ''"_s).toString();
    }

    bool waitForFocusOn(const QString &id)
    {
        return QTest::qWaitFor([&] { return focusedElement() == id; }, 15000);
    }

    QWidget *pageInput() const { return m_dialog->view()->focusProxy(); }

    void type(const QString &text) { QTest::keyClicks(pageInput(), text); }

    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget *target = QApplication::focusWidget();
        QVERIFY2(target, "nothing has the keyboard focus");
        QTest::keyClick(target, key, modifiers);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_settings = new QSettings(m_dir.filePath(u"keys.ini"_s), QSettings::IniFormat, this);
        m_controller = new AppController(*m_settings, new bb::auth::MemorySecretStore, this);
        m_window = new bb::MainWindow(m_controller);
        m_window->show();
        QApplication::setActiveWindow(m_window);
        QVERIFY(QTest::qWaitForWindowActive(m_window));
    }

    void cleanupTestCase() { delete m_window; }

    void logInByKeys()
    {
        QVERIFY(m_window->isShowingWelcome());
        // Alt+D: "Try it with demo data".
        QTest::keyClick(m_window, Qt::Key_D, Qt::AltModifier);
        QTRY_VERIFY_WITH_TIMEOUT(m_controller->loginDialog(), 10000);
        m_dialog = m_controller->loginDialog();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog));
        // The page puts the focus in its user name field (autofocus) and the view takes the
        // keyboard when the dialog opens.
        QVERIFY(waitForFocusOn(u"username-textbox"_s));
        QTRY_VERIFY(m_dialog->view()->hasFocus() || pageInput()->hasFocus());
        type(u"BBUser00000"_s);
        QTRY_COMPARE(js(u"document.getElementById('username-textbox').value"_s).toString(),
            u"BBUser00000"_s);
        QTest::keyClick(pageInput(), Qt::Key_Return);
        QVERIFY(waitForFocusOn(u"password-textbox"_s));
        type(u"PW00000!"_s);
        QTest::keyClick(pageInput(), Qt::Key_Return);
        // The consent page: Tab to Connect, then Enter.
        QVERIFY(QTest::qWaitFor(
            [&] { return js(u"document.getElementById('approve') !== null"_s).toBool(); }, 15000));
        for (int i = 0; i < 12 && focusedElement() != u"approve"_s; ++i) {
            QTest::keyClick(pageInput(), Qt::Key_Tab);
            QTest::qWait(100);
        }
        QCOMPARE(focusedElement(), u"approve"_s);
        QSignalSpy synced(m_controller, &AppController::syncFinished);
        QTest::keyClick(pageInput(), Qt::Key_Return);
        QVERIFY(synced.wait(60000));
        QVERIFY(!m_window->isShowingWelcome());
    }

    void everyTabByKeys()
    {
        QApplication::setActiveWindow(m_window);
        QTRY_VERIFY(m_window->isActiveWindow());
        QTabWidget *tabs = m_window->tabs();
        for (int i = 0; i < tabs->count(); ++i) {
            QTest::keyClick(m_window, Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
            QCOMPARE(tabs->currentIndex(), i);
            // The keyboard is inside the tab, where Tab goes on from.
            QWidget *focus = QApplication::focusWidget();
            QVERIFY2(focus && tabs->currentWidget()->isAncestorOf(focus),
                qPrintable(u"tab %1: focus is not in the tab"_s.arg(i + 1)));
        }
        QTest::keyClick(m_window, Qt::Key_1, Qt::ControlModifier);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ControlModifier);
        QCOMPARE(tabs->currentIndex(), 1);
    }

    void openClaimsWithEnterAndGoBack()
    {
        QTest::keyClick(m_window, Qt::Key_4, Qt::ControlModifier);
        bb::views::ClaimsView *claims = m_window->claimsView();
        QTableView *table = claims->table();
        // The filters come first in the tab order, then the list.
        for (int i = 0; i < 12 && !table->hasFocus(); ++i)
            press(Qt::Key_Tab);
        QVERIFY(table->hasFocus());
        press(Qt::Key_Down);
        press(Qt::Key_Return);
        const QString first = claims->detailView()->currentClaimId();
        QVERIFY(!first.isEmpty());
        table->setFocus(); // the detail may take the focus; the list is one Shift+Tab away
        press(Qt::Key_Down);
        press(Qt::Key_Return);
        const QString second = claims->detailView()->currentClaimId();
        QVERIFY(!second.isEmpty() && second != first);
        // Alt+Left: back to the claim before (the button's shortcut clicks it a moment later).
        press(Qt::Key_Left, Qt::AltModifier);
        QTRY_COMPARE(claims->detailView()->currentClaimId(), first);
    }

    void searchWithCtrlF()
    {
        QTableView *table = m_window->claimsView()->table();
        const int all = table->model()->rowCount();
        QTest::keyClick(m_window, Qt::Key_F, Qt::ControlModifier);
        auto *field = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(field);
        QTest::keyClicks(field, u"DIALYSIS"_s);
        QTRY_VERIFY(table->model()->rowCount() < all);
        QVERIFY(table->model()->rowCount() > 0);
    }

    void exportByKeys()
    {
        QTest::keyClick(m_window, Qt::Key_E, Qt::ControlModifier);
        QFileDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<QFileDialog *>()) && dialog->isVisible());
        // The window manager's part: the new dialog becomes the active window.
        QApplication::setActiveWindow(dialog);
        QTRY_VERIFY(dialog->isAncestorOf(QApplication::focusWidget()));
        auto *name = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY2(name, "the file name field does not have the focus");
        // Where the file goes is the test's choice; its name is typed.
        dialog->setDirectory(m_dir.path());
        const QString path = m_dir.filePath(u"by-keys.csv"_s);
        name->selectAll();
        QTest::keyClicks(name, u"by-keys.csv"_s);
        QSignalSpy saved(m_window->exports(), &bb::ExportActions::jobFinished);
        QTest::keyClick(name, Qt::Key_Return);
        QVERIFY(saved.count() || saved.wait(10000));
        QVERIFY(saved.first().at(0).toBool());
        QVERIFY2(QFileInfo(path).size() > 0, qPrintable(saved.first().at(1).toString()));
        // Escape closes what opens: a dialog, then nothing is left open.
        QTest::keyClick(m_window, Qt::Key_E, Qt::ControlModifier);
        QTRY_VERIFY((dialog = m_window->findChild<QFileDialog *>()) && dialog->isVisible());
        QApplication::setActiveWindow(dialog);
        QTRY_VERIFY(dialog->isAncestorOf(QApplication::focusWidget()));
        QPointer<QFileDialog> open(dialog);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QTRY_VERIFY(!open || !open->isVisible());
    }
};

QTEST_MAIN(TestKeyboardSession)
#include "tst_keyboard_session.moc"
