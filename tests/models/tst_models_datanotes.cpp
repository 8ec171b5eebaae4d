// What the app says about odd or missing data: notes beside values Medicare sent that do not
// add up, the years the date filter offers, and why a list or chart is empty.
#include "models/claimdatespan.h"
#include "models/claimfilter.h"
#include "models/claimlistmodel.h"
#include "models/datanotes.h"
#include "testclaims.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace bb;
using models::DataNotes;
using models::EmptyListText;

class TestModelsDataNotes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void futureCoverageStartIsNoted()
    {
        const QDate today(2026, 12, 2);
        QVERIFY(DataNotes::futureStart(QDate(2043, 2, 1), today).contains(u"future"_s));
        QVERIFY(DataNotes::futureStart(today, today).isEmpty());
        QVERIFY(DataNotes::futureStart(QDate(2016, 1, 1), today).isEmpty());
        QVERIFY(DataNotes::futureStart({}, today).isEmpty());
    }

    void coveredDaysBeyondTheStayAreNoted()
    {
        const QDate in(2020, 3, 1);
        const QDate out(2020, 3, 5); // five days counting both ends
        const QString note = DataNotes::coveredDays(12, in, out);
        QVERIFY2(note.contains(u"5 day"_s), qPrintable(note));
        QVERIFY(DataNotes::coveredDays(5, in, out).isEmpty());
        QVERIFY(DataNotes::coveredDays(4, in, out).isEmpty());
        QVERIFY(DataNotes::coveredDays(std::nullopt, in, out).isEmpty());
        QVERIFY(DataNotes::coveredDays(12, in, {}).isEmpty());
        QVERIFY(DataNotes::coveredDays(3, out, in).isEmpty()); // dates reversed: no claim made
    }

    void dateSpanListsEveryYearNewestFirst()
    {
        models::ClaimListModel list;
        QAbstractItemModelTester tester(
            &list, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(models::claimDateSpan(list).years, QList<int> {});
        list.appendClaims(generatedClaims(300, QDate(2022, 7, 17)));
        const models::ClaimDateSpan span = models::claimDateSpan(list);
        QVERIFY(span.years.size() >= 2);
        for (qsizetype i = 1; i < span.years.size(); ++i)
            QVERIFY(span.years.at(i - 1) > span.years.at(i));
        QVERIFY(span.newest.isValid() && span.newest <= QDate(2022, 7, 17));
        QCOMPARE(span.newest.year(), span.years.constFirst());
        QCOMPARE(span.oldest.year(), span.years.constLast());
    }

    void emptyListSaysWhyAndWhatToDo()
    {
        models::ClaimDateSpan span;
        span.newest = QDate(2022, 7, 17);
        QVERIFY(EmptyListText::claims({}, 0, span).startsWith(u"No claims yet."_s));

        models::ClaimFilter dated;
        dated.setDatePreset(models::DatePreset::Last12Months, QDate(2026, 12, 2));
        QCOMPARE(EmptyListText::claims(dated, 130, span),
            u"No claims in the chosen dates. Your newest claim is from July 17, 2022. Choose "
            "\"All dates\" to see every claim."_s);

        models::ClaimFilter search;
        search.setSearchText(u"zzz"_s);
        const QString text = EmptyListText::claims(search, 2919, span);
        QVERIFY2(text.startsWith(u"None of your 2,919 claim"_s), qPrintable(text));
        QVERIFY(text.contains(u"Clear the search"_s));
    }

    void emptyMonthlyChartSaysWhy()
    {
        const QDate newest(2022, 7, 17);
        QCOMPARE(EmptyListText::lastTwelveMonths(0, false, 130, newest),
            u"No claims in the last 12 months. Your newest claim is from July 17, 2022. The "
            "Claims tab shows every date."_s);
        QVERIFY(
            EmptyListText::lastTwelveMonths(4, false, 130, newest).startsWith(u"Nothing to pay"_s));
        QVERIFY(EmptyListText::lastTwelveMonths(4, true, 130, newest).isEmpty());
        QVERIFY(EmptyListText::lastTwelveMonths(0, false, 0, {}).isEmpty()); // the list says it
    }
};

QTEST_MAIN(TestModelsDataNotes)
#include "tst_models_datanotes.moc"
