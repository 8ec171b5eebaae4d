// The Claims tab: filter widgets drive the proxy, footer totals are exact to the cent,
// every column sorts from its header, rows stream in, and 10,000 claims stay responsive.
#include "../models/testclaims.h"
#include "models/cell.h"
#include "models/claimlistmodel.h"
#include "models/claimrow.h"
#include "models/roles.h"
#include "views/claimdetailview.h"
#include "views/claimfilterbar.h"
#include "views/claimsview.h"
#include "viewstesthelpers.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace bb;
using models::ClaimListModel;

namespace {

struct Sums
{
    int count = 0;
    qint64 billed = 0;
    qint64 paid = 0;
    qint64 owe = 0;
};

// Independent of the proxy's own totals(): reads every shown row's cents.
Sums shownSums(const QAbstractItemModel *proxy)
{
    Sums s;
    s.count = proxy->rowCount();
    for (int r = 0; r < proxy->rowCount(); ++r) {
        s.billed += proxy->index(r, ClaimListModel::Billed).data(models::CentsRole).toLongLong();
        s.paid += proxy->index(r, ClaimListModel::Paid).data(models::CentsRole).toLongLong();
        s.owe += proxy->index(r, ClaimListModel::YouMayOwe).data(models::CentsRole).toLongLong();
    }
    return s;
}

QAction *typeAction(views::ClaimFilterBar *bar, fhir::ClaimType type)
{
    const QList<QAction *> actions = bar->typesMenu()->actions();
    for (QAction *a : actions) {
        if (a->isCheckable() && a->data().toInt() == int(type))
            return a;
    }
    return nullptr;
}

} // namespace

