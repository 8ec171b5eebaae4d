#include "models/claimlistmodel.h"
#include "models/claimsproxymodel.h"
#include "models/claimtypesmodel.h"
#include "models/overview.h"
#include "models/roles.h"
#include "testclaims.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStringListModel>
#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;
using bb::fhir::Claim;
using bb::fhir::ClaimType;
using bb::fhir::Money;
using namespace bb::models;

namespace {

const QDate kToday(2023, 6, 15);

struct Expected
{
    int count = 0;
    qint64 billed = 0;
    qint64 paid = 0;
    qint64 owe = 0;
};

// Written independently of ClaimFilter: the reference the proxy is checked against.
Expected expectedFor(const QList<Claim> &claims, const std::function<bool(const Claim &)> &pred)
{
    Expected e;
    QSet<QString> seen;
    for (auto it = claims.crbegin(); it != claims.crend(); ++it) {
        if (seen.contains(it->id))
            continue; // the later copy of an id is the one shown
        seen.insert(it->id);
        if (!pred(*it))
            continue;
        ++e.count;
        e.billed += it->amounts.billed ? it->amounts.billed->cents() : 0;
        e.paid += it->amounts.medicarePaid ? it->amounts.medicarePaid->cents() : 0;
        const auto owe = it->amounts.patientResponsibility();
        e.owe += owe ? owe->cents() : 0;
    }
    return e;
}

bool overlaps(const Claim &c, const QDate &from, const QDate &to)
{
    const QDate s = c.serviceStart();
    const QDate e = c.serviceEnd();
    if (!s.isValid())
        return false;
    return s <= to && e >= from;
}

void verifyTotals(const ClaimsProxyModel &proxy, const Expected &e)
{
    const ClaimTotals t = proxy.totals();
    QCOMPARE(proxy.rowCount(), e.count);
    QCOMPARE(t.shown, e.count);
    QCOMPARE(t.billed.cents(), e.billed);
    QCOMPARE(t.paid.cents(), e.paid);
    QCOMPARE(t.youMayOwe.cents(), e.owe);
    // The same figures read back through the export role of what is on screen.
    qint64 billedFromView = 0;
    for (int r = 0; r < proxy.rowCount(); ++r) {
        const QVariant cents = proxy.index(r, ClaimListModel::Billed).data(CentsRole);
        if (cents.isValid())
            billedFromView += cents.toLongLong();
    }
    QCOMPARE(billedFromView, e.billed);
}

// Checks that the proxy's rows are ordered by the column's typed value.
void verifySorted(const ClaimsProxyModel &proxy, int column, Qt::SortOrder order)
{
    const ClaimListModel *source = proxy.claimListModel();
    for (int r = 1; r < proxy.rowCount(); ++r) {
        const int a = proxy.mapToSource(proxy.index(r - 1, column)).row();
        const int b = proxy.mapToSource(proxy.index(r, column)).row();
        const int cmp = source->compareRows(column, a, b);
        if (order == Qt::AscendingOrder ? cmp > 0 : cmp < 0)
            QFAIL(qPrintable(u"column %1 out of order at row %2"_s.arg(column).arg(r)));
    }
}

} // namespace

