#include "models/claimlistmodel.h"
#include "models/drugsmodel.h"
#include "models/roles.h"
#include "testclaims.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace Qt::StringLiterals;
using bb::fhir::Claim;
using namespace bb::models;

namespace {

const QDate kToday(2023, 6, 15);

struct Sums
{
    int fills = 0;
    qint64 cost = 0;
    qint64 paid = 0;
    qint64 days = 0;
    QDate first;
    QDate last;
};

// Grouped independently of DrugsModel, by the drug's name as a person reads it.
QHash<QString, Sums> expectedGroups(
    const QList<Claim> &claims,
    const std::function<bool(const Claim &)> &pred = [](const Claim &) { return true; })
{
    QHash<QString, Sums> out;
    for (const Claim &c : claims) {
        if (!c.fill || !pred(c))
            continue;
        const QString name =
            c.fill->drug.display.isEmpty() ? c.fill->drug.code : c.fill->drug.display.toLower();
        Sums &s = out[name];
        ++s.fills;
        const auto cost = c.amounts.drugCost ? c.amounts.drugCost : c.amounts.billed;
        s.cost += cost ? cost->cents() : 0;
        s.paid += c.amounts.patientPaid ? c.amounts.patientPaid->cents() : 0;
        s.days += c.fill->daysSupply.value_or(0);
        const QDate d = c.serviceStart();
        if (!s.first.isValid() || d < s.first)
            s.first = d;
        if (!s.last.isValid() || d > s.last)
            s.last = d;
    }
    return out;
}

void verifyGroups(const DrugsModel &model, const QHash<QString, Sums> &expected)
{
    QCOMPARE(model.rowCount(), expected.size());
    for (int r = 0; r < model.rowCount(); ++r) {
        const QString name = model.index(r, DrugsModel::Drug).data().toString();
        const QString key = expected.contains(name) ? name : name.toLower();
        QVERIFY2(expected.contains(key), qPrintable(name));
        const Sums &s = expected[key];
        const QModelIndex group = model.index(r, 0);
        QCOMPARE(model.rowCount(group), s.fills);
        QCOMPARE(model.index(r, DrugsModel::Fills).data(SortRole).toLongLong(), s.fills);
        QCOMPARE(model.index(r, DrugsModel::TotalCost).data(CentsRole).toLongLong(), s.cost);
        QCOMPARE(model.index(r, DrugsModel::YouPaid).data(CentsRole).toLongLong(), s.paid);
        QCOMPARE(model.index(r, DrugsModel::DaysSupply).data(SortRole).toLongLong(), s.days);
        QCOMPARE(model.index(r, DrugsModel::FirstFill).data(SortRole).toDate(), s.first);
        QCOMPARE(model.index(r, DrugsModel::LastFill).data(SortRole).toDate(), s.last);
        // The drug row is the sum of its fill rows, as a view would show them.
        qint64 childCost = 0;
        for (int f = 0; f < model.rowCount(group); ++f)
            childCost += model.index(f, DrugsModel::TotalCost, group).data(CentsRole).toLongLong();
        QCOMPARE(childCost, s.cost);
    }
}

} // namespace

