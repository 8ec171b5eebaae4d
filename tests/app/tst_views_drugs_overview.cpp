// The Drugs and Overview tabs: grouping, filters and exact totals; charts, year totals,
// completeness on every tab that shows totals; light and dark screenshots.
#include "../models/testclaims.h"
#include "fhir/parser.h"
#include "models/cell.h"
#include "models/claimlistmodel.h"
#include "models/drugsmodel.h"
#include "models/patientmodel.h"
#include "models/roles.h"
#include "views/claimfilterbar.h"
#include "views/drugsview.h"
#include "views/overviewview.h"
#include "viewstesthelpers.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStackedBarSeries>
#include <QTableWidget>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace bb;
using models::DrugsModel;

namespace {

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, QColor(0xe0, 0xe0, 0xe0));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x6f, 0xb0));
    return p;
}

} // namespace

class TestViewsDrugsOverview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        BB_REQUIRE_FIXTURES(fixtureFiles());
        BB_REQUIRE_FIXTURES(u"bfd-v2-normalized/patientRead.json"_s);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void drugsGroupAndTotalExactly()
    {
        models::ClaimListModel list;
        const QList<fhir::Claim> claims = generatedClaims(600, viewstest::today());
        list.appendClaims(claims);
        list.setExpectedTotal(600);
        list.setSyncComplete(true);
        views::DrugsView view(&list);
        view.setToday(viewstest::today());
        view.resize(1200, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        // Independent sums over the Part D claims.
        qint64 cost = 0;
        qint64 paid = 0;
        int fills = 0;
        for (const fhir::Claim &c : claims) {
            if (!c.fill)
                continue;
            ++fills;
            const auto drugCost = c.amounts.drugCost ? c.amounts.drugCost : c.amounts.billed;
            cost += drugCost ? drugCost->cents() : 0;
            paid += c.amounts.patientPaid ? c.amounts.patientPaid->cents() : 0;
        }
        QVERIFY2(fills >= 5, qPrintable(QString::number(fills)));
        QTreeView *tree = view.tree();
        const int drugs = tree->model()->rowCount();
        QCOMPARE(drugs, view.drugsModel()->drugCount());
        int childFills = 0;
        for (int r = 0; r < drugs; ++r)
            childFills += tree->model()->rowCount(tree->model()->index(r, 0));
        QCOMPARE(childFills, fills);
        QTRY_VERIFY(view.footerText().contains(models::formatMoney(fhir::Money::fromCents(cost))));
        QVERIFY2(view.footerText().contains(models::formatMoney(fhir::Money::fromCents(paid))),
            qPrintable(view.footerText()));
        QVERIFY(view.completenessText().isEmpty());

        // Expanding a drug lists its fills; activating a fill names its claim.
        const QModelIndex first = tree->model()->index(0, 0);
        tree->expand(first);
        QVERIFY(tree->isExpanded(first));
        const QModelIndex fill = tree->model()->index(0, 0, first);
        QVERIFY(fill.isValid());
        QSignalSpy activated(&view, &views::DrugsView::claimActivated);
        tree->setCurrentIndex(fill);
        tree->setFocus();
        QTest::keyClick(tree->viewport(), Qt::Key_Return);
        QTRY_COMPARE(activated.count(), 1);
        const QString id = activated.at(0).at(0).toString();
        QVERIFY(list.rowForId(id) >= 0);
        QVERIFY(list.claim(list.rowForId(id)).fill.has_value());
        viewstest::saveScreenshot(&view, u"drugs"_s);

        // Sorting by total cost, highest first.
        tree->sortByColumn(DrugsModel::TotalCost, Qt::DescendingOrder);
        for (int r = 1; r < tree->model()->rowCount(); ++r) {
            QVERIFY(tree->model()
                        ->index(r - 1, DrugsModel::TotalCost)
                        .data(models::SortRole)
                        .toLongLong()
                >= tree->model()
                       ->index(r, DrugsModel::TotalCost)
                       .data(models::SortRole)
                       .toLongLong());
        }

        // The same filters as the claims list: search narrows to one drug's fills.
        const QString name = view.drugsModel()->group(0).name;
        QTest::keyClicks(view.filterBar()->searchEdit(), name);
        QTRY_COMPARE(view.drugsModel()->filter().searchText(), name);
        QVERIFY(view.drugsModel()->drugCount() >= 1);
        for (int r = 0; r < view.drugsModel()->drugCount(); ++r) {
            const DrugsModel::Group &g = view.drugsModel()->group(r);
            QVERIFY2(g.name.contains(name, Qt::CaseInsensitive) || !g.fills.isEmpty(),
                qPrintable(g.name));
        }
        view.filterBar()->dateCombo()->setCurrentIndex(1); // last 12 months
        QCOMPARE(view.drugsModel()->filter().from(), viewstest::today().addMonths(-12));
        for (int r = 0; r < view.drugsModel()->drugCount(); ++r)
            QVERIFY(view.drugsModel()->group(r).last >= viewstest::today().addMonths(-12));
    }

    void drugsSayWhenIncomplete()
    {
        models::ClaimListModel list;
        views::DrugsView view(&list);
        list.setExpectedTotal(2919);
        list.appendClaims(generatedClaims(200, viewstest::today()));
        QTRY_COMPARE(view.completenessText(), u"Totals cover 200 of 2,919 claims"_s);
    }

    // An empty Drugs tab says why: no prescriptions at all, or none the filters leave.
    void drugsSayWhyTheyAreEmpty()
    {
        models::ClaimListModel list;
        views::DrugsView view(&list);
        QTRY_VERIFY(view.emptyText().startsWith(u"No prescription drug claims."_s));
        list.appendClaims(generatedClaims(200, viewstest::today()));
        int fills = 0;
        for (int r = 0; r < list.claimCount(); ++r)
            fills += list.claim(r).type == fhir::ClaimType::Pde ? 1 : 0;
        QVERIFY(fills > 0);
        QTRY_VERIFY(view.emptyText().isEmpty());
        models::ClaimFilter none;
        none.setSearchText(u"zzzz-nothing"_s);
        view.filterBar()->setFilter(none);
        QTRY_VERIFY2(view.emptyText().startsWith(
                         u"None of your %1 prescription fill"_s.arg(QLocale().toString(fills))),
            qPrintable(view.emptyText()));
        viewstest::saveScreenshot(&view, u"drugs-empty-filter"_s);
        view.filterBar()->setFilter({});
        QTRY_VERIFY(view.emptyText().isEmpty());
    }

    // An empty "last 12 months" chart says why, with the newest claim's date.
    void emptyMonthlyChartSaysWhy()
    {
        models::ClaimListModel list;
        list.appendClaims(generatedClaims(100, QDate(2022, 7, 17)));
        views::OverviewView view(&list, nullptr);
        view.setToday(viewstest::today());
        QTRY_VERIFY2(view.monthlyNote().startsWith(u"No claims in the last 12 months."_s),
            qPrintable(view.monthlyNote()));
        QVERIFY(view.monthlyNote().contains(u"2022"_s));
    }

    void overviewFiguresAndCharts()
    {
        models::ClaimListModel list;
        const QList<fhir::Claim> claims = generatedClaims(800, viewstest::today());
        list.setExpectedTotal(850);
        list.appendClaims(claims);
        models::PatientModel patient;
        const QByteArray json = viewstest::readFixture(u"bfd-v2-normalized/patientRead.json"_s);
        const fhir::Document doc = fhir::parseDocument(json, u"patientRead.json"_s);
        QVERIFY(!doc.patients.isEmpty());
        patient.setPatient(doc.patients.constFirst());

        views::OverviewView view(&list, &patient);
        view.setToday(viewstest::today());
        view.setLastSync(QDateTime(viewstest::today(), QTime(9, 30)));
        view.resize(1200, 1100);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_VERIFY(view.yearTable()->rowCount() > 0);

        QVERIFY(view.patientText().contains(doc.patients.constFirst().displayName()));
        QVERIFY(view.syncText().contains(u"9:30"_s));
        QCOMPARE(view.completenessText(), u"Totals cover 800 of 850 claims"_s);

        const models::Overview &o = view.overviewModels()->overview();
        const QList<int> years = o.years();
        QCOMPARE(view.yearTable()->rowCount(), years.size());
        for (int r = 0; r < years.size(); ++r) {
            const models::AmountTotals t = o.yearTotals(years.at(r));
            QCOMPARE(view.yearTable()->item(r, 0)->text(), QString::number(years.at(r)));
            QCOMPARE(view.yearTable()->item(r, 2)->text(), models::formatMoney(t.billed));
            QCOMPARE(view.yearTable()->item(r, 3)->text(), models::formatMoney(t.medicarePaid));
            QCOMPARE(view.yearTable()->item(r, 4)->text(), models::formatMoney(t.youMayOwe));
        }
        // Independent check of one year's billed sum.
        qint64 billed = 0;
        for (const fhir::Claim &c : claims) {
            if (c.serviceStart().year() == years.constFirst() && c.amounts.billed)
                billed += c.amounts.billed->cents();
        }
        QCOMPARE(o.yearTotals(years.constFirst()).billed.cents(), billed);

        // Spending chart: one category per year, one bar set per claim type present.
        QChart *spending = view.spendingChart();
        QCOMPARE(spending->series().size(), 1);
        auto *stacked = qobject_cast<QStackedBarSeries *>(spending->series().constFirst());
        QVERIFY(stacked);
        QSet<int> types;
        for (const models::YearTypeTotals &t : o.byYearAndType)
            types.insert(int(t.type));
        QCOMPARE(stacked->count(), types.size());
        QCOMPARE(stacked->barSets().constFirst()->count(), years.size());
        // Monthly chart: twelve months.
        auto *axis = qobject_cast<QBarCategoryAxis *>(
            view.monthlyChart()->axes(Qt::Horizontal).constFirst());
        QVERIFY(axis);
        QCOMPARE(axis->count(), 12);
        // Dollar axes read in the app's locale, grouped: "$2,000", never "$2000".
        auto *dollars = qobject_cast<QCategoryAxis *>(spending->axes(Qt::Vertical).constFirst());
        QVERIFY(dollars);
        const QStringList labels = dollars->categoriesLabels();
        // As many labels as the chart's height has room for at its text size (3 to 6).
        QVERIFY2(labels.size() >= 3 && labels.size() <= 6, qPrintable(labels.join(u" | "_s)));
        QCOMPARE(labels.constFirst(), models::formatWholeDollars(0));
        QCOMPARE(labels.constLast(), models::formatWholeDollars(dollars->max()));
        if (dollars->max() >= 1000)
            QVERIFY2(labels.constLast().contains(u','), qPrintable(labels.constLast()));
        QVERIFY(view.providersTable()->model()->rowCount() > 0);
        QVERIFY(view.drugsTable()->model()->rowCount() > 0);
        viewstest::saveScreenshot(&view, u"overview"_s);

        // Dark mode: the chart background follows the palette, the labels stay readable.
        view.setPalette(darkPalette());
        QTRY_VERIFY(spending->backgroundBrush().color().lightness() < 80);
        const QColor label = spending->axes(Qt::Horizontal).constFirst()->labelsColor();
        QVERIFY2(label.lightness() > 150, qPrintable(label.name()));
        viewstest::saveScreenshot(&view, u"overview-dark"_s);

        list.setExpectedTotal(800);
        list.setSyncComplete(true);
        QTRY_COMPARE(view.completenessText(),
            views::OverviewView::tr("All %n claim(s) loaded", nullptr, 800));
    }

    void overviewWithoutClaims()
    {
        models::ClaimListModel list;
        views::OverviewView view(&list, nullptr);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.yearTable()->rowCount(), 0);
        QVERIFY(view.syncText().contains(views::OverviewView::tr("Not synced yet")));
        // Twelve empty months still draw.
        auto *axis = qobject_cast<QBarCategoryAxis *>(
            view.monthlyChart()->axes(Qt::Horizontal).constFirst());
        QVERIFY(axis);
        QCOMPARE(axis->count(), 12);
    }
};

QTEST_MAIN(TestViewsDrugsOverview)
#include "tst_views_drugs_overview.moc"
