#include "mainwindow.h"
#include "textsize.h"
#include "viewmenu.h"
#include "welcomepage.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using bb::TextSize;

// View > Zoom: the size of all text, from 100% to 200%, remembered between runs.
class TestTextSize : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    double m_basePoints = 0;

private Q_SLOTS:
    void initTestCase() { m_basePoints = QApplication::font().pointSizeF(); }

    void cleanup() { TextSize::apply(100); }

    void stepsAndLimits()
    {
        QCOMPARE(TextSize::clamp(50), 100);
        QCOMPARE(TextSize::clamp(100), 100);
        QCOMPARE(TextSize::clamp(130), 125);
        QCOMPARE(TextSize::clamp(140), 150);
        QCOMPARE(TextSize::clamp(200), 200);
        QCOMPARE(TextSize::clamp(400), 200);
    }

    void zoomIsRemembered()
    {
        QSettings settings(m_dir.filePath(u"zoom.ini"_s), QSettings::IniFormat);
        {
            TextSize size(&settings);
            QCOMPARE(size.percent(), 100);
            QSignalSpy changed(&size, &TextSize::changed);
            size.zoomIn();
            size.zoomIn();
            QCOMPARE(size.percent(), 150);
            QCOMPARE(changed.count(), 2);
            for (int i = 0; i < 10; ++i)
                size.zoomIn();
            QCOMPARE(size.percent(), 200);
            size.zoomOut();
            QCOMPARE(size.percent(), 175);
        }
        TextSize next(&settings);
        QCOMPARE(next.percent(), 175);
        next.reset();
        QCOMPARE(next.percent(), 100);
    }

    void everythingFollows()
    {
        QWidget window;
        auto *text = new QLabel(u"text"_s, &window);
        auto *heading = new QLabel(u"heading"_s, &window);
        QFont big = heading->font();
        big.setPointSizeF(big.pointSizeF() * 1.5);
        heading->setFont(big);
        auto *table = new QTableView(&window);
        const int rowsAt100 = table->verticalHeader()->defaultSectionSize();

        TextSize::apply(200);
        QCOMPARE(TextSize::applied(), 200);
        QCOMPARE(QApplication::font().pointSizeF(), m_basePoints * 2);
        QCOMPARE(text->font().pointSizeF(), m_basePoints * 2);
        // A heading keeps its proportion to the text.
        QCOMPARE(heading->font().pointSizeF(), m_basePoints * 3);
        // Rows grow so that a line of text fits.
        QVERIFY(table->verticalHeader()->defaultSectionSize()
            >= table->verticalHeader()->fontMetrics().lineSpacing());
        QVERIFY(table->verticalHeader()->defaultSectionSize() > rowsAt100);

        // Back to 100%: exactly the sizes of before.
        TextSize::apply(100);
        QCOMPARE(text->font().pointSizeF(), m_basePoints);
        QCOMPARE(heading->font().pointSizeF(), m_basePoints * 1.5);
    }

    // The welcome screen's demo users at 200%: the header as large as the cells, and every
    // user name shown whole.
    void welcomeUsersFollow()
    {
        bb::WelcomePage page;
        page.resize(900, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        TextSize::apply(200);
        QCoreApplication::processEvents();
        auto *users = page.findChild<QTableWidget *>(u"demoUsers"_s);
        QVERIFY(users);
        QCOMPARE(users->horizontalHeader()->font().pointSizeF(), m_basePoints * 2);
        const QString name = users->item(0, 0)->text();
        QVERIFY2(users->columnWidth(0) >= users->fontMetrics().horizontalAdvance(name),
            qPrintable(u"%1 < %2"_s.arg(users->columnWidth(0))
                           .arg(users->fontMetrics().horizontalAdvance(name))));
        QVERIFY(
            users->verticalHeader()->defaultSectionSize() >= users->fontMetrics().lineSpacing());
    }

    void aWindowOpenedLaterFollows()
    {
        TextSize::apply(150);
        QWidget dialog;
        // As a QWebEngineView would be asked: its zoom factor.
        auto *page = new QWidget(&dialog);
        page->setProperty("zoomFactor", 1.0);
        TextSize::apply(TextSize::applied(), &dialog);
        QCOMPARE(dialog.font().pointSizeF(), m_basePoints * 1.5);
        // Only real web views take the zoom factor.
        QCOMPARE(page->property("zoomFactor").toDouble(), 1.0);
    }

    void viewMenuShortcuts()
    {
        bb::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        bb::ViewMenu *menu = window.viewMenu();
        QVERIFY(menu->zoomInAction()->shortcuts().contains(
            QKeySequence::keyBindings(QKeySequence::ZoomIn).value(0)));
        QCOMPARE(menu->actualSizeAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_0));
        QVERIFY(!menu->zoomOutAction()->isEnabled());
        QTest::keyClick(&window, Qt::Key_Equal, Qt::ControlModifier);
        QCOMPARE(window.textSize()->percent(), 125);
        QCOMPARE(QApplication::font().pointSizeF(), m_basePoints * 1.25);
        QVERIFY(menu->zoomOutAction()->isEnabled());
        QTest::keyClick(&window, Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(window.textSize()->percent(), 100);
        QCOMPARE(QApplication::font().pointSizeF(), m_basePoints);
    }
};

QTEST_MAIN(TestTextSize)
#include "tst_textsize.moc"
