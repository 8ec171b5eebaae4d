#include "appcontroller.h"
#include "auth/memorysecretstore.h"
#include "core/commandline.h"
#include "mainwindow.h"
#include "models/claimlistmodel.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using bb::AppController;

// `bbviewer --demo BBUserNNNNN`: the app opens signed in to the built-in sandbox as that demo
// person, with no login page, and fills its tabs.
class TestDemoStart : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void demoNames()
    {
        QVERIFY(bb::isDemoUserName(u"BBUser00000"_s));
        QVERIFY(bb::isDemoUserName(u"BBUser12345"_s));
        QVERIFY(!bb::isDemoUserName(u"BBUser0000"_s));
        QVERIFY(!bb::isDemoUserName(u"bbuser00000"_s));
        QVERIFY(!bb::isDemoUserName(u"BBUser00000x"_s));
        QVERIFY(!bb::isDemoUserName(QString()));
    }

    void opensSignedInWithoutALoginPage()
    {
        QSettings settings(m_dir.filePath(u"demo.ini"_s), QSettings::IniFormat);
        AppController controller(settings, new bb::auth::MemorySecretStore);
        bb::MainWindow window(&controller);
        window.show();
        QSignalSpy opened(&controller, &AppController::loginDialogOpened);
        QSignalSpy synced(&controller, &AppController::syncFinished);
        controller.signInAsDemo(u"BBUser00000"_s);
        QCOMPARE(controller.state(), AppController::State::SigningIn);
        QVERIFY(synced.wait(60000));
        QCOMPARE(controller.state(), AppController::State::SignedIn);
        QCOMPARE(controller.currentKind(), bb::auth::Environment::Kind::Local);
        QCOMPARE(opened.count(), 0);
        QVERIFY(!controller.loginDialog());
        QVERIFY(!window.isShowingWelcome());
        QVERIFY(controller.claimListModel()->claimCount() > 0);

        // The next sign-in is a normal one again: the demo applies to one start only.
        controller.signOut();
        QTRY_COMPARE(controller.state(), AppController::State::SignedOut);
        controller.signIn(bb::auth::Environment::Kind::Local);
        QTRY_VERIFY_WITH_TIMEOUT(controller.loginDialog(), 30000);
        controller.cancelSignIn();
    }
};

QTEST_MAIN(TestDemoStart)
#include "tst_demo_start.moc"
