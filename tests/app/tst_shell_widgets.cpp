#include "account/sync.h"
#include "appcontroller.h"
#include "auth/fallbacksecretstore.h"
#include "auth/memorysecretstore.h"
#include "banner.h"
#include "mainwindow.h"
#include "settingsdialog.h"
#include "syncstatus.h"
#include "uisettings.h"
#include "welcomepage.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace Qt::StringLiterals;
using bb::account::SyncProblem;

namespace {

// A keychain that is not there (no D-Bus, no backend), as on a bare Linux session.
class UnavailableKeychain : public bb::auth::SecretStore
{
public:
    bool isPersistent() const override { return true; }

protected:
    void doRead(const bb::auth::SecretId &, Callback done) override { unavailable(done); }
    void doWrite(const bb::auth::SecretId &, const QString &, Callback done) override
    {
        unavailable(done);
    }
    void doRemove(const bb::auth::SecretId &, Callback done) override { unavailable(done); }

private:
    void unavailable(Callback done)
    {
        QTimer::singleShot(0, this, [done] {
            done({bb::auth::SecretStore::Status::Unavailable, {}, u"no keychain"_s});
        });
    }
};

// CMS client ids are 40 letters and digits.
const QString kClientId = u"abcdefghij0123456789abcdefghij0123456789"_s;
} // namespace

// The shell's widgets without a network: the problem banner, the sync progress, the welcome
// screen and the settings dialog.
class TestShellWidgets : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    std::unique_ptr<QSettings> freshSettings(const QString &name)
    {
        return std::make_unique<QSettings>(m_dir.filePath(name), QSettings::IniFormat);
    }

