// Every screen read as a screen reader reads it (the QAccessible tree Qt hands to AT-SPI):
// nothing focusable or interactive without a name, tables with their headers, labels before
// their values, hidden tabs not exposed, charts described and their numbers in a table.
// Also screenshots at 200% text in a 1280×800 window (<build>/a11y-screenshots/).
#include "announcer.h"
#include "appcontroller.h"
#include "auth/memorysecretstore.h"
#include "exportactions.h"
#include "mainwindow.h"
#include "models/claimlistmodel.h"
#include "settingsdialog.h"
#include "textsize.h"
#include "views/chartpanel.h"
#include "views/claimdetailview.h"
#include "views/claimsview.h"
#include "views/overviewview.h"
#include "welcomepage.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QChartView>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using bb::AppController;

namespace {

bool isInteractive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::Dial:
    case QAccessible::Table:
    case QAccessible::Tree:
    case QAccessible::List:
    case QAccessible::PageTab:
    case QAccessible::PageTabList:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::Link:
    case QAccessible::Chart:
        return true;
    default:
        return false;
    }
}

// A short path to an element, for failure messages: roles and object names up the tree.
QString describe(QAccessibleInterface *iface)
{
    QStringList parts;
    for (QAccessibleInterface *i = iface; i && parts.size() < 6; i = i->parent()) {
        const QObject *o = i->object();
        parts.prepend(u"%1(%2)"_s.arg(QString::number(int(i->role()), 16),
            o ? (o->objectName().isEmpty() ? QString::fromLatin1(o->metaObject()->className())
                                           : o->objectName())
              : QString()));
    }
    return parts.join(u" > "_s);
}

struct Walk
{
    QStringList unnamed;
    QStringList names; // every name read, in order
    int interactive = 0;
};

void walk(QAccessibleInterface *iface, Walk &out, int depth = 0)
{
    if (!iface || depth > 60)
        return;
    const QAccessible::State state = iface->state();
    if (state.invisible)
        return; // hidden: not read, and nothing under it either
    const QAccessible::Role role = iface->role();
    const QString name = iface->text(QAccessible::Name).trimmed();
    if (!name.isEmpty())
        out.names << name;
    if (isInteractive(role) || state.focusable) {
        ++out.interactive;
        if (name.isEmpty())
            out.unnamed << describe(iface);
    }
    // Cells and rows are named by their data; headers are checked on their own.
    if (role == QAccessible::Table || role == QAccessible::Tree || role == QAccessible::List)
        return;
    for (int i = 0; i < iface->childCount(); ++i)
        walk(iface->child(i), out, depth + 1);
}