class TestViewsClaims : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        BB_REQUIRE_FIXTURES(fixtureFiles());
        // US formats for the screenshots ("$1,234.50", "Jan 15, 2016"), whatever the machine.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void rowsAppearAsPagesArrive()
    {
        ClaimListModel list;
        views::ClaimsView view(&list);
        view.resize(1100, 700);
        const QList<QList<fhir::Claim>> pages = fixturePages();
        QVERIFY(pages.size() >= 2);
        int expected = 0;
        for (const QList<fhir::Claim> &page : pages) {
            list.appendClaims(page);
            expected = list.claimCount();
            QCOMPARE(view.table()->model()->rowCount(), expected);
        }
        // Newest first by default.
        QAbstractItemModel *m = view.table()->model();
        for (int r = 1; r < m->rowCount(); ++r) {
            const QDate above = m->index(r - 1, 0).data(models::SortRole).toDate();
            const QDate below = m->index(r, 0).data(models::SortRole).toDate();
            if (above.isValid() && below.isValid())
                QVERIFY2(above >= below, qPrintable(u"row %1"_s.arg(r)));
        }
        QVERIFY(view.footerText().contains(QString::number(expected)));
    }

    void typeMenuDrivesProxy()
    {
        ClaimListModel list;
        list.appendClaims(fixtureClaims());
        views::ClaimsView view(&list);
        views::ClaimFilterBar *bar = view.filterBar();
        QAction *pde = typeAction(bar, fhir::ClaimType::Pde);
        QVERIFY(pde);
        QVERIFY(pde->isChecked());
        int pdeCount = 0;
        for (int r = 0; r < list.claimCount(); ++r)
            pdeCount += list.claim(r).type == fhir::ClaimType::Pde ? 1 : 0;
        QVERIFY(pdeCount > 0);

        pde->trigger(); // untick, as a click in the menu does
        QVERIFY(!view.proxy()->isClaimTypeShown(fhir::ClaimType::Pde));
        QCOMPARE(view.proxy()->rowCount(), list.claimCount() - pdeCount);
        for (int r = 0; r < view.proxy()->rowCount(); ++r) {
            QVERIFY(view.proxy()->index(r, 0).data(models::ClaimTypeRole).toInt()
                != int(fhir::ClaimType::Pde));
        }
        QVERIFY(bar->typesButton()->text() != views::ClaimFilterBar::tr("All claim types"));

        // "Show all types" ticks it again.
        bar->typesMenu()->actions().constFirst()->trigger();
        QVERIFY(pde->isChecked());
        QCOMPARE(view.proxy()->rowCount(), list.claimCount());
    }

    void datePresetAndOweDriveProxy()
    {
        ClaimListModel list;
        list.appendClaims(generatedClaims(400, viewstest::today()));
        views::ClaimsView view(&list);
        view.setToday(viewstest::today());

        view.filterBar()->dateCombo()->setCurrentIndex(2); // This year
        QCOMPARE(view.proxy()->filter().from(), QDate(2024, 1, 1));
        QCOMPARE(view.proxy()->filter().to(), QDate(2024, 12, 31));
        int expected = 0;
        for (int r = 0; r < list.claimCount(); ++r) {
            const models::ClaimRow &row = list.claimRow(r);
            expected += view.proxy()->filter().acceptsDates(row.start, row.end) ? 1 : 0;
        }
        QVERIFY(expected > 0 && expected < list.claimCount());
        QCOMPARE(view.proxy()->rowCount(), expected);

        view.filterBar()->dateCombo()->setCurrentIndex(1); // Last 12 months
        QCOMPARE(view.proxy()->filter().from(), viewstest::today().addMonths(-12));

        QTest::mouseClick(view.filterBar()->oweCheck(), Qt::LeftButton);
        QVERIFY(view.proxy()->filter().onlyPatientResponsibility());
        QVERIFY(view.proxy()->rowCount() > 0);
        for (int r = 0; r < view.proxy()->rowCount(); ++r) {
            QVERIFY(view.proxy()
                        ->index(r, ClaimListModel::YouMayOwe)
                        .data(models::CentsRole)
                        .toLongLong()
                > 0);
        }
        view.filterBar()->dateCombo()->setCurrentIndex(0);
        QTest::mouseClick(view.filterBar()->oweCheck(), Qt::LeftButton);
        QCOMPARE(view.proxy()->rowCount(), list.claimCount());
    }

    void searchIsDebounced()
    {
        ClaimListModel list;
        list.appendClaims(fixtureClaims());
        views::ClaimsView view(&list);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy spy(view.filterBar(), &views::ClaimFilterBar::filterChanged);
        const fhir::Claim &pde = [&]() -> const fhir::Claim & {
            for (int r = 0; r < list.claimCount(); ++r) {
                if (list.claim(r).fill && !list.claim(r).fill->drug.display.isEmpty())
                    return list.claim(r);
            }
            return list.claim(0);
        }();
        QVERIFY(pde.fill);
        const QString word = pde.fill->drug.display.section(u' ', 0, 0);
        QTest::keyClicks(view.filterBar()->searchEdit(), word);
        // Nothing yet: the proxy waits for a pause in the typing.
        QCOMPARE(spy.count(), 0);
        QCOMPARE(view.proxy()->rowCount(), list.claimCount());
        QTRY_COMPARE(spy.count(), 1);
        QCOMPARE(view.proxy()->filter().searchText(), word);
        QVERIFY(view.proxy()->rowCount() >= 1);
        QVERIFY(view.proxy()->rowCount() < list.claimCount());
        bool found = false;
        for (int r = 0; r < view.proxy()->rowCount(); ++r)
            found |= view.proxy()->index(r, 0).data(models::ClaimIdRole).toString() == pde.id;
        QVERIFY(found);

        // Enter applies at once; the clear button shows everything again.
        QTest::keyClicks(view.filterBar()->searchEdit(), u"zzzz-no-such-thing"_s);
        QTest::keyClick(view.filterBar()->searchEdit(), Qt::Key_Return);
        QCOMPARE(view.proxy()->rowCount(), 0);
        QVERIFY(view.footerText().startsWith(u"0 "_s));
        view.filterBar()->searchEdit()->clear();
        QCOMPARE(view.proxy()->rowCount(), list.claimCount());
    }

    void footerTotalsAreExact()
    {
        ClaimListModel list;
        list.appendClaims(generatedClaims(600, viewstest::today()));
        views::ClaimsView view(&list);
        const auto check = [&] {
            const Sums s = shownSums(view.proxy());
            const models::ClaimTotals t = view.proxy()->totals();
            QCOMPARE(t.shown, s.count);
            QCOMPARE(t.billed.cents(), s.billed);
            QCOMPARE(t.paid.cents(), s.paid);
            QCOMPARE(t.youMayOwe.cents(), s.owe);
            const QString footer = view.footerText();
            QVERIFY2(footer.contains(models::formatMoney(fhir::Money::fromCents(s.billed))),
                qPrintable(footer));
            QVERIFY2(footer.contains(models::formatMoney(fhir::Money::fromCents(s.paid))),
                qPrintable(footer));
            QVERIFY2(footer.contains(models::formatMoney(fhir::Money::fromCents(s.owe))),
                qPrintable(footer));
            QVERIFY2(footer.startsWith(QLocale().toString(s.count) + u' '), qPrintable(footer));
        };
        check();
        view.filterBar()->setFilter([] {
            models::ClaimFilter f;
            f.setTypes({fhir::ClaimType::Carrier, fhir::ClaimType::Outpatient});
            return f;
        }());
        check();
        QTest::mouseClick(view.filterBar()->oweCheck(), Qt::LeftButton);
        check();
    }

    void incompleteSyncSaysSo()
    {
        ClaimListModel list;
        views::ClaimsView view(&list);
        list.setExpectedTotal(2919);
        list.appendClaims(generatedClaims(120, viewstest::today()));
        list.setSyncComplete(false);
        QTRY_COMPARE(view.completenessText(), u"Totals cover 120 of 2,919 claims"_s);
        list.setExpectedTotal(120);
        list.setSyncComplete(true);
        QTRY_VERIFY(view.completenessText().isEmpty());
    }

    void everyColumnSortsFromItsHeader()
    {
        ClaimListModel list;
        list.appendClaims(generatedClaims(500, viewstest::today()));
        views::ClaimsView view(&list);
        view.resize(1400, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QHeaderView *header = view.table()->horizontalHeader();
        QAbstractItemModel *m = view.table()->model();
        for (int c = 0; c < ClaimListModel::ColumnCount; ++c) {
            view.table()->scrollTo(m->index(0, c));
            const int x = header->sectionViewportPosition(c) + header->sectionSize(c) / 2;
            QVERIFY2(x > 0 && x < header->viewport()->width(), qPrintable(QString::number(c)));
            QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, 5));
            QCOMPARE(view.proxy()->sortColumn(), c);
            const Qt::SortOrder order = view.proxy()->sortOrder();
            for (int r = 1; r < m->rowCount(); ++r) {
                const int cmp =
                    list.compareRows(c, view.proxy()->mapToSource(m->index(r - 1, c)).row(),
                        view.proxy()->mapToSource(m->index(r, c)).row());
                QVERIFY2(order == Qt::AscendingOrder ? cmp <= 0 : cmp >= 0,
                    qPrintable(u"column %1 row %2"_s.arg(c).arg(r)));
            }
            // A second click reverses the order.
            QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, 5));
            QVERIFY(view.proxy()->sortOrder() != order);
        }
    }

    void tenThousandClaimsStayResponsive()
    {
        const QList<fhir::Claim> claims = generatedClaims(10000, viewstest::today());
        ClaimListModel list;
        views::ClaimsView view(&list);
        view.resize(1200, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QElapsedTimer timer;
        timer.start();
        qint64 slowestPage = 0;
        for (qsizetype i = 0; i < claims.size(); i += 50) {
            QElapsedTimer page;
            page.start();
            list.appendClaims(claims.mid(i, 50));
            QCoreApplication::processEvents();
            slowestPage = std::max(slowestPage, page.elapsed());
        }
        const qint64 load = timer.elapsed();
        QCOMPARE(view.proxy()->rowCount(), 10000);

        // A search as the debounced box applies it, then the repaint it causes.
        views::ClaimFilterBar *bar = view.filterBar();
        bar->searchEdit()->setText(u"donepezil"_s);
        timer.restart();
        QTest::keyClick(bar->searchEdit(), Qt::Key_Return);
        const qint64 searchFilter = timer.elapsed();
        QCoreApplication::processEvents();
        const qint64 search = timer.elapsed();
        // A second word, as a person narrows the search.
        bar->searchEdit()->setText(u"donepezil 5"_s);
        timer.restart();
        QTest::keyClick(bar->searchEdit(), Qt::Key_Return);
        QCoreApplication::processEvents();
        const qint64 narrow = timer.elapsed();
        QVERIFY(view.proxy()->rowCount() < 10000);

        bar->searchEdit()->clear();
        QCOMPARE(view.proxy()->rowCount(), 10000);
        QHeaderView *header = view.table()->horizontalHeader();
        timer.restart();
        const int x = header->sectionViewportPosition(ClaimListModel::Provider) + 10;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, 5));
        QCoreApplication::processEvents();
        const qint64 sortText = timer.elapsed();
        QCOMPARE(view.proxy()->sortColumn(), int(ClaimListModel::Provider));
        timer.restart();
        view.table()->sortByColumn(ClaimListModel::Billed, Qt::DescendingOrder);
        QCoreApplication::processEvents();
        const qint64 sortMoney = timer.elapsed();

        qInfo("10,000 claims: load %lld ms (slowest page %lld ms), search %lld ms (filter "
              "%lld ms), narrowing %lld ms, sort by provider %lld ms, by amount %lld ms",
            load, slowestPage, search, searchFilter, narrow, sortText, sortMoney);
        // Generous bounds: a loaded 2-core CI machine must not fail, a quadratic path must.
        QVERIFY2(search < 300, qPrintable(QString::number(search)));
        QVERIFY2(sortText < 300, qPrintable(QString::number(sortText)));
        QVERIFY2(sortMoney < 300, qPrintable(QString::number(sortMoney)));
        QVERIFY2(slowestPage < 500, qPrintable(QString::number(slowestPage)));
    }
};

QTEST_MAIN(TestViewsClaims)
#include "tst_views_claims.moc"