private Q_SLOTS:
    void bannerHiddenWithoutProblem()
    {
        QWidget window;
        auto *banner_ = new bb::Banner(&window);
        bb::Banner &banner = *banner_;
        window.show();
        QVERIFY(banner.isHidden());
        banner.setProblem({u"The server is busy."_s, SyncProblem::Action::Retry});
        QVERIFY(banner.isVisible());
        QCOMPARE(banner.text(), u"The server is busy."_s);
        QCOMPARE(banner.actionButton()->text(), u"&Retry"_s);
        QCOMPARE(banner.actionButton()->accessibleName(), u"Retry"_s);
        QVERIFY(banner.actionButton()->isVisible());
        banner.setProblem({});
        QVERIFY(banner.isHidden());
    }

    void bannerOffersTheActionThatFixesIt_data()
    {
        QTest::addColumn<int>("action");
        QTest::addColumn<QString>("caption");
        QTest::newRow("retry") << int(SyncProblem::Action::Retry) << u"&Retry"_s;
        QTest::newRow("missing") << int(SyncProblem::Action::RetryMissing)
                                 << u"&Retry missing pages"_s;
        QTest::newRow("reconnect") << int(SyncProblem::Action::Reconnect) << u"&Reconnect"_s;
        QTest::newRow("settings") << int(SyncProblem::Action::OpenSettings) << u"Open &settings"_s;
    }

    void bannerOffersTheActionThatFixesIt()
    {
        QFETCH(int, action);
        QFETCH(QString, caption);
        bb::Banner banner;
        banner.show();
        QSignalSpy triggered(&banner, &bb::Banner::actionTriggered);
        banner.setProblem({u"Something"_s, SyncProblem::Action(action)});
        QCOMPARE(banner.actionButton()->text(), caption);
        QTest::mouseClick(banner.actionButton(), Qt::LeftButton);
        QCOMPARE(triggered.size(), 1);
        QCOMPARE(triggered.constFirst().constFirst().value<SyncProblem::Action>(),
            SyncProblem::Action(action));
        QVERIFY(banner.isVisible()); // the controller decides when the problem is gone
    }

    void bannerWithoutActionOnlyDismisses()
    {
        bb::Banner banner;
        banner.show();
        QSignalSpy dismissed(&banner, &bb::Banner::dismissed);
        banner.setProblem({u"Read this"_s, SyncProblem::Action::None});
        QVERIFY(banner.isVisible());
        QVERIFY(banner.actionButton()->isHidden());
        QVERIFY(!banner.dismissButton()->accessibleName().isEmpty());
        QTest::mouseClick(banner.dismissButton(), Qt::LeftButton);
        QCOMPARE(dismissed.size(), 1);
        QVERIFY(banner.isHidden());
    }

    void followsADarkPalette()
    {
        // A dark theme: no widget of the shell may keep a light, hard-coded background.
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x20, 0x22, 0x25));
        dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::Base, QColor(0x18, 0x1a, 0x1b));
        dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::Button, QColor(0x30, 0x32, 0x36));
        dark.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::ToolTipBase, QColor(0x4a, 0x3f, 0x10));
        dark.setColor(QPalette::ToolTipText, QColor(0xf5, 0xf0, 0xd0));
        const QPalette before = QApplication::palette();
        QApplication::setPalette(dark);
        auto settings = freshSettings(u"dark.ini"_s);
        {
            bb::AppController controller(*settings, new bb::auth::MemorySecretStore);
            bb::MainWindow window(&controller);
            window.resize(1000, 700);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            const QImage welcome = window.grab().toImage();
            const auto lightness = [](const QImage &image, QPoint at) {
                return image.pixelColor(at * image.devicePixelRatio()).lightness();
            };
            QVERIFY(lightness(welcome, QPoint(20, 300)) < 80); // the page's background
            const QString dir =
                QDir(QStringLiteral(BB_BINARY_DIR)).filePath(u"shell-screenshots"_s);
            QDir().mkpath(dir);
            welcome.save(QDir(dir).filePath(u"dark-welcome.png"_s));

            auto *banner = window.banner();
            banner->setProblem({u"Blue Button had a problem."_s, SyncProblem::Action::Retry});
            QVERIFY(banner->palette().color(banner->backgroundRole()).lightness() < 128);
            QVERIFY(banner->palette().color(banner->foregroundRole()).lightness() > 128);
        }
        QApplication::setPalette(before);
    }

    void progressText()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(bb::account::Sync::progressText(1200, 2919), u"Loading claims… 1,200 of 2,919"_s);
        QCOMPARE(bb::account::Sync::progressText(50, -1), u"Loading claims… 50"_s);
    }

    // Blue Button asked to slow down: a countdown to the next try, Cancel still there; the
    // count of claims comes back when the wait is over.
    void syncStatusCountsDownARateLimit()
    {
        bb::SyncStatus status;
        status.show();
        QSignalSpy cancel(&status, &bb::SyncStatus::cancelRequested);
        status.setWaiting(5000); // not running: nothing to say
        QVERIFY(!status.isWaiting());
        status.start();
        status.setProgress(50, 2919);
        status.setWaiting(2500);
        QVERIFY(status.isWaiting());
        QVERIFY2(status.text().contains(u"slow down"_s), qPrintable(status.text()));
        QVERIFY2(status.text().contains(u"in 3 second"_s), qPrintable(status.text()));
        QTRY_VERIFY2_WITH_TIMEOUT(
            status.text().contains(u"in 2 second"_s), qPrintable(status.text()), 1500);
        // A shorter wait of another part does not cut the countdown short.
        status.setWaiting(100);
        QVERIFY(status.text().contains(u"in 2 second"_s));
        // Progress meanwhile is kept for later, the countdown stays.
        status.setProgress(100, 2919);
        QVERIFY(status.text().contains(u"slow down"_s));
        QVERIFY(status.cancelButton()->isVisible());
        QTest::mouseClick(status.cancelButton(), Qt::LeftButton);
        QCOMPARE(cancel.size(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(!status.isWaiting(), 3000);
        QCOMPARE(status.text(), u"Loading claims… 100 of 2,919"_s);
        status.setWaiting(60000);
        status.finish(100, false);
        QVERIFY(!status.isWaiting());
        QVERIFY(!status.text().contains(u"slow down"_s));
    }

    void syncStatusRunsAndEnds()
    {
        bb::SyncStatus status;
        status.show();
        QSignalSpy cancel(&status, &bb::SyncStatus::cancelRequested);
        QVERIFY(status.progressBar()->isHidden());
        status.start();
        QVERIFY(status.isRunning());
        QVERIFY(status.progressBar()->isVisible());
        QCOMPARE(status.progressBar()->maximum(), 0); // busy until the total is known
        status.setProgress(1200, 2919);
        QCOMPARE(status.text(), u"Loading claims… 1,200 of 2,919"_s);
        QCOMPARE(status.progressBar()->maximum(), 2919);
        QCOMPARE(status.progressBar()->value(), 1200);
        QVERIFY(status.cancelButton()->isVisible());
        QTest::mouseClick(status.cancelButton(), Qt::LeftButton);
        QCOMPARE(cancel.size(), 1);
        status.finish(2919, true);
        QVERIFY(!status.isRunning());
        // The plural comes from the English catalogue ("claim(s)" without it).
        QVERIFY2(status.text().startsWith(u"2,919 claim"_s), qPrintable(status.text()));
        QVERIFY(status.text().endsWith(u"loaded"_s));
        QVERIFY(status.progressBar()->isHidden());
        QVERIFY(status.cancelButton()->isHidden());
        status.start();
        status.finish(1, false);
        const QString incomplete = status.text();
        QVERIFY2(incomplete.startsWith(u"1 claim"_s), qPrintable(incomplete));
        QVERIFY(incomplete.endsWith(u"some are missing"_s));
        // A late progress report after the end changes nothing.
        status.setProgress(5, 10);
        QCOMPARE(status.text(), incomplete);
    }

    void welcomeShowsDemoUsersAndConnects()
    {
        bb::WelcomePage page;
        page.show();
        QSignalSpy requested(&page, &bb::WelcomePage::connectRequested);
        QTableWidget *users = page.demoUsers();
        QVERIFY(users->rowCount() >= 4);
        QCOMPARE(users->item(0, 0)->text(), u"BBUser00000"_s);
        QCOMPARE(users->item(0, 1)->text(), u"PW00000!"_s);
        // An unregistered build leads with the demo and says why there is no Medicare login.
        QVERIFY(page.demoButton()->isDefault());
        QVERIFY(page.productionButton()->isHidden());
        QVERIFY(page.sandboxButton()->isHidden());
        QVERIFY(page.developerButton()->isVisible());
        auto *notice = page.findChild<QLabel *>(u"registrationNotice"_s);
        QVERIFY(notice && notice->isVisible());
        QVERIFY(notice->text().contains(u"not registered with Medicare"_s));
        QVERIFY(notice->text().contains(u"docs/publishing.md"_s));

        page.setSetup({true, true, u"Example Health"_s, {}});
        QVERIFY(page.productionButton()->isVisible());
        QVERIFY(page.productionButton()->isDefault());
        QVERIFY(!page.demoButton()->isDefault());
        QVERIFY(notice->isHidden());
        QVERIFY(page.developerButton()->isHidden());
        auto *hint = page.findChild<QLabel *>(u"loginExplanation"_s);
        QVERIFY(hint && hint->isVisible());
        QVERIFY(hint->text().contains(u"never sees your password"_s));
        QVERIFY(hint->text().contains(u"Example Health"_s));
        QTest::mouseClick(page.demoButton(), Qt::LeftButton);
        QTest::mouseClick(page.sandboxButton(), Qt::LeftButton);
        QTest::mouseClick(page.productionButton(), Qt::LeftButton);
        QCOMPARE(requested.size(), 3);
        using Kind = bb::auth::Environment::Kind;
        QCOMPARE(requested.at(0).at(0).value<Kind>(), Kind::Local);
        QCOMPARE(requested.at(1).at(0).value<Kind>(), Kind::Sandbox);
        QCOMPARE(requested.at(2).at(0).value<Kind>(), Kind::Production);
        page.setBusy(true);
        QVERIFY(!page.demoButton()->isEnabled());
    }

    void unconfiguredSandboxOpensSettings()
    {
        auto settings = freshSettings(u"unconfigured.ini"_s);
        bb::AppController controller(*settings, new bb::auth::MemorySecretStore);
        bb::MainWindow window(&controller);
        window.show();
        QVERIFY(window.isShowingWelcome());
        QVERIFY(window.welcomePage()->sandboxButton()->isHidden());
        QTest::mouseClick(window.welcomePage()->developerButton(), Qt::LeftButton);
        QTRY_VERIFY(window.settingsDialog());
        QVERIFY(window.settingsDialog()->isVisible());
        QCOMPARE(window.settingsDialog()->currentPage(), bb::SettingsDialog::Page::Advanced);
        QCOMPARE(window.settingsDialog()->shownKind(), bb::auth::Environment::Kind::Sandbox);
        QCOMPARE(window.settingsDialog()->clientSecretEdit()->echoMode(), QLineEdit::Password);
        auto *link = window.settingsDialog()->findChild<QLabel *>(u"registerLink"_s);
        QVERIFY(link && link->text().contains(u"https://bluebutton.cms.gov/"_s));
        QCOMPARE(controller.state(), bb::AppController::State::SignedOut);
        window.settingsDialog()->reject();
    }

    void publisherBuildLeadsWithMedicare()
    {
        QFile conf(m_dir.filePath(u"environments.conf"_s));
        QVERIFY(conf.open(QIODevice::WriteOnly));
        conf.write("[publisher]\nname = Example Health\n[production]\nclient_id = "
                   "AbCdEfGhIjKlMnOpQrStUvWxYz0123456789ABCD\ntoken_proxy_url = "
                   "https://bbproxy.example.org/v2/o/token/\n");
        conf.close();
        qputenv("BBVIEWER_PUBLISHER_CONFIG", conf.fileName().toLocal8Bit());
        auto settings = freshSettings(u"publisher.ini"_s);
        bb::AppController controller(*settings, new bb::auth::MemorySecretStore);
        qunsetenv("BBVIEWER_PUBLISHER_CONFIG");
        QVERIFY(controller.isConfigured(bb::auth::Environment::Kind::Production));
        bb::MainWindow window(&controller);
        window.resize(1100, 760);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        bb::WelcomePage *welcome = window.welcomePage();
        QVERIFY(welcome->productionButton()->isVisible());
        QVERIFY(welcome->productionButton()->isDefault());
        QCOMPARE(welcome->productionButton()->text().remove(u'&'), u"Log in with Medicare"_s);
        QVERIFY(welcome->demoButton()->isVisible()); // the demo stays available
        QVERIFY(welcome->developerButton()->isHidden());
        QVERIFY(welcome->findChild<QLabel *>(u"registrationNotice"_s)->isHidden());
        const QImage shot = window.grab().toImage();
        QVERIFY(shot.save(u"welcome-publisher-build.png"_s));

        // The registration is the publisher's: shown, not editable, never written to settings.
        window.openGeneralSettings();
        QTRY_VERIFY(window.settingsDialog());
        bb::SettingsDialog *dialog = window.settingsDialog();
        QCOMPARE(dialog->currentPage(), bb::SettingsDialog::Page::General);
        QVERIFY(dialog->storedDataLabel()->isVisible());
        QVERIFY(dialog->grab().save(u"settings-general.png"_s));
        dialog->showPage(bb::SettingsDialog::Page::Advanced);
        dialog->showEnvironment(bb::auth::Environment::Kind::Production);
        QVERIFY(dialog->findChild<QLabel *>(u"publisherNote"_s)->isVisible());
        QVERIFY(dialog->grab().save(u"settings-advanced-publisher.png"_s));
        QVERIFY(!dialog->clientIdEdit()->isEnabled());
        QVERIFY(!dialog->clientSecretEdit()->isEnabled());
        QCOMPARE(dialog->clientIdEdit()->text(), u"AbCdEfGhIjKlMnOpQrStUvWxYz0123456789ABCD"_s);
        QVERIFY(dialog->save());
        settings->sync();
        QVERIFY(!settings->childGroups().contains(u"environments"_s)
            || !settings->allKeys().join(u' ').contains(u"production"_s));
        dialog->reject();
    }

    void unregisteredBuildSaysSo()
    {
        qunsetenv("BBVIEWER_PUBLISHER_CONFIG");
        auto settings = freshSettings(u"unregistered.ini"_s);
        bb::AppController controller(*settings, new bb::auth::MemorySecretStore);
        bb::MainWindow window(&controller);
        window.resize(1100, 760);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        bb::WelcomePage *welcome = window.welcomePage();
        QVERIFY(welcome->productionButton()->isHidden());
        QVERIFY(welcome->demoButton()->isDefault());
        QVERIFY(welcome->findChild<QLabel *>(u"registrationNotice"_s)->isVisible());
        QVERIFY(window.grab().toImage().save(u"welcome-unregistered-build.png"_s));
        // A developer's own registration for production turns the Medicare login on.
        window.openSettings(bb::auth::Environment::Kind::Production);
        QTRY_VERIFY(window.settingsDialog());
        bb::SettingsDialog *dialog = window.settingsDialog();
        QVERIFY(dialog->clientIdEdit()->isEnabled());
        dialog->clientIdEdit()->setText(u"AbCdEfGhIjKlMnOpQrStUvWxYz0123456789ABCD"_s);
        dialog->clientSecretEdit()->setText(u"developer-secret-123456"_s);
        QVERIFY(dialog->save());
        QTRY_VERIFY(welcome->productionButton()->isVisible());
        dialog->reject();
    }

    void settingsSaveWithoutSecretInTheFile()
    {
        auto settings = freshSettings(u"save.ini"_s);
        auto *store = new bb::auth::MemorySecretStore;
        bb::AppController controller(*settings, store);
        bb::SettingsDialog dialog(&controller, bb::auth::Environment::Kind::Sandbox);
        dialog.clientIdEdit()->setText(kClientId);
        dialog.clientSecretEdit()->setText(u"my-very-secret-value-123"_s);
        dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(u"es"_s));
        dialog.concurrencyBox()->setValue(3);
        QSignalSpy saved(&dialog, &bb::SettingsDialog::saved);
        QVERIFY(dialog.save());
        QCOMPARE(saved.size(), 1);
        QVERIFY(controller.isConfigured(bb::auth::Environment::Kind::Sandbox));
        QCOMPARE(
            controller.environment(bb::auth::Environment::Kind::Sandbox).clientId(), kClientId);
        bb::UiSettings ui(*settings);
        QCOMPARE(ui.language(), u"es"_s);
        QCOMPARE(ui.concurrency(), 3);
        settings->sync();
        QFile file(m_dir.filePath(u"save.ini"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray contents = file.readAll();
        QVERIFY(contents.contains(kClientId.toLatin1()));
        QVERIFY(!contents.contains("my-very-secret-value-123"));

        bool done = false;
        QString stored;
        store->read(bb::auth::SecretId::clientSecret(u"sandbox"_s), this,
            [&](const bb::auth::SecretStore::Result &r) {
                stored = r.value;
                done = true;
            });
        QTRY_VERIFY(done);
        QCOMPARE(stored, u"my-very-secret-value-123"_s);
    }

    void settingsSayWhenTheKeychainIsMissing()
    {
        auto settings = freshSettings(u"nokeychain.ini"_s);
        auto *store = new bb::auth::FallbackSecretStore(std::make_unique<UnavailableKeychain>());
        bb::AppController controller(*settings, store);
        QCOMPARE(controller.fallbackStore(), store);
        bb::SettingsDialog dialog(&controller, bb::auth::Environment::Kind::Sandbox);
        dialog.show();
        QVERIFY(dialog.keychainLabel()->isHidden());
        bool probed = false;
        store->probe(this, [&](bool) { probed = true; });
        QTRY_VERIFY(probed);
        QVERIFY(store->isMemoryOnly());
        QVERIFY(dialog.keychainLabel()->isVisible());
        QCOMPARE(
            dialog.keychainLabel()->text(), bb::auth::FallbackSecretStore::memoryOnlyMessage());
        QVERIFY(!dialog.keychainLabel()->text().isEmpty());

        const QString dir = QDir(QStringLiteral(BB_BINARY_DIR)).filePath(u"shell-screenshots"_s);
        QDir().mkpath(dir);
        QVERIFY(dialog.grab().save(QDir(dir).filePath(u"settings-en.png"_s)));
    }

    void settingsRefuseWhatCannotWork()
    {
        auto settings = freshSettings(u"bad.ini"_s);
        bb::AppController controller(*settings, new bb::auth::MemorySecretStore);
        bb::SettingsDialog dialog(&controller, bb::auth::Environment::Kind::Production);
        dialog.clientIdEdit()->setText(u"too-short"_s);
        QSignalSpy saved(&dialog, &bb::SettingsDialog::saved);
        QVERIFY(!dialog.save());
        QCOMPARE(saved.size(), 0);
        QVERIFY(dialog.errorText().contains(u"40"_s));
        QVERIFY(!controller.isConfigured(bb::auth::Environment::Kind::Production));
        QVERIFY(settings->allKeys().filter(u"production"_s).isEmpty());
    }

    void windowGeometryAndTabAreRemembered()
    {
        auto settings = freshSettings(u"window.ini"_s);
        {
            bb::AppController controller(*settings, new bb::auth::MemorySecretStore);
            bb::MainWindow window(&controller);
            window.show();
            window.resize(900, 640);
            window.tabs()->setCurrentIndex(bb::MainWindow::CoverageTab);
            window.close();
        }
        bb::AppController controller(*settings, new bb::auth::MemorySecretStore);
        bb::MainWindow window(&controller);
        QCOMPARE(window.tabs()->currentIndex(), int(bb::MainWindow::CoverageTab));
        QCOMPARE(window.size(), QSize(900, 640));
    }

    void keyboardAndAccessibleNames()
    {
        auto settings = freshSettings(u"keys.ini"_s);
        bb::AppController controller(*settings, new bb::auth::MemorySecretStore);
        bb::MainWindow window(&controller);
        QCOMPARE(window.refreshAction()->shortcut(), QKeySequence(QKeySequence::Refresh));
        QVERIFY(!window.settingsAction()->shortcuts().isEmpty());
        QVERIFY(!window.logOutAction()->shortcut().isEmpty());
        QVERIFY(!window.refreshAction()->isEnabled()); // nobody signed in yet
        const auto buttons = window.findChildren<QAbstractButton *>();
        for (const QAbstractButton *button : buttons) {
            // Qt's own parts (a table's corner button, a tab bar's scroll arrows) aside.
            const QObject *parent = button->parent();
            if (button->isHidden() || qobject_cast<const QAbstractItemView *>(parent)
                || qobject_cast<const QTabBar *>(parent))
                continue;
            QVERIFY2(!button->text().isEmpty() || !button->accessibleName().isEmpty(),
                qPrintable(button->objectName() + u' '
                    + QLatin1StringView(button->metaObject()->className()) + u' '
                    + button->parent()->objectName() + u' '
                    + QLatin1StringView(button->parent()->metaObject()->className())));
        }
    }
};

QTEST_MAIN(TestShellWidgets)
#include "tst_shell_widgets.moc"