Walk walkWidget(QWidget *widget)
{
    Walk w;
    walk(QAccessible::queryAccessibleInterface(widget), w);
    return w;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QSettings *m_settings = nullptr;
    AppController *m_controller = nullptr;
    bb::MainWindow *m_window = nullptr;
    QString m_shots;

    void verifyAllNamed(QWidget *widget, const char *screen)
    {
        QCoreApplication::processEvents();
        const Walk w = walkWidget(widget);
        QVERIFY2(w.interactive > 0, screen);
        QVERIFY2(w.unnamed.isEmpty(),
            qPrintable(u"%1: %2 interactive element(s) without a name:\n  %3"_s.arg(
                QString::fromLatin1(screen), QString::number(w.unnamed.size()),
                w.unnamed.join(u"\n  "_s))));
    }

    void shoot(QWidget *widget, const QString &name)
    {
        QCoreApplication::processEvents();
        widget->grab().save(QDir(m_shots).filePath(name + u".png"_s));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QAccessible::setActive(true);
        m_shots = QDir(QString::fromUtf8(BB_BINARY_DIR)).filePath(u"a11y-screenshots"_s);
        QDir().mkpath(m_shots);
        m_settings = new QSettings(m_dir.filePath(u"a11y.ini"_s), QSettings::IniFormat, this);
        m_controller = new AppController(*m_settings, new bb::auth::MemorySecretStore, this);
        m_window = new bb::MainWindow(m_controller);
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
    }

    void cleanupTestCase()
    {
        bb::TextSize::apply(100);
        delete m_window;
    }

    void welcomeScreen()
    {
        QVERIFY(m_window->isShowingWelcome());
        verifyAllNamed(m_window, "welcome");
        shoot(m_window, u"welcome-100"_s);
    }

    void signInAsDemo()
    {
        QSignalSpy synced(m_controller, &AppController::syncFinished);
        m_controller->signInAsDemo(u"BBUser00000"_s);
        QVERIFY(synced.wait(60000));
        QVERIFY(!m_window->isShowingWelcome());
        // The end of the download is announced.
        QVERIFY2(!bb::lastAnnouncement(m_window).isEmpty(), "sync end not announced");
    }

    void everyTab()
    {
        QTabWidget *tabs = m_window->tabs();
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            const QByteArray screen = "tab " + tabs->tabText(i).toUtf8();
            verifyAllNamed(m_window, screen.constData());
            // The other tabs' pages are not in the tree.
            const Walk w = walkWidget(m_window);
            for (int other = 0; other < tabs->count(); ++other) {
                if (other != i)
                    QVERIFY(!tabs->widget(other)->isVisible());
            }
            Q_UNUSED(w);
        }
    }

    void tablesExposeHeaders()
    {
        QTableView *table = m_window->claimsView()->table();
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(table);
        QVERIFY(iface->tableInterface());
        QVERIFY(iface->tableInterface()->rowCount() > 0);
        QAccessibleInterface *cell = iface->tableInterface()->cellAt(0, 0);
        QVERIFY(cell && cell->tableCellInterface());
        const QList<QAccessibleInterface *> headers =
            cell->tableCellInterface()->columnHeaderCells();
        QVERIFY(!headers.isEmpty());
        QVERIFY(!headers.constFirst()->text(QAccessible::Name).isEmpty());
        QVERIFY(!iface->text(QAccessible::Name).isEmpty());
    }

    void chartsAreDescribed()
    {
        m_window->tabs()->setCurrentIndex(bb::MainWindow::OverviewTab);
        auto *overview = m_window->findChild<bb::views::OverviewView *>();
        QVERIFY(overview);
        for (bb::views::ChartPanel *panel : {overview->spendingPanel(), overview->monthlyPanel()}) {
            QAccessibleInterface *chart = QAccessible::queryAccessibleInterface(panel->view());
            QVERIFY(!chart->text(QAccessible::Name).isEmpty());
            QVERIFY(!chart->text(QAccessible::Description).isEmpty());
            // The same numbers as a table, one button press away.
            QVERIFY(!panel->table()->isVisible());
            panel->tableButton()->click();
            QVERIFY(panel->table()->isVisible());
            QVERIFY(panel->table()->rowCount() > 0);
            QVERIFY(!panel->table()->horizontalHeaderItem(0)->text().isEmpty());
        }
        // Billed per year: the summary names the years the table lists.
        const QString summary = overview->spendingPanel()->summary();
        const QString year = overview->spendingPanel()->table()->item(0, 0)->text();
        QVERIFY2(summary.contains(year), qPrintable(summary));
        verifyAllNamed(m_window, "overview with tables");
    }

    void claimDetail()
    {
        m_window->tabs()->setCurrentIndex(bb::MainWindow::ClaimsTab);
        bb::views::ClaimsView *claims = m_window->claimsView();
        // An inpatient claim: the Hospital stay tab shows, the Prescription tab does not.
        const QAbstractItemModel *model = claims->table()->model();
        int row = -1;
        for (int r = 0; r < model->rowCount() && row < 0; ++r) {
            if (model->index(r, bb::models::ClaimListModel::Type)
                    .data()
                    .toString()
                    .contains(u"hospital"_s, Qt::CaseInsensitive))
                row = r;
        }
        QVERIFY(row >= 0);
        claims->table()->setCurrentIndex(model->index(row, 0));
        claims->table()->setFocus();
        QTest::keyClick(claims->table(), Qt::Key_Return);
        QTRY_VERIFY(!claims->detailView()->currentClaimId().isEmpty());
        verifyAllNamed(m_window, "claim detail");

        // A tab that is hidden is not read.
        auto *sections = claims->detailView()->findChild<QTabWidget *>();
        QVERIFY(sections);
        QAccessibleInterface *bar = QAccessible::queryAccessibleInterface(sections->tabBar());
        QStringList visible;
        QStringList hidden;
        for (int i = 0; i < sections->count(); ++i)
            (sections->isTabVisible(i) ? visible : hidden) << sections->tabText(i);
        QVERIFY(!hidden.isEmpty());
        QStringList read;
        for (int i = 0; i < bar->childCount(); ++i) {
            QAccessibleInterface *tab = bar->child(i);
            QVERIFY(!tab->state().invisible);
            read << tab->text(QAccessible::Name);
        }
        QCOMPARE(read, visible);
        QVERIFY(!read.contains(u"Prescription"_s));
        shoot(m_window, u"claim-detail-100"_s);
    }

    void labelsBeforeValues()
    {
        // Every form: the label is read, then its value.
        const QList<QLabel *> labels = m_window->findChildren<QLabel *>();
        int checked = 0;
        for (QLabel *label : labels) {
            QWidget *value = label->buddy();
            if (!value || value->parentWidget() != label->parentWidget())
                continue;
            const QObjectList siblings = label->parentWidget()->children();
            QVERIFY2(siblings.indexOf(label) < siblings.indexOf(value),
                qPrintable(u"\"%1\" is read after its value"_s.arg(label->text())));
            ++checked;
        }
        QVERIFY(checked > 5);
    }

    void settingsDialog()
    {
        m_window->openGeneralSettings();
        bb::SettingsDialog *dialog = m_window->settingsDialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        verifyAllNamed(dialog, "settings");
        dialog->showPage(bb::SettingsDialog::Page::Advanced);
        verifyAllNamed(dialog, "settings, advanced");
        shoot(dialog, u"settings-100"_s);
        dialog->reject();
    }

    void exportDialogs()
    {
        m_window->tabs()->setCurrentIndex(bb::MainWindow::ClaimsTab);
        for (QAction *action : {m_window->exports()->exportCsvAction(),
                 m_window->exports()->exportPdfAction(), m_window->exports()->exportHtmlAction()}) {
            QVERIFY(action->isEnabled());
            action->trigger();
            QFileDialog *dialog = nullptr;
            QTRY_VERIFY((dialog = m_window->findChild<QFileDialog *>()) && dialog->isVisible());
            verifyAllNamed(dialog, qPrintable(action->text()));
            dialog->reject();
            QTRY_VERIFY(!m_window->findChild<QFileDialog *>());
        }
    }

    void exportSavedIsAnnounced()
    {
        QString path = m_dir.filePath(u"claims.html"_s);
        QString error;
        const auto document = m_window->exports()->currentViewReport(&error);
        QVERIFY2(document, qPrintable(error));
        QVERIFY(m_window->exports()->exportHtml(*document, path, &error));
        QVERIFY(bb::lastAnnouncement(m_window).contains(u"claims.html"_s));
    }

    void twoHundredPercent()
    {
        bb::TextSize::apply(200);
        m_window->resize(1280, 800);
        QTabWidget *tabs = m_window->tabs();
        const QStringList names = {
            u"overview"_s, u"patient"_s, u"coverage"_s, u"claims"_s, u"drugs"_s};
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QCoreApplication::processEvents();
            shoot(m_window, names.value(i) + u"-200"_s);
            // Nothing on the screen is cut: a label that does not wrap is as wide as its text.
            const QList<QLabel *> labels = tabs->currentWidget()->findChildren<QLabel *>();
            for (QLabel *label : labels) {
                if (!label->isVisible() || label->wordWrap() || label->text().isEmpty()
                    || label->textFormat() == Qt::RichText)
                    continue;
                QVERIFY2(label->width() >= label->minimumSizeHint().width() - 1,
                    qPrintable(u"%1: \"%2\" is cut (%3 of %4 px)"_s.arg(names.value(i),
                        label->text(), QString::number(label->width()),
                        QString::number(label->minimumSizeHint().width()))));
            }
        }
        verifyAllNamed(m_window, "200%");
        // The charts below the fold: axis labels upright where they would not fit side by side.
        tabs->setCurrentIndex(bb::MainWindow::OverviewTab);
        auto *overview = m_window->findChild<bb::views::OverviewView *>();
        QCoreApplication::processEvents();
        shoot(overview->spendingPanel(), u"overview-chart-200"_s);
        shoot(overview->monthlyPanel(), u"overview-monthly-200"_s);
        bb::TextSize::apply(100);
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
