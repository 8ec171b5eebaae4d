#include "fhir/amountmeaning.h"
#include "fhir/money.h"
#include "fhir/parser.h"

#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;
using bb::fhir::AmountMeaning;
using bb::fhir::Money;

class TestMoney : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qint64>("cents");
        QTest::newRow("integer") << u"100"_s << true << qint64(10000);
        QTest::newRow("zero") << u"0"_s << true << qint64(0);
        QTest::newRow("one decimal") << u"37.5"_s << true << qint64(3750);
        QTest::newRow("two decimals") << u"84999.37"_s << true << qint64(8499937);
        QTest::newRow("binary-unfriendly") << u"0.29"_s << true << qint64(29);
        QTest::newRow("negative") << u"-12.01"_s << true << qint64(-1201);
        QTest::newRow("round half up") << u"1.005"_s << true << qint64(101);
        QTest::newRow("round down") << u"1.004999"_s << true << qint64(100);
        QTest::newRow("negative rounds away") << u"-0.015"_s << true << qint64(-2);
        QTest::newRow("exponent") << u"1.5e3"_s << true << qint64(150000);
        QTest::newRow("negative exponent") << u"15e-3"_s << true << qint64(2);
        QTest::newRow("tiny") << u"5e-9"_s << true << qint64(0);
        QTest::newRow("leading zeros") << u"007.10"_s << true << qint64(710);
        QTest::newRow("whitespace") << u" 3.20 "_s << true << qint64(320);
        QTest::newRow("empty") << QString() << false << qint64(0);
        QTest::newRow("text") << u"abc"_s << false << qint64(0);
        QTest::newRow("trailing junk") << u"1.00x"_s << false << qint64(0);
        QTest::newRow("bare exponent") << u"1e"_s << false << qint64(0);
        QTest::newRow("too large") << u"1e20"_s << false << qint64(0);
        QTest::newRow("huge digits") << QString(60, u'9') << false << qint64(0);
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(qint64, cents);
        const QByteArray utf8 = text.toUtf8();
        const auto m = Money::parse({utf8.constData(), size_t(utf8.size())});
        QCOMPARE(m.has_value(), valid);
        if (valid)
            QCOMPARE(m->cents(), cents);
    }

    void sumsAreExact()
    {
        // A thousand dimes is exactly $100.00; summed as doubles it is 99.9999999999986.
        Money total;
        for (int i = 0; i < 1000; ++i)
            total += *Money::parse("0.1");
        QCOMPARE(total.cents(), qint64(10000));
        QCOMPARE(total.toPlainString(), u"100.00"_s);
    }

    // Sums never wrap round: a wrapped total shows a huge charge as a refund.
    void sumsNeverWrap()
    {
        const Money top = Money::fromCents(std::numeric_limits<qint64>::max());
        const Money bottom = Money::fromCents(std::numeric_limits<qint64>::min());
        QVERIFY(!top.checkedAdd(Money::fromCents(1)));
        QVERIFY(!bottom.checkedAdd(Money::fromCents(-1)));
        QCOMPARE(top.checkedAdd(Money::fromCents(-1))->cents(), top.cents() - 1);
        QCOMPARE((top + Money::fromCents(1)).cents(), top.cents());
        QCOMPARE((bottom + Money::fromCents(-1)).cents(), bottom.cents());
        QCOMPARE((bottom - Money::fromCents(1)).cents(), bottom.cents());
        Money total = top;
        total += top;
        QCOMPARE(total, top);
        std::optional<Money> sum = top;
        QVERIFY(!bb::fhir::accumulate(sum, Money::fromCents(1)));
        QCOMPARE(sum, top); // left as it was
    }

    // A claim whose amounts add up past what an amount can hold is unreadable, with a reason,
    // and the others of the bundle are kept.
    void claimWhoseSumsOverflowIsUnreadable()
    {
        const QByteArray total =
            R"({"category":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/adjudication","code":"submitted"},{"system":"https://bluebutton.cms.gov/resources/codesystem/adjudication","code":"https://bluebutton.cms.gov/resources/variables/clm_tot_chrg_amt"}]},"amount":{"value":999999999999999.99}})";
        QByteArray totals;
        for (int i = 0; i < 100; ++i)
            totals += (i ? "," : "") + total;
        const QByteArray type =
            R"("type":{"coding":[{"system":"https://bluebutton.cms.gov/resources/codesystem/eob-type","code":"OUTPATIENT"}]})";
        const QByteArray json =
            R"({"resourceType":"Bundle","type":"searchset","entry":[)"
            R"({"resource":{"resourceType":"ExplanationOfBenefit","id":"outpatient-huge",)"
            + type + R"(,"total":[)" + totals
            + R"(]}},)"
              R"({"resource":{"resourceType":"ExplanationOfBenefit","id":"outpatient-fine",)"
            + type + R"(,"total":[)" + total + R"(]}}]})";
        const bb::fhir::Document doc = bb::fhir::parseDocument(json, u"test"_s);
        QCOMPARE(doc.claims.size(), 1);
        QCOMPARE(doc.claims.constFirst().id, u"outpatient-fine"_s);
        QCOMPARE(doc.claims.constFirst().amounts.billed->cents(), qint64(99999999999999999));
        QCOMPARE(doc.errors.size(), 1);
        QCOMPARE(doc.errors.constFirst().resource, u"ExplanationOfBenefit/outpatient-huge"_s);
        QVERIFY2(doc.errors.constFirst().message.contains(u"amounts"_s),
            qPrintable(doc.errors.constFirst().message));
    }

    // Deductible and coinsurance that cannot be added: "you may owe" is unknown, not wrapped.
    void patientResponsibilityNeverWraps()
    {
        bb::fhir::AmountSummary a;
        a.deductible = Money::fromCents(std::numeric_limits<qint64>::max());
        a.coinsurance = Money::fromCents(1);
        QVERIFY(!a.sumsFit());
        QVERIFY(!a.patientResponsibility());
        a.coinsurance = Money::fromCents(-1);
        QVERIFY(a.sumsFit());
        QCOMPARE(a.patientResponsibility()->cents(), std::numeric_limits<qint64>::max() - 1);
    }

    void plainString()
    {
        QCOMPARE(Money::fromCents(5).toPlainString(), u"0.05"_s);
        QCOMPARE(Money::fromCents(-123456).toPlainString(), u"-1234.56"_s);
        QCOMPARE(Money::fromCents(0).toPlainString(), u"0.00"_s);
    }

    void classify_data()
    {
        QTest::addColumn<QString>("category");
        QTest::addColumn<QString>("variable");
        QTest::addColumn<int>("meaning");
        const QString base = u"https://bluebutton.cms.gov/resources/variables/"_s;
        QTest::newRow("carrier billed")
            << u"submitted"_s << base + u"line_sbmtd_chrg_amt"_s << int(AmountMeaning::Billed);
        QTest::newRow("revenue payment filed as submitted")
            << u"submitted"_s << base + u"rev_cntr_pmt_amt_amt"_s
            << int(AmountMeaning::MedicarePaid);
        QTest::newRow("revenue rate")
            << u"submitted"_s << base + u"rev_cntr_rate_amt"_s << int(AmountMeaning::Other);
        QTest::newRow("part d gross drug cost filed as coinsurance")
            << u"coinsurance"_s << base + u"gdc_blw_oopt_amt"_s << int(AmountMeaning::Other);
        QTest::newRow("category only")
            << u"deductible"_s << QString() << int(AmountMeaning::Deductible);
        QTest::newRow("carrier total") << u"priorpayerpaid"_s << base + u"clm_tot_chrg_amt"_s
                                       << int(AmountMeaning::PriorPayerPaid);
        QTest::newRow("unknown stays other")
            << u"mystery"_s << base + u"new_amt"_s << int(AmountMeaning::Other);
    }

    void classify()
    {
        QFETCH(QString, category);
        QFETCH(QString, variable);
        QFETCH(int, meaning);
        QCOMPARE(int(bb::fhir::classifyAmount(category, variable)), meaning);
    }
};

QTEST_APPLESS_MAIN(TestMoney)
#include "tst_fhir_money.moc"
