#include "models/claimlistmodel.h"
#include "models/overviewmodels.h"
#include "models/roles.h"
#include "testclaims.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using bb::fhir::Claim;
using namespace bb::models;

namespace {

const QDate kToday(2023, 6, 15);

qint64 cents(const std::optional<bb::fhir::Money> &m)
{
    return m ? m->cents() : 0;
}

} // namespace

class TestModelsOverview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        BB_REQUIRE_FIXTURES(fixtureFiles());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void figuresMatchIndependentSums()
    {
        OverviewModels overview;
        using Tester = QAbstractItemModelTester;
        const auto mode = Tester::FailureReportingMode::QtTest;
        Tester t1(overview.yearTotals(), mode);
        Tester t2(overview.monthlyPaid(), mode);
        Tester t3(overview.topProviders(), mode);
        Tester t4(overview.topDrugs(), mode);
        overview.setToday(kToday);
        ClaimListModel claims;
        overview.setSourceModel(&claims);
        const QList<Claim> all = generatedClaims(3000, kToday);
        QSignalSpy changed(&overview, &OverviewModels::overviewChanged);
        claims.setExpectedTotal(3100);
        for (qsizetype i = 0; i < all.size(); i += 50)
            claims.appendClaims(all.mid(i, 50));
        QVERIFY(changed.size() >= 60);

        const Overview &o = overview.overview();
        QCOMPARE(o.loaded, 3000);
        QCOMPARE(o.expected, std::optional<qint64>(3100));
        QVERIFY(!o.complete);
        QCOMPARE(o.all.claims, 3000);

        // Per year and type, against sums taken straight from the claims.
        QHash<QPair<int, int>, std::array<qint64, 4>> expected;
        qint64 allBilled = 0;
        for (const Claim &c : all) {
            allBilled += cents(c.amounts.billed);
            auto &e = expected[{c.serviceStart().year(), int(c.type)}];
            e[0] += 1;
            e[1] += cents(c.amounts.billed);
            e[2] += cents(c.amounts.medicarePaid);
            e[3] += cents(c.amounts.patientResponsibility());
        }
        QCOMPARE(o.all.billed.cents(), allBilled);
        QCOMPARE(o.byYearAndType.size(), expected.size());
        QCOMPARE(overview.yearTotals()->rowCount(), expected.size());
        for (int r = 0; r < overview.yearTotals()->rowCount(); ++r) {
            const auto at = [&](int col, int role) {
                return overview.yearTotals()->index(r, col).data(role);
            };
            const int year = at(YearTotalsModel::Year, SortRole).toInt();
            const auto type = bb::fhir::ClaimType(o.byYearAndType.at(r).type);
            const auto &e = expected.value({year, int(type)});
            QCOMPARE(at(YearTotalsModel::Claims, SortRole).toLongLong(), e[0]);
            QCOMPARE(at(YearTotalsModel::Billed, CentsRole).toLongLong(), e[1]);
            QCOMPARE(at(YearTotalsModel::MedicarePaid, CentsRole).toLongLong(), e[2]);
            QCOMPARE(at(YearTotalsModel::YouMayOwe, CentsRole).toLongLong(), e[3]);
            QCOMPARE(
                at(YearTotalsModel::Type, ExportRole).toString(), bb::fhir::claimTypeKey(type));
            if (r > 0)
                QVERIFY(o.byYearAndType.at(r - 1).year >= year);
        }
        const QList<int> years = o.years();
        QVERIFY(years.size() >= 6);
        qint64 yearsBilled = 0;
        for (int y : years)
            yearsBilled += o.yearTotals(y).billed.cents();
        QCOMPARE(yearsBilled, allBilled);

        // Twelve months ending this month, each the independent sum of that month's claims.
        QCOMPARE(overview.monthlyPaid()->rowCount(), 12);
        QCOMPARE(o.lastTwelveMonths.last().month, QDate(2023, 6, 1));
        QCOMPARE(o.lastTwelveMonths.first().month, QDate(2022, 7, 1));
        for (int m = 0; m < 12; ++m) {
            const QDate month = o.lastTwelveMonths.at(m).month;
            qint64 owe = 0;
            for (const Claim &c : all) {
                const QDate s = c.serviceStart();
                if (s.year() == month.year() && s.month() == month.month())
                    owe += cents(c.amounts.patientResponsibility());
            }
            QCOMPARE(overview.monthlyPaid()
                         ->index(m, MonthlyPaidModel::YouMayOwe)
                         .data(CentsRole)
                         .toLongLong(),
                owe);
            QCOMPARE(overview.monthlyPaid()
                         ->index(m, MonthlyPaidModel::Month)
                         .data(ExportRole)
                         .toString(),
                month.toString(u"yyyy-MM"_s));
        }

        // Top drugs: highest cost first, and the top one is the independent maximum.
        QHash<QString, qint64> drugCost;
        for (const Claim &c : all) {
            if (c.fill)
                drugCost[c.fill->drug.display.toCaseFolded()] +=
                    cents(c.amounts.drugCost ? c.amounts.drugCost : c.amounts.billed);
        }
        qint64 maxCost = 0;
        for (qint64 v : std::as_const(drugCost))
            maxCost = std::max(maxCost, v);
        RankingModel *drugs = overview.topDrugs();
        QCOMPARE(drugs->rowCount(), std::min<qsizetype>(10, drugCost.size()));
        QCOMPARE(drugs->index(0, RankingModel::Cost).data(CentsRole).toLongLong(), maxCost);
        for (int r = 1; r < drugs->rowCount(); ++r) {
            QVERIFY(drugs->index(r - 1, RankingModel::Cost).data(CentsRole).toLongLong()
                >= drugs->index(r, RankingModel::Cost).data(CentsRole).toLongLong());
        }
        RankingModel *providers = overview.topProviders();
        QVERIFY(providers->rowCount() > 0);
        QVERIFY(providers->rowCount() <= 10);

        // A filter narrows every figure.
        ClaimFilter thisYear;
        thisYear.setDatePreset(DatePreset::ThisYear, kToday);
        overview.setFilter(thisYear);
        QCOMPARE(overview.overview().years(), QList<int>({2023}));
        claims.setSyncComplete(true);
        QVERIFY(!overview.overview().complete); // 3000 of 3100
    }
};

QTEST_GUILESS_MAIN(TestModelsOverview)
#include "tst_models_overview.moc"
