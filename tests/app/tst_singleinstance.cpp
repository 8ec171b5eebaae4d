#include "singleinstance.h"

#include <QFile>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using bb::SingleInstance;

// One bbviewer per person: the second launch asks the first to come forward and ends.
class TestSingleInstance : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString socket() const { return m_dir.filePath(u"instance"_s); }

private Q_SLOTS:
    void secondLaunchRaisesTheFirst()
    {
        SingleInstance first(socket());
        QVERIFY(first.claim());
        QVERIFY(first.isListening());
        QSignalSpy raised(&first, &SingleInstance::activationRequested);

        SingleInstance second(socket());
        QVERIFY(!second.claim());
        QVERIFY(!second.isListening());
        QTRY_COMPARE(raised.count(), 1);

        // And again: every later launch too.
        SingleInstance third(socket());
        QVERIFY(!third.claim());
        QTRY_COMPARE(raised.count(), 2);
    }

    void theNextRunTakesOverAfterTheFirstEnds()
    {
        auto first = std::make_unique<SingleInstance>(socket());
        QVERIFY(first->claim());
        first.reset();
        SingleInstance next(socket());
        QVERIFY(next.claim());
        QVERIFY(next.isListening());
    }

    // A run that crashed leaves its socket file behind; nobody answers on it.
    void aLeftoverSocketIsTakenOver()
    {
        const QString path = m_dir.filePath(u"leftover"_s);
        QFile stale(path);
        QVERIFY(stale.open(QIODevice::WriteOnly));
        stale.close();
        SingleInstance instance(path);
        QVERIFY(instance.claim());
        QVERIFY(instance.isListening());
    }

    void onlyTheActivationMessageCounts()
    {
        SingleInstance first(socket());
        QVERIFY(first.claim());
        QSignalSpy raised(&first, &SingleInstance::activationRequested);
        QLocalSocket other;
        other.connectToServer(socket());
        QVERIFY(other.waitForConnected(1000));
        other.write("hello\n");
        QVERIFY(other.waitForBytesWritten(1000));
        other.disconnectFromServer();
        QTest::qWait(200);
        QCOMPARE(raised.count(), 0);
    }

    // Per user: in the user's own runtime directory.
    void theDefaultSocketIsTheUsers()
    {
        const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
        QVERIFY(!runtime.isEmpty());
        QCOMPARE(SingleInstance::defaultServerName(), runtime + u"/bbviewer.instance"_s);
    }
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
