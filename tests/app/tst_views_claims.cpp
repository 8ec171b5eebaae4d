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
#include <QDateEdit>
#include <QDialog>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSplitter>
#include <QTableView>
#include <QTest>

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

    // "2,919 claims shown", never "2919": every count in the footer in the app's locale.
    void footerCountsInLocale()
    {
        ClaimListModel list;
        list.appendClaims(generatedClaims(1234, viewstest::today()));
        views::ClaimsView view(&list);
        QVERIFY2(view.footerText().startsWith(u"1,234 claim"_s), qPrintable(view.footerText()));
        QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Spain));
        view.filterBar()->setFilter(models::ClaimFilter {}); // no change: text stays
        models::ClaimFilter owe;
        owe.setOnlyPatientResponsibility(true);
        view.filterBar()->setFilter(owe);
        view.filterBar()->setFilter(models::ClaimFilter {});
        const QString spanish = view.footerText();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY2(
            spanish.startsWith(u"1234 "_s) || spanish.startsWith(u"1.234 "_s), qPrintable(spanish));
        QVERIFY2(!spanish.contains(u"$1,"_s), qPrintable(spanish));
    }

    // A filter that hides the open claim empties the detail pane and says why; no other row
    // stays highlighted beside it.
    void hiddenOpenClaimLeavesDetail()
    {
        ClaimListModel list;
        list.appendClaims(fixtureClaims());
        views::ClaimsView view(&list);
        view.resize(1100, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QModelIndex first = view.proxy()->index(0, 0);
        const QString id = first.data(models::ClaimIdRole).toString();
        const auto type = fhir::ClaimType(first.data(models::ClaimTypeRole).toInt());
        view.table()->setCurrentIndex(first);
        QVERIFY(view.openClaim(id));
        QCOMPARE(view.detailView()->currentClaimId(), id);
        QVERIFY(view.detailView()->emptyMessage().isEmpty());
        viewstest::saveScreenshot(&view, u"claims-detail-before-filter"_s);

        QAction *action = typeAction(view.filterBar(), type);
        QVERIFY(action);
        action->trigger(); // hide the open claim's type
        QVERIFY(view.proxy()->rowCount() > 0);
        QVERIFY(view.detailView()->currentClaimId().isEmpty());
        QVERIFY2(view.detailView()->emptyMessage().contains(u"hidden by the filters"_s),
            qPrintable(view.detailView()->emptyMessage()));
        QVERIFY(!view.table()->selectionModel()->hasSelection());
        viewstest::saveScreenshot(&view, u"claims-detail-hidden-by-filter"_s);

        // A filter that keeps the open claim keeps it open and selected.
        action->trigger();
        QVERIFY(view.openClaim(id));
        models::ClaimFilter f = view.proxy()->filter();
        f.setSearchText(id);
        view.filterBar()->setFilter(f);
        QCOMPARE(view.detailView()->currentClaimId(), id);
        QCOMPARE(view.table()->currentIndex().data(models::ClaimIdRole).toString(), id);
    }

    // An empty list says why and what to do, with a button that shows everything again.
    void emptyListSaysWhy()
    {
        ClaimListModel list;
        views::ClaimsView view(&list);
        view.resize(1100, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.emptyText().contains(u"No claims yet"_s));
        QVERIFY(!view.showAllButton()->isVisibleTo(&view));

        list.appendClaims(generatedClaims(200, QDate(2022, 7, 17)));
        QVERIFY(view.emptyText().isEmpty());
        QDate newest;
        for (int r = 0; r < list.claimCount(); ++r)
            newest = std::max({newest, list.claimRow(r).end, list.claimRow(r).start});
        view.setToday(viewstest::today());
        view.filterBar()->dateCombo()->setCurrentIndex(1); // Last 12 months: none
        QCOMPARE(view.proxy()->rowCount(), 0);
        const QString text = view.emptyText();
        QVERIFY2(text.startsWith(u"No claims in the chosen dates."_s), qPrintable(text));
        QVERIFY2(text.contains(QLocale().toString(newest, u"MMMM d, yyyy"_s)), qPrintable(text));
        QVERIFY(text.contains(u"All dates"_s));
        viewstest::saveScreenshot(&view, u"claims-empty-dates"_s);

        models::ClaimFilter search;
        search.setSearchText(u"zzzz-nothing"_s);
        view.filterBar()->setFilter(search);
        QVERIFY2(
            view.emptyText().startsWith(u"None of your 200 claim"_s), qPrintable(view.emptyText()));

        QTest::mouseClick(view.showAllButton(), Qt::LeftButton);
        QCOMPARE(view.proxy()->rowCount(), 200);
        QVERIFY(view.emptyText().isEmpty());
        QVERIFY(view.filterBar()->filter().isPassThrough());
    }

    // The date menu: each year with claims, and a custom range chosen in a dialog.
    void dateMenuOffersYearsAndCustomRange()
    {
        ClaimListModel list;
        list.appendClaims(generatedClaims(400, viewstest::today()));
        views::ClaimsView view(&list);
        view.setToday(viewstest::today());
        QComboBox *dates = view.filterBar()->dateCombo();
        QSet<int> years;
        for (int r = 0; r < list.claimCount(); ++r) {
            const models::ClaimRow &row = list.claimRow(r);
            const QDate start = row.start.isValid() ? row.start : row.end;
            if (start.isValid())
                years.insert(start.year());
        }
        years.remove(viewstest::today().year()); // that one is "This year"
        QVERIFY(years.size() >= 1);
        const int year = *std::min_element(years.begin(), years.end());
        const int index = dates->findText(QString::number(year));
        QVERIFY2(index > 2, qPrintable(QString::number(index)));
        // Every year with claims, newest first, then "Custom dates…".
        QCOMPARE(dates->count(), 3 + int(years.size()) + 1);
        QCOMPARE(dates->itemText(dates->count() - 1), u"Custom dates…"_s);
        dates->setCurrentIndex(index);
        QCOMPARE(view.proxy()->filter().from(), QDate(year, 1, 1));
        QCOMPARE(view.proxy()->filter().to(), QDate(year, 12, 31));
        QVERIFY(view.proxy()->rowCount() > 0);
        for (int r = 0; r < view.proxy()->rowCount(); ++r) {
            const QDate d = view.proxy()
                                ->index(r, ClaimListModel::ServiceStart)
                                .data(models::SortRole)
                                .toDate();
            QVERIFY(!d.isValid() || d.year() <= year);
        }

        // Custom dates: the dialog opens with calendars; OK applies, the menu names the range.
        Q_EMIT dates->activated(dates->count() - 1);
        QDialog *dialog = view.filterBar()->customRangeDialog();
        QVERIFY(dialog);
        auto *from = dialog->findChild<QDateEdit *>(u"from"_s);
        auto *to = dialog->findChild<QDateEdit *>(u"to"_s);
        QVERIFY(from && to);
        QVERIFY(from->calendarPopup());
        from->setDate(QDate(2023, 3, 1));
        to->setDate(QDate(2023, 5, 31));
        viewstest::saveScreenshot(dialog, u"claims-custom-dates"_s);
        dialog->accept();
        QCOMPARE(view.proxy()->filter().from(), QDate(2023, 3, 1));
        QCOMPARE(view.proxy()->filter().to(), QDate(2023, 5, 31));
        QCOMPARE(dates->currentIndex(), dates->count() - 1);
        QCOMPARE(
            dates->currentText(), models::formatDateRange(QDate(2023, 3, 1), QDate(2023, 5, 31)));
        QTRY_VERIFY(!view.filterBar()->customRangeDialog());

        // Cancel leaves the filter as it was.
        dates->setCurrentIndex(0);
        Q_EMIT dates->activated(dates->count() - 1);
        QVERIFY(view.filterBar()->customRangeDialog());
        view.filterBar()->customRangeDialog()->reject();
        QCOMPARE(dates->currentIndex(), 0);
        QVERIFY(!view.proxy()->filter().from().isValid());
    }

    // Ticking types keeps the menu open; the button counts the eight types, not "Unknown".
    void typeMenuStaysOpen()
    {
        ClaimListModel list;
        list.appendClaims(fixtureClaims());
        views::ClaimsView view(&list);
        view.resize(1100, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        views::ClaimFilterBar *bar = view.filterBar();
        QMenu *menu = bar->typesMenu();
        menu->popup(bar->typesButton()->mapToGlobal(QPoint(0, bar->typesButton()->height())));
        QVERIFY(QTest::qWaitForWindowExposed(menu));
        for (const fhir::ClaimType type : {fhir::ClaimType::Pde, fhir::ClaimType::Dme}) {
            QAction *action = typeAction(bar, type);
            QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(action).center());
            QVERIFY(!action->isChecked());
            QVERIFY(menu->isVisible());
        }
        QVERIFY(!view.proxy()->isClaimTypeShown(fhir::ClaimType::Pde));
        QVERIFY(!view.proxy()->isClaimTypeShown(fhir::ClaimType::Dme));
        // The keyboard too: Space on the highlighted type ticks it and the menu stays.
        menu->setActiveAction(typeAction(bar, fhir::ClaimType::Dme));
        QTest::keyClick(menu, Qt::Key_Space);
        QVERIFY(typeAction(bar, fhir::ClaimType::Dme)->isChecked());
        QVERIFY(menu->isVisible());
        QCOMPARE(bar->typesButton()->text(), u"7 of 8 claim types"_s);
        menu->close();

        typeAction(bar, fhir::ClaimType::Pde)->trigger();
        QCOMPARE(bar->typesButton()->text(), u"All claim types"_s);
        typeAction(bar, fhir::ClaimType::Unknown)->trigger();
        QCOMPARE(bar->typesButton()->text(), u"All known claim types"_s);
    }

    // A narrow window puts "Only where you may owe" on a second row instead of over the search.
    void filterBarWrapsInNarrowWindow()
    {
        ClaimListModel list;
        list.appendClaims(fixtureClaims());
        views::ClaimsView view(&list);
        view.resize(1300, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(!view.filterBar()->isOweOnSecondRow());
        view.resize(620, 440);
        QTRY_VERIFY2(view.filterBar()->isOweOnSecondRow(),
            qPrintable(u"%1 %2"_s.arg(view.width()).arg(view.minimumSizeHint().width())));
        QCoreApplication::processEvents();
        const QRect owe = view.filterBar()->oweCheck()->geometry();
        const QRect search = view.filterBar()->searchEdit()->geometry();
        QVERIFY(!owe.intersects(search));
        QVERIFY(owe.right() <= view.filterBar()->width());
        viewstest::saveScreenshot(&view, u"claims-640"_s);
    }

    // The list gets the room until a claim is opened; the split the person sets is kept.
    // Large text: every column title stays whole, and the diagnosis keeps at least its title's
    // width (the list scrolls sideways instead of squeezing it).
    void largeTextKeepsColumnTitlesWhole()
    {
        ClaimListModel list;
        list.appendClaims(generatedClaims(50, viewstest::today()));
        views::ClaimsView view(&list);
        view.resize(1280, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QFont big = view.font();
        big.setPointSizeF(big.pointSizeF() * 2);
        view.setFont(big);
        QCoreApplication::processEvents();
        QHeaderView *header = view.table()->horizontalHeader();
        const QFontMetrics metrics = header->fontMetrics();
        QCOMPARE(metrics.height(), QFontMetrics(big).height());
        for (int column = 0; column < header->count(); ++column) {
            if (header->isSectionHidden(column))
                continue;
            const QString title = list.headerData(column, Qt::Horizontal).toString();
            QVERIFY2(header->sectionSize(column) >= metrics.horizontalAdvance(title),
                qPrintable(u"%1: %2 < %3"_s.arg(title)
                               .arg(header->sectionSize(column))
                               .arg(metrics.horizontalAdvance(title))));
        }
    }

    void listGetsTheRoomAndTheSplitIsKept()
    {
        ClaimListModel list;
        list.appendClaims(generatedClaims(300, viewstest::today()));
        QByteArray saved;
        {
            views::ClaimsView view(&list);
            view.resize(1400, 900);
            view.show();
            QVERIFY(QTest::qWaitForWindowExposed(&view));
            QList<int> sizes = view.splitter()->sizes();
            QVERIFY2(sizes.at(0) > 3 * sizes.at(1),
                qPrintable(u"%1 %2"_s.arg(sizes.at(0)).arg(sizes.at(1))));
            viewstest::saveScreenshot(&view, u"claims-list-room"_s);
            const QModelIndex row = view.proxy()->index(0, 0);
            QVERIFY(view.openClaim(row.data(models::ClaimIdRole).toString()));
            sizes = view.splitter()->sizes();
            QVERIFY(sizes.at(0) > sizes.at(1));
            QVERIFY(sizes.at(1) > (sizes.at(0) + sizes.at(1)) / 4);
            viewstest::saveScreenshot(&view, u"claims-list-and-detail"_s);
            // The person drags the split up: the view hands the state on to be kept.
            QSignalSpy changed(&view, &views::ClaimsView::splitChanged);
            const int total = sizes.at(0) + sizes.at(1);
            view.splitter()->setSizes({total / 4, total - total / 4});
            Q_EMIT view.splitter()->splitterMoved(total / 4, 1);
            QCOMPARE(changed.count(), 1);
            saved = changed.constFirst().constFirst().toByteArray();
        }
        views::ClaimsView again(&list);
        again.resize(1400, 900);
        QVERIFY(again.restoreSplit(saved));
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QVERIFY(again.openClaim(again.proxy()->index(0, 0).data(models::ClaimIdRole).toString()));
        const QList<int> sizes = again.splitter()->sizes();
        QVERIFY2(
            sizes.at(0) < sizes.at(1), qPrintable(u"%1 %2"_s.arg(sizes.at(0)).arg(sizes.at(1))));
        QVERIFY(!again.restoreSplit({}));
    }

    // A new person starts with no filter, no selection and the list at its top.
    void resetForNewPerson()
    {
        ClaimListModel list;
        list.appendClaims(generatedClaims(300, viewstest::today()));
        views::ClaimsView view(&list);
        view.resize(1100, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        models::ClaimFilter f;
        f.setOnlyPatientResponsibility(true);
        view.filterBar()->setFilter(f);
        const QModelIndex row = view.proxy()->index(5, 0);
        view.table()->setCurrentIndex(row);
        QVERIFY(view.openClaim(row.data(models::ClaimIdRole).toString()));
        view.table()->scrollToBottom();
        QVERIFY(view.table()->verticalScrollBar()->value() > 0);

        view.resetForNewPerson();
        QVERIFY(view.filterBar()->filter().isPassThrough());
        QVERIFY(view.proxy()->filter().isPassThrough());
        QVERIFY(view.detailView()->currentClaimId().isEmpty());
        QVERIFY(!view.table()->selectionModel()->hasSelection());
        QCOMPARE(view.table()->verticalScrollBar()->value(), 0);
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