class TestModelsDrugs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        BB_REQUIRE_FIXTURES(fixtureFiles());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void groupsFollowPages()
    {
        DrugsModel drugs;
        QAbstractItemModelTester tester(
            &drugs, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ClaimListModel claims;
        drugs.setSourceModel(&claims);
        QCOMPARE(drugs.rowCount(), 0);
        const QList<Claim> all = generatedClaims(800, kToday);
        QSignalSpy reset(&drugs, &QAbstractItemModel::modelReset);
        for (qsizetype i = 0; i < all.size(); i += 50)
            claims.appendClaims(all.mid(i, 50));
        QCOMPARE(reset.size(), 0); // pages insert rows, they do not reset
        verifyGroups(drugs, expectedGroups(all));
        QVERIFY(drugs.rowCount() > 1);

        // The same answer as grouping everything at once.
        DrugsModel again;
        again.setSourceModel(&claims);
        QCOMPARE(again.rowCount(), drugs.rowCount());

        // Fill rows lead back to their claim.
        const QModelIndex fill = drugs.index(0, 0, drugs.index(0, 0));
        const QString id = fill.data(ClaimIdRole).toString();
        QVERIFY(claims.rowForId(id) >= 0);
        QVERIFY(claims.claim(claims.rowForId(id)).fill.has_value());
        QCOMPARE(drugs.headerData(DrugsModel::TotalCost, Qt::Horizontal, ColumnKeyRole).toString(),
            u"drug_cost"_s);
    }

    void filterAndSearch()
    {
        ClaimListModel claims;
        DrugsModel drugs;
        QAbstractItemModelTester tester(
            &drugs, QAbstractItemModelTester::FailureReportingMode::QtTest);
        drugs.setSourceModel(&claims);
        const QList<Claim> all = generatedClaims(1500, kToday);
        claims.appendClaims(all);

        ClaimFilter lastYear;
        lastYear.setDatePreset(DatePreset::Last12Months, kToday);
        drugs.setFilter(lastYear);
        verifyGroups(drugs, expectedGroups(all, [](const Claim &c) {
            return c.serviceStart() >= kToday.addMonths(-12) && c.serviceStart() <= kToday;
        }));

        QString pharmacy;
        for (const Claim &c : all) {
            if (c.fill && !c.fill->pharmacyName.isEmpty())
                pharmacy = c.fill->pharmacyName;
        }
        QVERIFY(!pharmacy.isEmpty());
        ClaimFilter search;
        search.setSearchText(pharmacy.toLower());
        drugs.setFilter(search);
        verifyGroups(drugs, expectedGroups(all, [&](const Claim &c) {
            return c.fill->pharmacyName.contains(pharmacy, Qt::CaseInsensitive)
                || c.fill->drug.display.contains(pharmacy, Qt::CaseInsensitive);
        }));

        ClaimFilter noDrugs;
        noDrugs.setTypes({bb::fhir::ClaimType::Carrier});
        drugs.setFilter(noDrugs);
        QCOMPARE(drugs.rowCount(), 0);
    }

    void sortedByAProxy()
    {
        ClaimListModel claims;
        DrugsModel drugs;
        drugs.setSourceModel(&claims);
        QSortFilterProxyModel sorted;
        sorted.setSourceModel(&drugs);
        sorted.setSortRole(SortRole);
        QAbstractItemModelTester tester(
            &sorted, QAbstractItemModelTester::FailureReportingMode::QtTest);
        sorted.sort(DrugsModel::TotalCost, Qt::DescendingOrder);
        const QList<Claim> all = generatedClaims(900, kToday);
        for (qsizetype i = 0; i < all.size(); i += 50)
            claims.appendClaims(all.mid(i, 50));
        QVERIFY(sorted.rowCount() > 1);
        for (int r = 1; r < sorted.rowCount(); ++r) {
            QVERIFY(sorted.index(r - 1, DrugsModel::TotalCost).data(CentsRole).toLongLong()
                >= sorted.index(r, DrugsModel::TotalCost).data(CentsRole).toLongLong());
        }
        // Fills under a drug sort too: newest first by date.
        sorted.sort(DrugsModel::FirstFill, Qt::DescendingOrder);
        const QModelIndex group = sorted.index(0, 0);
        QVERIFY(sorted.rowCount(group) > 1);
        for (int f = 1; f < sorted.rowCount(group); ++f) {
            QVERIFY(sorted.index(f - 1, DrugsModel::FirstFill, group).data(SortRole).toDate()
                >= sorted.index(f, DrugsModel::FirstFill, group).data(SortRole).toDate());
        }
    }

    void drugWithoutName()
    {
        ClaimListModel claims;
        DrugsModel drugs;
        QAbstractItemModelTester tester(
            &drugs, QAbstractItemModelTester::FailureReportingMode::QtTest);
        drugs.setSourceModel(&claims);
        Claim pde;
        for (const Claim &c : fixtureClaims()) {
            if (c.fill)
                pde = c;
        }
        QVERIFY(pde.fill.has_value());
        pde.fill->drug = {{}, u"99999999999"_s, {}};
        claims.appendClaims({pde});
        QCOMPARE(drugs.rowCount(), 1);
        QCOMPARE(drugs.index(0, DrugsModel::Drug).data().toString(), u"99999999999"_s);
        QCOMPARE(drugs.index(0, DrugsModel::Drug).data(RawValueRole).toString(), u"99999999999"_s);
    }

    void replacedClaimRegroups()
    {
        ClaimListModel claims;
        DrugsModel drugs;
        QAbstractItemModelTester tester(
            &drugs, QAbstractItemModelTester::FailureReportingMode::QtTest);
        drugs.setSourceModel(&claims);
        QList<Claim> all = fixtureClaims();
        claims.appendClaims(all);
        verifyGroups(drugs, expectedGroups(all));
        for (Claim &c : all) {
            if (c.fill) {
                c.amounts.drugCost = bb::fhir::Money::fromCents(99999);
                claims.appendClaims({c});
                break;
            }
        }
        verifyGroups(drugs, expectedGroups(all));
        claims.clear();
        QCOMPARE(drugs.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestModelsDrugs)
#include "tst_models_drugs.moc"