class TestModelsClaims : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        BB_REQUIRE_FIXTURES(fixtureFiles());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    // Totals over many claims never wrap round: a wrapped sum shows a huge charge as a refund.
    void totalsNeverWrap()
    {
        const qint64 half = std::numeric_limits<qint64>::max() / 2 + 1;
        QList<Claim> claims;
        for (int i = 0; i < 3; ++i) {
            Claim c = fixtureClaims().constFirst();
            c.id = u"carrier--huge-%1"_s.arg(i);
            c.amounts.billed = Money::fromCents(half);
            claims << c;
        }
        ClaimListModel model;
        model.appendClaims(claims);
        ClaimsProxyModel proxy;
        proxy.setSourceModel(&model);
        QCOMPARE(proxy.totals().shown, 3);
        QCOMPARE(proxy.totals().billed.cents(), std::numeric_limits<qint64>::max());
        const Overview o = computeOverview(model, QDate(2026, 12, 1));
        QCOMPARE(o.all.billed.cents(), std::numeric_limits<qint64>::max());
    }

    void pagesInsertExactRanges()
    {
        ClaimListModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ClaimsProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsAboutToBeInserted);
        int expectedRows = 0;
        for (const QList<Claim> &page : fixturePages()) {
            model.appendClaims(page);
            QCOMPARE(inserted.size(), 1);
            QCOMPARE(inserted.at(0).at(1).toInt(), expectedRows);
            QCOMPARE(inserted.at(0).at(2).toInt(), expectedRows + int(page.size()) - 1);
            inserted.clear();
            expectedRows += int(page.size());
            QCOMPARE(model.rowCount(), expectedRows);
            QCOMPARE(proxy.rowCount(), expectedRows);
        }
        QCOMPARE(expectedRows, 60);
    }

    void sameIdReplacesRow()
    {
        ClaimListModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QList<Claim> claims = fixtureClaims();
        model.appendClaims(claims.mid(0, 10));
        Claim again = claims.at(3);
        again.amounts.billed = Money::fromCents(123456);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.appendClaims({again, claims.at(10)});
        QCOMPARE(model.rowCount(), 11);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 3);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.index(3, ClaimListModel::Billed).data(CentsRole).toLongLong(), 123456);
        QCOMPARE(model.index(3, ClaimListModel::Billed).data(ExportRole).toString(), u"1234.56"_s);
        QCOMPARE(model.index(3, ClaimListModel::Billed).data().toString(), u"$1,234.56"_s);
        QCOMPARE(model.rowForId(again.id), 3);

        // An older copy does not overwrite a newer one; duplicates within a page keep the last.
        Claim older = again;
        older.lastUpdated = again.lastUpdated.addDays(-1);
        older.amounts.billed = Money::fromCents(1);
        Claim fresh1 = claims.at(11);
        Claim fresh2 = fresh1;
        fresh2.amounts.billed = Money::fromCents(777);
        model.appendClaims({older, fresh1, fresh2});
        QCOMPARE(model.rowCount(), 12);
        QCOMPARE(model.index(3, ClaimListModel::Billed).data(CentsRole).toLongLong(), 123456);
        QCOMPARE(model.index(11, ClaimListModel::Billed).data(CentsRole).toLongLong(), 777);
    }

    // A kept record reopens as one big batch into an empty list (its rows made on two
    // threads): the rows, their order and the duplicates folded must be those of pages.
    void bigBatchIntoEmptyListEqualsPages()
    {
        QList<Claim> claims = generatedClaims(2500, QDate(2026, 12, 1));
        QCOMPARE(claims.size(), 2500);
        Claim duplicate = claims.at(7);
        duplicate.amounts.billed = Money::fromCents(4242);
        claims.append(duplicate); // the later copy wins, in the earlier one's place

        ClaimListModel paged;
        for (qsizetype i = 0; i < claims.size(); i += 50)
            paged.appendClaims(claims.mid(i, 50));

        ClaimListModel bulk;
        QAbstractItemModelTester tester(
            &bulk, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&bulk, &QAbstractItemModel::rowsInserted);
        bulk.appendClaims(claims);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(bulk.rowCount(), 2500);
        QCOMPARE(bulk.rowCount(), paged.rowCount());
        QCOMPARE(bulk.index(7, ClaimListModel::Billed).data(CentsRole).toLongLong(), 4242);
        for (int row = 0; row < bulk.rowCount(); ++row) {
            QCOMPARE(bulk.claim(row).id, paged.claim(row).id);
            QCOMPARE(bulk.rowForId(bulk.claim(row).id), row);
            QCOMPARE(bulk.claimRow(row).searchText, paged.claimRow(row).searchText);
            for (int column = 0; column < ClaimListModel::ColumnCount; ++column)
                QCOMPARE(bulk.index(row, column).data(), paged.index(row, column).data());
        }
        // Later pages still merge by id into the filled list.
        bulk.appendClaims({duplicate, claims.at(0)});
        QCOMPARE(bulk.rowCount(), 2500);
    }

    void headersAndRoles()
    {
        ClaimListModel model;
        model.appendClaims(fixtureClaims());
        QStringList keys;
        for (int c = 0; c < model.columnCount(); ++c) {
            QVERIFY(!model.headerData(c, Qt::Horizontal).toString().isEmpty());
            keys << model.headerData(c, Qt::Horizontal, ColumnKeyRole).toString();
        }
        QCOMPARE(keys,
            QStringList({u"service_start"_s, u"service_end"_s, u"claim_type"_s, u"provider"_s,
                u"diagnosis_or_drug"_s, u"billed"_s, u"medicare_paid"_s, u"you_may_owe"_s,
                u"claim_id"_s}));
        QCOMPARE(model.columnForKey(u"billed"), int(ClaimListModel::Billed));
        int pde = -1;
        for (int r = 0; r < model.rowCount() && pde < 0; ++r) {
            if (model.claim(r).type == ClaimType::Pde)
                pde = r;
        }
        QVERIFY(pde >= 0);
        const Claim &c = model.claim(pde);
        QCOMPARE(model.index(pde, ClaimListModel::Type).data(ExportRole).toString(), u"pde"_s);
        QCOMPARE(model.index(pde, ClaimListModel::Type).data().toString(),
            bb::fhir::claimTypeDisplayName(ClaimType::Pde));
        QCOMPARE(model.index(pde, ClaimListModel::ServiceStart).data(ExportRole).toString(),
            c.serviceStart().toString(Qt::ISODate));
        QCOMPARE(model.index(pde, ClaimListModel::ServiceStart).data(SortRole).toDate(),
            c.serviceStart());
        QCOMPARE(model.index(pde, ClaimListModel::Detail).data().toString(),
            c.fill->drug.display.isEmpty() ? c.fill->drug.code : c.fill->drug.display);
        QCOMPARE(model.index(pde, 0).data(ClaimIdRole).toString(), c.id);
        QCOMPARE(model.index(pde, 0).data(ClaimTypeRole).toInt(), int(ClaimType::Pde));
        const auto owe = c.amounts.patientResponsibility();
        QVERIFY(owe.has_value());
        QCOMPARE(model.index(pde, ClaimListModel::YouMayOwe).data(ExportRole).toString(),
            owe->toPlainString());
        QCOMPARE(model.index(pde, ClaimListModel::YouMayOwe).data(Qt::TextAlignmentRole).toInt(),
            int(Qt::AlignRight | Qt::AlignVCenter));
    }

    void unknownTypeShowsRawCode()
    {
        ClaimListModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Claim c = fixtureClaims().first();
        c.id = u"weird--1"_s;
        c.type = ClaimType::Unknown;
        c.typeCode = u"MYSTERY"_s;
        model.appendClaims({c});
        const QModelIndex type = model.index(0, ClaimListModel::Type);
        QVERIFY(type.data().toString().contains(u"MYSTERY"_s));
        QCOMPARE(type.data(RawValueRole).toString(), u"MYSTERY"_s);
        QCOMPARE(type.data(ExportRole).toString(), u"MYSTERY"_s);
        ClaimsProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setClaimTypes({ClaimType::Carrier});
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setClaimTypeShown(ClaimType::Unknown, true);
        QCOMPARE(proxy.rowCount(), 1);
    }

    void newestFirstByDefault()
    {
        ClaimListModel model;
        ClaimsProxyModel proxy;
        QAbstractItemModelTester tester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        for (const QList<Claim> &page : fixturePages())
            model.appendClaims(page);
        QCOMPARE(proxy.sortColumn(), int(ClaimListModel::ServiceStart));
        QCOMPARE(proxy.sortOrder(), Qt::DescendingOrder);
        QVERIFY(proxy.rowCount() > 50);
        for (int r = 1; r < proxy.rowCount(); ++r) {
            const QDate a = proxy.index(r - 1, 0).data(SortRole).toDate();
            const QDate b = proxy.index(r, 0).data(SortRole).toDate();
            QVERIFY2(!b.isValid() || a >= b, qPrintable(u"row %1"_s.arg(r)));
        }
    }

    void sortEveryColumn_data()
    {
        QTest::addColumn<int>("column");
        for (int c = 0; c < ClaimListModel::ColumnCount; ++c)
            QTest::addRow("%d", c) << c;
    }

    void sortEveryColumn()
    {
        QFETCH(int, column);
        ClaimListModel model;
        ClaimsProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.appendClaims(generatedClaims(2000, kToday));
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            proxy.sort(column, order);
            verifySorted(proxy, column, order);
        }
        // Money sorts by cents, not by text ("$9.00" > "$10.00" as text).
        if (column == ClaimListModel::Billed) {
            proxy.sort(column, Qt::AscendingOrder);
            qint64 last = std::numeric_limits<qint64>::min();
            for (int r = 0; r < proxy.rowCount(); ++r) {
                const QVariant v = proxy.index(r, column).data(CentsRole);
                if (!v.isValid())
                    continue;
                QVERIFY(v.toLongLong() >= last);
                last = v.toLongLong();
            }
        }
    }

    void filtersCombine_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<bool>("withTester");
        // The tester walks every cell on each change: fine for 600 claims, minutes for 10,000.
        QTest::newRow("600 under the tester") << 600 << true;
        QTest::newRow("10000") << 10000 << false;
    }

    void filtersCombine()
    {
        QFETCH(int, count);
        QFETCH(bool, withTester);
        const QList<Claim> claims = generatedClaims(count, kToday);
        ClaimListModel model;
        ClaimsProxyModel proxy;
        proxy.setSourceModel(&model);
        std::optional<QAbstractItemModelTester> tester;
        if (withTester)
            tester.emplace(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (qsizetype i = 0; i < claims.size(); i += 50)
            model.appendClaims(claims.mid(i, 50));
        QCOMPARE(model.rowCount(), count);
        verifyTotals(proxy, expectedFor(claims, [](const Claim &) { return true; }));

        QSignalSpy totalsChanged(&proxy, &ClaimsProxyModel::totalsChanged);
        proxy.setClaimTypes({ClaimType::Pde, ClaimType::Carrier});
        QVERIFY(totalsChanged.size() >= 1);
        verifyTotals(proxy, expectedFor(claims, [](const Claim &c) {
            return c.type == ClaimType::Pde || c.type == ClaimType::Carrier;
        }));

        proxy.setDatePreset(DatePreset::Last12Months, kToday);
        QCOMPARE(proxy.filter().from(), QDate(2022, 6, 15));
        verifyTotals(proxy, expectedFor(claims, [](const Claim &c) {
            return (c.type == ClaimType::Pde || c.type == ClaimType::Carrier)
                && overlaps(c, QDate(2022, 6, 15), kToday);
        }));

        proxy.setOnlyPatientResponsibility(true);
        verifyTotals(proxy, expectedFor(claims, [](const Claim &c) {
            const auto owe = c.amounts.patientResponsibility();
            return (c.type == ClaimType::Pde || c.type == ClaimType::Carrier)
                && overlaps(c, QDate(2022, 6, 15), kToday) && owe && owe->cents() > 0;
        }));

        proxy.setOnlyPatientResponsibility(false);
        proxy.showAllClaimTypes();
        proxy.setDatePreset(DatePreset::ThisYear, kToday);
        verifyTotals(proxy, expectedFor(claims, [](const Claim &c) {
            return overlaps(c, QDate(2023, 1, 1), QDate(2023, 12, 31));
        }));

        proxy.setDatePreset(DatePreset::AllDates, kToday);
        verifyTotals(proxy, expectedFor(claims, [](const Claim &) { return true; }));
    }

    void searchText()
    {
        const QList<Claim> claims = fixtureClaims();
        ClaimListModel model;
        ClaimsProxyModel proxy;
        proxy.setSourceModel(&model);
        model.appendClaims(claims);
        // A drug name, a diagnosis code and a provider NPI, found case-insensitively.
        const Claim *pde = nullptr;
        const Claim *withDiagnosis = nullptr;
        for (const Claim &c : claims) {
            if (!pde && c.fill && !c.fill->drug.display.isEmpty())
                pde = &c;
            if (!withDiagnosis && c.type == ClaimType::Carrier && !c.diagnoses.isEmpty())
                withDiagnosis = &c;
        }
        QVERIFY(pde && withDiagnosis);
        const auto checkWord = [&](const QString &word) {
            proxy.setSearchText(word);
            const Expected e = expectedFor(claims, [&](const Claim &c) {
                QStringList hay {c.id, c.providerName, c.providerId, c.facilityName};
                for (const auto &d : c.diagnoses)
                    hay << d.code << d.display;
                for (const auto &p : c.procedures)
                    hay << p.code << p.display;
                for (const auto &i : c.items)
                    hay << i.service.code << i.service.display << i.ndc.code << i.ndc.display
                        << i.revenue.code << i.revenue.display;
                for (const auto &m : c.careTeam)
                    hay << m.name << m.id;
                if (c.fill)
                    hay << c.fill->drug.code << c.fill->drug.display << c.fill->pharmacyName
                        << c.fill->pharmacyId << c.fill->prescriberName << c.fill->prescriberId;
                hay << c.drg.code << c.drg.display << c.claimNumber << c.typeCode << c.facilityId
                    << bb::fhir::claimTypeDisplayName(c.type);
                return hay.join(u'\n').contains(word, Qt::CaseInsensitive);
            });
            QVERIFY2(e.count > 0, qPrintable(word));
            verifyTotals(proxy, e);
        };
        checkWord(pde->fill->drug.display.toUpper());
        checkWord(withDiagnosis->diagnoses.first().code.toLower());
        checkWord(withDiagnosis->careTeam.isEmpty() ? withDiagnosis->id
                                                    : withDiagnosis->careTeam.first().id);
        // A dotted ICD code finds the undotted one Blue Button sends ("211.3" -> "2113").
        QString undotted;
        for (const Claim &c : claims) {
            for (const auto &d : c.diagnoses) {
                if (undotted.isEmpty() && d.code.size() == 4 && d.code.at(0).isDigit())
                    undotted = d.code;
            }
        }
        QVERIFY(!undotted.isEmpty());
        proxy.setSearchText(undotted.left(3) + u'.' + undotted.mid(3));
        const int dottedRows = proxy.rowCount();
        proxy.setSearchText(undotted);
        QVERIFY(dottedRows > 0);
        QCOMPARE(dottedRows, proxy.rowCount());
        // Two words must both match.
        proxy.setSearchText(pde->fill->drug.display + u" nosuchwordanywhere"_s);
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setSearchText({});
        QCOMPARE(proxy.rowCount(), model.rowCount());
    }

    void sourceSwitchAndWrongSource()
    {
        ClaimsProxyModel proxy;
        QAbstractItemModelTester tester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QStringListModel other({u"a"_s, u"b"_s});
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"needs a ClaimListModel"_s));
        proxy.setSourceModel(&other);
        QCOMPARE(proxy.rowCount(), 0);
        QCOMPARE(proxy.totals().shown, 0);

        auto first = std::make_unique<ClaimListModel>();
        first->appendClaims(fixturePages().at(0));
        proxy.setSourceModel(first.get());
        QCOMPARE(proxy.rowCount(), 10);
        ClaimListModel second;
        second.appendClaims(fixtureClaims());
        proxy.setSourceModel(&second);
        QCOMPARE(proxy.rowCount(), 60);
        // The old list no longer drives this proxy's totals.
        QSignalSpy totals(&proxy, &ClaimsProxyModel::totalsChanged);
        first->setExpectedTotal(99);
        QCOMPARE(totals.size(), 0);
        second.setExpectedTotal(99);
        QCOMPARE(totals.size(), 1);
        // Setting the same source again keeps it working.
        proxy.setSourceModel(&second);
        second.appendClaims(generatedClaims(5, kToday));
        QCOMPARE(proxy.rowCount(), 65);
        proxy.setSourceModel(first.get());
        first.reset();
        QCOMPARE(proxy.rowCount(), 0);
        QCOMPARE(proxy.totals().loaded, 0);
    }

    void claimTypeCheckboxes()
    {
        ClaimListModel model;
        ClaimsProxyModel proxy;
        proxy.setSourceModel(&model);
        ClaimTypesModel types;
        QAbstractItemModelTester tester(
            &types, QAbstractItemModelTester::FailureReportingMode::QtTest);
        types.setProxy(&proxy);
        QCOMPARE(types.rowCount(), 9);
        const QList<Claim> claims = fixtureClaims();
        model.appendClaims(claims);
        int total = 0;
        for (int r = 0; r < types.rowCount(); ++r) {
            const ClaimType type = types.typeAt(r);
            const auto expected = std::count_if(
                claims.begin(), claims.end(), [&](const Claim &c) { return c.type == type; });
            QCOMPARE(types.claimCount(r), int(expected));
            QCOMPARE(types.index(r).data(ClaimTypeRole).toInt(), int(type));
            QCOMPARE(types.index(r).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
            QVERIFY(types.index(r).data().toString().contains(QString::number(expected)));
            total += types.claimCount(r);
        }
        QCOMPARE(total, claims.size());
        QCOMPARE(types.typeAt(8), ClaimType::Unknown);

        // Unticking a box hides that type in the proxy...
        const int pdeRow = int(std::find(bb::fhir::allClaimTypes.begin(),
                                   bb::fhir::allClaimTypes.end(), ClaimType::Pde)
            - bb::fhir::allClaimTypes.begin());
        QVERIFY(types.setData(types.index(pdeRow), Qt::Unchecked, Qt::CheckStateRole));
        QVERIFY(!proxy.isClaimTypeShown(ClaimType::Pde));
        QCOMPARE(types.index(pdeRow).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        QCOMPARE(proxy.rowCount(), total - types.claimCount(pdeRow));
        // ...and a filter set elsewhere shows in the boxes.
        QSignalSpy changed(&types, &QAbstractItemModel::dataChanged);
        proxy.setClaimTypes({ClaimType::Pde});
        QVERIFY(changed.size() >= 1);
        QCOMPARE(types.index(pdeRow).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QCOMPARE(types.index(0).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    }

    void completeness()
    {
        ClaimListModel model;
        ClaimsProxyModel proxy;
        proxy.setSourceModel(&model);
        QSignalSpy spy(&proxy, &ClaimsProxyModel::totalsChanged);
        const QList<QList<Claim>> pages = fixturePages();
        model.setExpectedTotal(52);
        model.appendClaims(pages.at(0));
        QVERIFY(!model.isComplete());
        QCOMPARE(model.completenessText(), u"Totals cover 10 of 52 claims"_s);
        QVERIFY(!proxy.totals().complete);
        QCOMPARE(proxy.totals().expected, std::optional<qint64>(52));
        for (int p = 1; p < 6; ++p)
            model.appendClaims(pages.at(p));
        QVERIFY(!model.isComplete()); // all there, but the sync has not said it is done
        model.setSyncComplete(true);
        QVERIFY(model.isComplete());
        QVERIFY(model.completenessText().isEmpty());
        QVERIFY(proxy.totals().complete);
        QVERIFY(spy.size() >= 7);
        model.clear();
        QCOMPARE(proxy.rowCount(), 0);
        QVERIFY(!model.isComplete());
    }
};

QTEST_GUILESS_MAIN(TestModelsClaims)
#include "tst_models_claims.moc"
