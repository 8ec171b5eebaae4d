// When the proactive refresh runs, from an `expires_in` the server may get wrong: never at once
// (a refresh loop), never past an int's milliseconds, never for an unknown expiry.
#include "auth/refreshschedule.h"

#include <QTest>

#include <limits>
#include <optional>

namespace schedule = bb::auth::refreshschedule;

class tst_AuthRefreshSchedule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void delay_data()
    {
        QTest::addColumn<double>("expiresIn");
        QTest::addColumn<int>("expected"); // -1: no proactive refresh
        QTest::newRow("an hour") << 3600.0 << (3600 - 60) * 1000;
        QTest::newRow("just over the lead") << 95.0 << 35 * 1000;
        QTest::newRow("the lead") << 60.0 << schedule::kMinimumDelayMs;
        QTest::newRow("one second") << 1.0 << schedule::kMinimumDelayMs;
        QTest::newRow("a fraction") << 0.001 << schedule::kMinimumDelayMs;
        QTest::newRow("a day and more") << 2.0 * 86400 << schedule::kMaximumDelayMs;
        QTest::newRow("2^31 s") << 2147483648.0 << schedule::kMaximumDelayMs;
        QTest::newRow("2^40 s") << 1099511627776.0 << schedule::kMaximumDelayMs;
        QTest::newRow("1e300 s") << 1e300 << schedule::kMaximumDelayMs;
        QTest::newRow("infinite") << std::numeric_limits<double>::infinity()
                                  << schedule::kMaximumDelayMs;
        QTest::newRow("zero") << 0.0 << -1;
        QTest::newRow("negative") << -30.0 << -1;
        QTest::newRow("hugely negative") << -1e300 << -1;
        QTest::newRow("not a number") << std::numeric_limits<double>::quiet_NaN() << -1;
    }

    void delay()
    {
        QFETCH(double, expiresIn);
        QFETCH(int, expected);
        const std::optional<int> delay = schedule::delayMs(expiresIn, 60);
        if (expected < 0) {
            QVERIFY(!delay);
            QVERIFY(!schedule::lifetimeMs(expiresIn));
            return;
        }
        QVERIFY(delay);
        QCOMPARE(*delay, expected);
        QVERIFY(*delay >= 30 * 1000);
        QVERIFY(*delay <= 24 * 3600 * 1000);
    }

    void lifetimeIsBounded()
    {
        QCOMPARE(schedule::lifetimeMs(3600.0), std::optional<qint64>(3600 * 1000));
        QCOMPARE(schedule::lifetimeMs(0.5), std::optional<qint64>(500));
        QCOMPARE(schedule::lifetimeMs(1099511627776.0), schedule::kMaximumLifetimeMs);
        QCOMPARE(schedule::lifetimeMs(1e300), schedule::kMaximumLifetimeMs);
        QCOMPARE(schedule::lifetimeMs(std::numeric_limits<double>::infinity()),
            schedule::kMaximumLifetimeMs);
        // The sandbox tests move their clock by up to 400 days: such lifetimes are believed.
        QCOMPARE(schedule::lifetimeMs(400.0 * 86400), std::optional<qint64>(400LL * 86400 * 1000));
    }
};

QTEST_GUILESS_MAIN(tst_AuthRefreshSchedule)
#include "tst_auth_refreshschedule.moc"
