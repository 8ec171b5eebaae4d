#include "appcontroller.h"
#include "auth/memorysecretstore.h"
#include "banner.h"
#include "core/languages.h"
#include "exportactions.h"
#include "fhir/parser.h"
#include "login/logindialog.h"
#include "login/loginpage.h"
#include "mainwindow.h"
#include "models/claimlistmodel.h"
#include "models/coveragemodels.h"
#include "models/patientmodel.h"
#include "models/roles.h"
#include "pdftools.h"
#include "report/renderjob.h"
#include "sandbox/sandboxthread.h"
#include "sandbox/sandboxwalker.h"
#include "syncstatus.h"
#include "uisettings.h"
#include "views/claimdetailview.h"
#include "views/claimfilterbar.h"
#include "views/claimsview.h"
#include "views/coveragepage.h"
#include "views/patientpage.h"
#include "welcomepage.h"

#include <QAction>
#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QUrlQuery>
#include <QWebEngineView>

#include <memory>

using namespace Qt::StringLiterals;
using bb::AppController;
using bb::MainWindow;
using bb::login::LoginDialog;
using State = bb::models::PatientModel::State;

// Receives what would go to the system browser (QDesktopServices' own test seam).
class UrlCatcher : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public Q_SLOTS:
    void openUrl(const QUrl &url) { opened << url; }
};

// From a cold start to the person's data, end to end: the main window with the in-process
// sandbox on its own thread, "Try it with demo data", the real embedded login (a
// QWebEngineView, offscreen) driven by the pages' element ids, then the tabs filled by the
// sync. Screenshots of every step: <build>/shell-screenshots/.
class TestShellLogin : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<AppController> m_controller;
    std::unique_ptr<MainWindow> m_window;
    QPointer<LoginDialog> m_dialog;
    QString m_language = u"en"_s;

    QVariant js(const QString &script)
    {
        struct Answer
        {
            QVariant value;
            bool done = false;
        };
        auto answer = std::make_shared<Answer>();
        if (!m_dialog)
            return {};
        m_dialog->page()->runJavaScript(script, [answer](const QVariant &v) {
            answer->value = v;
            answer->done = true;
        });
        if (!QTest::qWaitFor([&] { return answer->done; }, 300))
            return {};
        return answer->value;
    }

    bool waitForElement(const QString &id)
    {
        return QTest::qWaitFor(
            [&] { return js(u"document.getElementById('%1') !== null"_s.arg(id)).toBool(); },
            15000);
    }

    void shoot(QWidget *widget, const QString &name)
    {
        QVERIFY(widget);
        QTest::qWait(200); // let the compositor paint the web page
        const QString dir = QDir(QStringLiteral(BB_BINARY_DIR)).filePath(u"shell-screenshots"_s);
        QDir().mkpath(dir);
        QVERIFY(widget->grab().save(QDir(dir).filePath(name)));
    }

    // Clicks "Try it with demo data" and waits for the login dialog's first page.
    void openDemoLogin()
    {
        QVERIFY(m_window->isShowingWelcome());
        QTest::mouseClick(m_window->welcomePage()->demoButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_controller->loginDialog() != nullptr, 10000);
        m_dialog = m_controller->loginDialog();
        QVERIFY(m_dialog->isVisible());
        QCOMPARE(m_controller->state(), AppController::State::SigningIn);
        QVERIFY(waitForElement(u"username-textbox"_s));
    }

    void logIn(const QString &user, const QString &password)
    {
        js(u"document.getElementById('username-textbox').value = '%1';"
           "document.getElementById('continue-button').click();"_s.arg(user));
        QVERIFY(waitForElement(u"password-textbox"_s));
        js(u"document.getElementById('password-textbox').value = '%1';"
           "document.getElementById('login-button').click();"_s.arg(password));
    }

    // The text of the login message box on the window, closing it.
    QString takeMessage()
    {
        QMessageBox *box = nullptr;
        const bool shown = QTest::qWaitFor(
            [&] {
                box = m_window->findChild<QMessageBox *>();
                return box && box->isVisible();
            },
            10000);
        if (!shown || !box)
            return {};
        const QString text = box->text();
        box->close();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        return text;
    }

    bool waitForSync()
    {
        return QTest::qWaitFor(
            [&] {
                return m_controller->state() == AppController::State::SignedIn
                    && !m_controller->isSyncing() && !m_window->syncStatus()->isRunning()
                    && m_controller->claimListModel()->isSyncComplete();
            },
            60000);
    }

public:
    static void initMain() { QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts); }

    // File > Export as PDF, Export Claim as PDF and Print, as the menu runs them: a report
    // built from what the tab shows, rendered in the background; checked with poppler.
    void checkPdfExports(const QTemporaryDir &dir)
    {
        bb::ExportActions *exports = m_window->exports();
        m_window->tabs()->setCurrentIndex(MainWindow::ClaimsTab);
        QVERIFY(exports->exportPdfAction()->isEnabled());
        QString error;
        std::optional<bb::report::ReportDocument> document = exports->currentViewReport(&error);
        QVERIFY2(document, qPrintable(error));
        QSignalSpy finished(exports, &bb::ExportActions::jobFinished);
        const QString listPath = dir.filePath(u"claims.pdf"_s);
        QVERIFY(exports->startPdfExport(*document, listPath));
        QVERIFY(finished.wait(60000));
        QVERIFY2(finished.last().at(0).toBool(), qPrintable(finished.last().at(1).toString()));
        const QString listText = pdftools::text(listPath).simplified();
        QVERIFY(listText.contains(u"Showing All claims"_s));
        QVERIFY(listText.contains(u"130 claim"_s));
        const QString firstId =
            m_window->claimsView()->proxy()->index(0, 0).data(bb::models::ClaimIdRole).toString();
        QVERIFY(listText.contains(firstId));
        QVERIFY(pdftools::pageCount(listPath) >= 2);

        // The claim open in the detail pane, as a statement; and printed to a PDF printer.
        QVERIFY(!exports->exportClaimPdfAction()->isEnabled());
        QVERIFY(m_window->claimsView()->openClaim(firstId));
        QVERIFY(exports->exportClaimPdfAction()->isEnabled());
        document = exports->openClaimReport(&error);
        QVERIFY2(document, qPrintable(error));
        const QString claimPath = dir.filePath(u"claim.pdf"_s);
        QVERIFY(exports->startPdfExport(*document, claimPath));
        QVERIFY(finished.wait(60000));
        QVERIFY(finished.last().at(0).toBool());
        const QString claimText = pdftools::text(claimPath).simplified();
        QVERIFY(claimText.contains(firstId));
        QVERIFY(claimText.contains(m_controller->patientModel()->patient().displayName()));
        // Masked by default; the full number only when asked for.
        const QString mbi = m_controller->patientModel()->patient().currentMbi();
        QVERIFY(!mbi.isEmpty());
        QVERIFY(claimText.contains(bb::models::PatientModel::formatMbi(mbi, false)));
        QVERIFY(!claimText.contains(bb::models::PatientModel::formatMbi(mbi, true)));
        exports->fullMedicareNumberAction()->setChecked(true);
        document = exports->openClaimReport(&error);
        exports->fullMedicareNumberAction()->setChecked(false);
        auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
        printer->setOutputFormat(QPrinter::PdfFormat);
        const QString printPath = dir.filePath(u"printed.pdf"_s);
        printer->setOutputFileName(printPath);
        QVERIFY(exports->startPrint(*document, printer));
        QVERIFY(finished.wait(60000));
        QVERIFY(finished.last().at(0).toBool());
        const QString printed = pdftools::text(printPath).simplified();
        QVERIFY(printed.contains(firstId));
        QVERIFY(printed.contains(bb::models::PatientModel::formatMbi(mbi, true)));

        // The Raw FHIR tab and File > Export All Data as FHIR JSON: the resources exactly as
        // the server sent them, from the archive the sync fills on a worker thread.
        QTRY_VERIFY_WITH_TIMEOUT(
            !m_controller->isArchiving() && m_controller->rawArchive().size() >= 131, 20000);
        QVERIFY(!m_window->claimsView()->detailView()->rawJsonIsGenerated());
        QVERIFY(m_window->claimsView()->detailView()->rawJsonText().contains(firstId));
        QVERIFY(exports->exportFhirJsonAction()->isEnabled());
        const QString jsonPath = dir.filePath(u"medicare-fhir.json"_s);
        QVERIFY(exports->startFhirJsonExport(jsonPath));
        QVERIFY(finished.wait(60000));
        QVERIFY2(finished.last().at(0).toBool(), qPrintable(finished.last().at(1).toString()));
        QFile json(jsonPath);
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QByteArray bundle = json.readAll();
        QVERIFY(bundle.startsWith(R"({"resourceType":"Bundle","type":"collection")"));
        const bb::fhir::Document all = bb::fhir::parseDocument(bundle, jsonPath);
        QVERIFY(all.errors.isEmpty());
        QCOMPARE(all.claims.size(), 130);
        QCOMPARE(all.patients.size(), 1);
        QCOMPARE(all.coverages.size(), m_controller->coverageModel()->rowCount());
        QVERIFY(
            bundle.contains(m_controller->rawArchive().json(u"ExplanationOfBenefit"_s, firstId)));

        // Print Preview of the Claims tab: the dialog paints the report's pages in place.
        exports->printPreviewAction()->trigger();
        QPrintPreviewDialog *preview = nullptr;
        QTRY_VERIFY((preview = m_window->findChild<QPrintPreviewDialog *>()) != nullptr);
        QTRY_VERIFY(preview->isVisible());
        auto *pages = preview->findChild<QPrintPreviewWidget *>();
        QVERIFY(pages);
        QTRY_VERIFY(pages->pageCount() >= 2);
        preview->resize(1000, 760);
        shoot(preview, u"18-print-preview-en.png"_s);
        preview->reject();
    }

private Q_SLOTS:
    void init()
    {
        QElapsedTimer startup;
        startup.start();
        m_settings = std::make_unique<QSettings>(
            m_dir.filePath(u"%1.ini"_s.arg(QLatin1StringView(QTest::currentTestFunction()))),
            QSettings::IniFormat);
        m_controller =
            std::make_unique<AppController>(*m_settings, new bb::auth::MemorySecretStore);
        m_controller->setUiLanguage(m_language);
        QVERIFY(m_controller->startLocalSandbox());
        QCOMPARE(m_controller->localBaseUrl().host(), u"127.0.0.1"_s);
        m_window = std::make_unique<MainWindow>(m_controller.get());
        m_window->resize(1180, 760);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        qInfo("sandbox thread + main window shown: %lld ms", startup.elapsed());
    }

    void cleanup()
    {
        m_window.reset();
        m_controller.reset();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        m_settings.reset();
    }

    void demoLoginShowsPatientCoverageAndClaims()
    {
        shoot(m_window.get(), u"1-welcome-en.png"_s);
        openDemoLogin();
        shoot(m_dialog, u"2-login-en.png"_s);
        logIn(u"BBUser00000"_s, u"PW00000!"_s);
        QVERIFY(waitForElement(u"approve"_s));
        QVERIFY(js(u"document.getElementById('radio_1').checked"_s).toBool());
        shoot(m_dialog, u"3-consent-en.png"_s);
        QElapsedTimer clock;
        clock.start();
        js(u"document.getElementById('approve').click();"_s);

        QTRY_COMPARE_WITH_TIMEOUT(m_controller->state(), AppController::State::SignedIn, 15000);
        const qint64 signedInMs = clock.elapsed();
        QVERIFY(!m_window->isShowingWelcome());
        QVERIFY(waitForSync());
        qInfo("consent -> signed in: %lld ms; -> 130 claims, patient and coverage shown: %lld ms",
            signedInMs, clock.elapsed());
        // Being connected is a status line, not a box to close.
        QVERIFY(m_window->statusBar()->currentMessage().contains(u"connected"_s));
        QVERIFY(!m_window->findChild<QMessageBox *>());
        QCOMPARE(m_controller->patientId(), u"-10000010254618"_s);

        // Patient, coverage and claims are all there.
        QCOMPARE(m_controller->patientModel()->state(), State::Loaded);
        QVERIFY(!m_window->patientPage()->heading().isEmpty());
        QVERIFY(m_window->patientPage()->heading() != u"Personal information"_s);
        QVERIFY(!m_window->patientPage()->isNotSharedShown());
        QVERIFY(m_controller->coverageModel()->rowCount() >= 2);
        QCOMPARE(m_window->coveragePage()->cardCount(), m_controller->coverageModel()->rowCount());
        QVERIFY(m_window->coveragePage()->cardText(0).contains(u"Part A"_s));
        QVERIFY(m_window->coveragePage()->cardText(0).contains(u"Status: Active"_s));
        QCOMPARE(m_controller->claimListModel()->claimCount(), 130);
        QVERIFY(m_controller->claimListModel()->isComplete());
        QVERIFY(m_controller->problem().isNull());
        QVERIFY(m_window->banner()->isHidden());
        QVERIFY(m_window->syncStatus()->text().startsWith(u"130 claim"_s));
        QVERIFY(m_window->claimsView());
        const QString footer = m_window->claimsView()->footerText();
        QVERIFY2(footer.startsWith(u"130 claim"_s), qPrintable(footer));

        // File > Export as CSV writes the tab as shown: here, every claim plus the header.
        QTemporaryDir exportDir;
        m_window->tabs()->setCurrentIndex(MainWindow::OverviewTab);
        QVERIFY(!m_window->exportCsvAction()->isEnabled()); // the Overview has no table
        m_window->tabs()->setCurrentIndex(MainWindow::ClaimsTab);
        QVERIFY(m_window->exportCsvAction()->isEnabled());
        const QString csvPath = exportDir.filePath(u"claims.csv"_s);
        QString exportError;
        QVERIFY2(m_window->exportCurrentView(csvPath, &exportError), qPrintable(exportError));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray csvText = csv.readAll();
        QCOMPARE(csvText.count("\r\n"), 131);
        QVERIFY(csvText.startsWith("service_start,"));
        // Settings > "Start CSV files with a byte order mark" for spreadsheets that need it.
        bb::UiSettings(m_controller->settings()).setCsvByteOrderMark(true);
        QVERIFY(m_window->exportCurrentView(csvPath, &exportError));
        QFile bomCsv(csvPath);
        QVERIFY(bomCsv.open(QIODevice::ReadOnly));
        QCOMPARE(bomCsv.readAll(), "\xEF\xBB\xBF" + csvText);
        bb::UiSettings(m_controller->settings()).setCsvByteOrderMark(false);
        m_window->tabs()->setCurrentIndex(MainWindow::OverviewTab);
        QVERIFY(!m_window->exportCurrentView(exportDir.filePath(u"overview.csv"_s), &exportError));
        QVERIFY(!exportError.isEmpty());
        QVERIFY(!QFile::exists(exportDir.filePath(u"overview.csv"_s)));
        QVERIFY(!m_window->exports()->exportPdfAction()->isEnabled()); // Overview: no table
        checkPdfExports(exportDir);
        QVERIFY(!m_controller->accountName().isEmpty());
        QVERIFY(m_window->logOutAction()->isEnabled());
        QVERIFY(m_window->refreshAction()->isEnabled());

        m_window->tabs()->setCurrentIndex(MainWindow::OverviewTab);
        shoot(m_window.get(), u"4-overview-en.png"_s);
        m_window->tabs()->setCurrentIndex(MainWindow::PatientTab);
        shoot(m_window.get(), u"5-patient-en.png"_s);
        m_window->tabs()->setCurrentIndex(MainWindow::CoverageTab);
        shoot(m_window.get(), u"6-coverage-en.png"_s);
        m_window->tabs()->setCurrentIndex(MainWindow::ClaimsTab);
        shoot(m_window.get(), u"7-claims-en.png"_s);

        // Refresh asks only for what changed: nothing, here; the claims stay.
        m_window->refreshAction()->trigger();
        QVERIFY(m_controller->isSyncing());
        QVERIFY(waitForSync());
        QVERIFY(m_controller->lastSyncWasIncremental());
        QCOMPARE(m_controller->claimListModel()->claimCount(), 130);
        QVERIFY(m_controller->claimListModel()->isComplete());

        // Refresh Everything downloads it all again, with progress; the result is the same.
        QSignalSpy progress(m_controller.get(), &AppController::syncProgress);
        m_window->findChild<QAction *>(u"refreshEverythingAction"_s)->trigger();
        QVERIFY(m_controller->isSyncing());
        QVERIFY(waitForSync());
        QVERIFY(!m_controller->lastSyncWasIncremental());
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.constLast().at(1).toLongLong(), 130);
        QCOMPARE(m_controller->claimListModel()->claimCount(), 130);

        // Log out: back to the welcome screen, every model empty.
        m_window->logOutAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(m_controller->state(), AppController::State::SignedOut, 10000);
        QVERIFY(m_window->isShowingWelcome());
        QCOMPARE(m_controller->claimListModel()->claimCount(), 0);
        QCOMPARE(m_controller->patientModel()->state(), State::Empty);
        QVERIFY(m_controller->accountName().isEmpty());
    }

    void signInAsDemoUser(const QString &number)
    {
        openDemoLogin();
        logIn(u"BBUser"_s + number, u"PW"_s + number + u'!');
        QVERIFY(waitForElement(u"approve"_s));
        js(u"document.getElementById('approve').click();"_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_controller->state(), AppController::State::SignedIn, 15000);
        QVERIFY(waitForSync());
    }

    // The real sandbox's largest record: progress is reported page by page in the status bar.
    void largestRecordShowsProgress()
    {
        QStringList texts;
        connect(m_controller.get(), &AppController::syncProgress, this,
            [&] { texts << m_window->syncStatus()->text(); });
        QElapsedTimer clock;
        openDemoLogin();
        logIn(u"BBUser00374"_s, u"PW00374!"_s);
        QVERIFY(waitForElement(u"approve"_s));
        clock.start();
        js(u"document.getElementById('approve').click();"_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_controller->state(), AppController::State::SignedIn, 15000);
        QVERIFY(waitForSync());
        qInfo("consent -> 2,919 claims loaded: %lld ms, %lld progress reports", clock.elapsed(),
            qint64(texts.size()));
        QCOMPARE(m_controller->claimListModel()->claimCount(), 2919);
        QVERIFY(texts.size() > 3);
        QVERIFY2(texts.contains(u"Loading claims… 2,900 of 2,919"_s)
                || texts.filter(QRegularExpression(u"^Loading claims… [0-9,]+ of 2,919$"_s)).size()
                    > 2,
            qPrintable(texts.join(u" | "_s)));
        QVERIFY(m_window->syncStatus()->text().startsWith(u"2,919 claim"_s));
    }

    // The tabs of the largest record at a desktop size and at 640×480, for review.
    void shootTabs(const QString &prefix)
    {
        const struct
        {
            MainWindow::Tab tab;
            const char *name;
        } tabs[] = {{MainWindow::OverviewTab, "overview"}, {MainWindow::CoverageTab, "coverage"},
            {MainWindow::ClaimsTab, "claims"}, {MainWindow::DrugsTab, "drugs"}};
        for (const QSize size : {QSize(1400, 900), QSize(640, 480)}) {
            m_window->resize(size);
            for (const auto &t : tabs) {
                m_window->tabs()->setCurrentIndex(t.tab);
                shoot(m_window.get(),
                    u"%1-%2-%3.png"_s.arg(prefix, QLatin1StringView(t.name)).arg(size.width()));
            }
        }
        m_window->resize(1180, 760);
    }

    // A new person starts at the top of every tab with no filter, selection or open claim of
    // the one before.
    void switchingPeopleStartsFresh()
    {
        signInAsDemoUser(u"00374"_s);
        QCOMPARE(m_controller->claimListModel()->claimCount(), 2919);
        shootTabs(u"20-00374-en"_s);

        bb::views::ClaimsView *claims = m_window->claimsView();
        m_window->tabs()->setCurrentIndex(MainWindow::ClaimsTab);
        bb::models::ClaimFilter owe;
        owe.setOnlyPatientResponsibility(true);
        claims->filterBar()->setFilter(owe);
        const QModelIndex row = claims->proxy()->index(10, 0);
        claims->table()->setCurrentIndex(row);
        QVERIFY(claims->openClaim(row.data(bb::models::ClaimIdRole).toString()));
        m_window->tabs()->setCurrentIndex(MainWindow::OverviewTab);
        auto *overviewScroll =
            m_window->tabs()->widget(MainWindow::OverviewTab)->findChild<QScrollArea *>();
        QVERIFY(overviewScroll);
        overviewScroll->verticalScrollBar()->setValue(
            overviewScroll->verticalScrollBar()->maximum());
        QVERIFY(overviewScroll->verticalScrollBar()->value() > 0);

        m_window->logOutAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(m_controller->state(), AppController::State::SignedOut, 10000);
        signInAsDemoUser(u"10001"_s);
        QCOMPARE(overviewScroll->verticalScrollBar()->value(), 0);
        QVERIFY(claims->filterBar()->filter().isPassThrough());
        QVERIFY(claims->proxy()->filter().isPassThrough());
        QVERIFY(claims->detailView()->currentClaimId().isEmpty());
        QVERIFY(!claims->table()->selectionModel()->hasSelection());
        QCOMPARE(claims->proxy()->rowCount(), m_controller->claimListModel()->claimCount());
        shootTabs(u"21-10001-en"_s);
    }

    // A double-click on a demo user of the welcome screen opens the login with that user
    // name filled in.
    void demoUserRowStartsItsLogin()
    {
        QTableWidget *users = m_window->welcomePage()->demoUsers();
        int row = -1;
        for (int r = 0; r < users->rowCount() && row < 0; ++r)
            row = users->item(r, 0)->text() == u"BBUser00007"_s ? r : -1;
        QVERIFY(row >= 0);
        const QRect cell = users->visualItemRect(users->item(row, 1));
        QVERIFY(users->isVisible());
        QSignalSpy requested(m_window->welcomePage(), &bb::WelcomePage::demoUserRequested);
        // As a person double-clicks: a press and release, then the second press.
        QTest::mouseClick(users->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(users->viewport(), Qt::LeftButton, {}, cell.center());
        QVERIFY(requested.count() >= 1);
        QCOMPARE(requested.constFirst().constFirst().toString(), u"BBUser00007"_s);
        QTRY_VERIFY_WITH_TIMEOUT(m_controller->loginDialog() != nullptr, 10000);
        m_dialog = m_controller->loginDialog();
        QVERIFY(waitForElement(u"username-textbox"_s));
        QCOMPARE(js(u"document.getElementById('username-textbox').value"_s).toString(),
            u"BBUser00007"_s);
        shoot(m_dialog, u"23-login-user-filled-en.png"_s);
        js(u"document.getElementById('continue-button').click();"_s);
        QVERIFY(waitForElement(u"password-textbox"_s));
        js(u"document.getElementById('password-textbox').value = 'PW00007!';"
           "document.getElementById('login-button').click();"_s);
        QVERIFY(waitForElement(u"approve"_s));
        js(u"document.getElementById('approve').click();"_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_controller->state(), AppController::State::SignedIn, 15000);
        QVERIFY(waitForSync());
        QVERIFY(m_window->patientPage()->heading().contains(u"Núñez"_s));
    }

    // A locked keychain: the app says the system will ask for its password before the login
    // opens, in the app's words, once.
    void keychainNoticeComesFirst()
    {
        m_controller->setKeychainProbe([] { return bb::auth::KeychainState::Locked; });
        QStringList events;
        connect(m_controller.get(), &AppController::loginDialogOpened, this,
            [&] { events << u"login"_s; });
        QString shown;
        const auto closeNotice = [&] {
            QTimer::singleShot(50, this, [&] {
                auto *box = m_window->findChild<QMessageBox *>(u"keychainNotice"_s);
                if (!box)
                    return;
                events << u"notice"_s;
                shown = box->text();
                shoot(box, u"24-keychain-notice-en.png"_s);
                box->accept();
            });
        };
        closeNotice();
        QTest::mouseClick(m_window->welcomePage()->demoButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_controller->loginDialog() != nullptr, 10000);
        QCOMPARE(events, (QStringList {u"notice"_s, u"login"_s}));
        QVERIFY2(shown.contains(u"keychain is locked"_s), qPrintable(shown));
        m_controller->cancelSignIn();
        QTRY_COMPARE(m_controller->state(), AppController::State::SignedOut);

        // Said once: the next login opens at once.
        events.clear();
        QTest::mouseClick(m_window->welcomePage()->demoButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_controller->loginDialog() != nullptr, 10000);
        QCOMPARE(events, QStringList {u"login"_s});
        m_controller->cancelSignIn();
        QTRY_COMPARE(m_controller->state(), AppController::State::SignedOut);
    }

    void serverErrorsShowTheBannerWithRetry()
    {
        signInAsDemoUser(u"00002"_s);
        QCOMPARE(m_controller->claimListModel()->claimCount(), 3);

        bb::sandbox::FaultSettings failing;
        failing.errorRate = 1.0; // every FHIR request answers 500/502/503
        m_controller->localSandbox()->setFaults(failing);
        m_window->refreshAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!m_controller->isSyncing(), 30000);
        QTRY_VERIFY(m_window->banner()->isVisible());
        QCOMPARE(m_controller->problem().action, bb::account::SyncProblem::Action::Retry);
        QVERIFY(!m_window->banner()->text().isEmpty());
        QCOMPARE(m_window->banner()->actionButton()->text(), u"&Retry"_s);
        // What was shown stays: a failed sync loses nothing.
        QCOMPARE(m_controller->claimListModel()->claimCount(), 3);
        shoot(m_window.get(), u"16-banner-retry-en.png"_s);

        // The server recovers; the banner's own button brings the data back.
        m_controller->localSandbox()->setFaults({});
        QTest::mouseClick(m_window->banner()->actionButton(), Qt::LeftButton);
        QVERIFY(waitForSync());
        QCOMPARE(m_controller->claimListModel()->claimCount(), 3);
        QVERIFY(m_controller->problem().isNull());
        QVERIFY(m_window->banner()->isHidden());
    }

    void expiredGrantAsksToReconnect()
    {
        signInAsDemoUser(u"00002"_s);
        m_controller->localSandbox()->expireGrants(m_controller->patientId());
        m_window->refreshAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(
            m_controller->problem().action, bb::account::SyncProblem::Action::Reconnect, 30000);
        QVERIFY(m_window->banner()->isVisible());
        QCOMPARE(m_window->banner()->actionButton()->text(), u"&Reconnect"_s);
        shoot(m_window.get(), u"17-banner-reconnect-en.png"_s);
        // Reconnect opens the login again.
        QTest::mouseClick(m_window->banner()->actionButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_controller->loginDialog() != nullptr, 10000);
        QCOMPARE(m_controller->state(), AppController::State::SigningIn);
        m_controller->cancelSignIn();
        QTRY_COMPARE(m_controller->state(), AppController::State::SignedOut);
    }

    // The alternative in the settings: the login in the system browser, back through the
    // loopback redirect. The "browser" here is plain HTTP against the sandbox's pages.
    void systemBrowserAlternative()
    {
        bb::UiSettings(*m_settings).setBrowser(bb::UiSettings::Browser::System);
        UrlCatcher browser;
        QDesktopServices::setUrlHandler(u"http"_s, &browser, "openUrl");
        QTest::mouseClick(m_window->welcomePage()->demoButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(browser.opened.size(), 1, 10000);
        QDesktopServices::unsetUrlHandler(u"http"_s);
        QCOMPARE(m_controller->state(), AppController::State::SigningIn);
        QVERIFY(!m_controller->loginDialog()); // no embedded browser this time
        QVERIFY(m_window->welcomePage()->cancelButton()->isVisible());
        const QUrl authorize = browser.opened.constFirst();
        const QUrl redirectUri(
            QUrlQuery(authorize).queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded));
        QCOMPARE(redirectUri.host(), u"127.0.0.1"_s);
        QVERIFY(redirectUri.port() > 0); // the driver's own listening port

        using namespace bb::sandbox::walker;
        Client client(m_controller->localBaseUrl());
        Reply r = client.get(authorize.toString());
        QCOMPARE(r.status, 302);
        r = client.get(r.location(client.base()).toString());
        const QString relay = inputValue(r.body, u"relay"_s);
        r = client.post(u"/mymedicare/login"_s,
            form({{u"relay"_s, relay}, {u"step"_s, u"username"_s},
                {u"username"_s, u"BBUser00002"_s}}));
        r = client.post(u"/mymedicare/login"_s,
            form({{u"relay"_s, relay}, {u"step"_s, u"password"_s},
                {u"username"_s, u"BBUser00002"_s}, {u"password"_s, u"PW00002!"_s}}));
        QCOMPARE(r.status, 302);
        r = client.get(r.location(client.base()).toString());
        QCOMPARE(r.status, 200);
        r = client.post(formAction(r.body),
            form({{u"share_demographic_scopes"_s, u"True"_s}, {u"allow"_s, u"Connect"_s}}));
        QCOMPARE(r.status, 302);
        const QUrl back = QUrl::fromEncoded(r.header("location"));
        QCOMPARE(back.port(), redirectUri.port());
        // The browser follows the redirect to the app's loopback listener, which answers
        // with its "return to the application" page even though the attempt ends right there.
        const auto page = client.get(back.toString());
        QCOMPARE(page.status, 200);
        QVERIFY(page.body.contains("Blue Button Viewer"));
        QTRY_COMPARE_WITH_TIMEOUT(m_controller->state(), AppController::State::SignedIn, 15000);
        QVERIFY(waitForSync());
        QCOMPARE(m_controller->claimListModel()->claimCount(), 3);
        QCOMPARE(m_controller->patientModel()->state(), State::Loaded);
    }

    void personalInformationUntickedShowsNotShared()
    {
        openDemoLogin();
        logIn(u"BBUser00001"_s, u"PW00001!"_s);
        QVERIFY(waitForElement(u"approve"_s));
        js(u"document.getElementById('radio_1').checked = false;"_s);
        js(u"document.getElementById('approve').click();"_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_controller->state(), AppController::State::SignedIn, 15000);
        QVERIFY(waitForSync());
        QCOMPARE(m_controller->patientModel()->state(), State::NotShared);
        QVERIFY(m_window->patientPage()->isNotSharedShown());
        QCOMPARE(m_controller->claimListModel()->claimCount(), 43);
        QVERIFY(m_controller->coverageModel()->rowCount() > 0);
        QVERIFY(m_controller->problem().isNull()); // declining is a choice, not an error
        m_window->tabs()->setCurrentIndex(MainWindow::PatientTab);
        shoot(m_window.get(), u"8-patient-not-shared-en.png"_s);
    }

    void cancelOnConsentEndsWithAMessage()
    {
        openDemoLogin();
        logIn(u"BBUser00002"_s, u"PW00002!"_s);
        QVERIFY(waitForElement(u"deny"_s));
        js(u"document.getElementById('deny').click();"_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_controller->state(), AppController::State::SignedOut, 15000);
        const QString message = takeMessage();
        QVERIFY(!message.isEmpty());
        QVERIFY(m_window->isShowingWelcome());
        QCOMPARE(m_window->welcomePage()->status(), message);
        QVERIFY(m_window->welcomePage()->demoButton()->isEnabled());
        shoot(m_window.get(), u"9-consent-cancelled-en.png"_s);
    }

    void cancelOnTheWelcomeScreen()
    {
        openDemoLogin();
        QVERIFY(m_window->welcomePage()->cancelButton()->isVisible());
        QVERIFY(!m_window->welcomePage()->demoButton()->isEnabled());
        m_window->welcomePage()->cancelButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(m_controller->state(), AppController::State::SignedOut, 10000);
        QTRY_VERIFY(!m_controller->loginDialog());
        QVERIFY(!takeMessage().isEmpty());
        QVERIFY(m_window->welcomePage()->cancelButton()->isHidden());
        QVERIFY(m_window->welcomePage()->demoButton()->isEnabled());
    }

    void closingTheLoginCancels()
    {
        openDemoLogin();
        QTest::keyClick(m_dialog.data(), Qt::Key_Escape);
        QTRY_COMPARE_WITH_TIMEOUT(m_controller->state(), AppController::State::SignedOut, 10000);
        QVERIFY(takeMessage().contains(u"cancelled"_s));
    }

    void wrongPasswordThenRightOne()
    {
        openDemoLogin();
        logIn(u"BBUser00003"_s, u"not-the-password"_s);
        QVERIFY(waitForElement(u"login-error"_s));
        QCOMPARE(m_controller->state(), AppController::State::SigningIn);
        shoot(m_dialog, u"10-wrong-password-en.png"_s);
        js(u"document.getElementById('password-textbox').value = 'PW00003!';"
           "document.getElementById('login-button').click();"_s);
        QVERIFY(waitForElement(u"approve"_s));
        js(u"document.getElementById('approve').click();"_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_controller->state(), AppController::State::SignedIn, 15000);
        QVERIFY(waitForSync());
        QCOMPARE(m_controller->claimListModel()->claimCount(), 0); // BBUser00003 has none
        QCOMPARE(m_controller->patientModel()->state(), State::Loaded);
    }

    void userWithoutRecordIsTold()
    {
        openDemoLogin();
        logIn(u"BBUser00006"_s, u"PW00006!"_s);
        // Blue Button's own page says so first; its link back ends the login (not_found).
        QVERIFY(waitForElement(u"not-found-link"_s));
        js(u"document.getElementById('not-found-link').click();"_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_controller->state(), AppController::State::SignedOut, 15000);
        const QString message = takeMessage();
        QVERIFY(!message.isEmpty());
        QCOMPARE(m_window->welcomePage()->status(), message);
        QVERIFY(message.contains(u"Medicare"_s));
        shoot(m_window.get(), u"15-not-found-en.png"_s);
    }

    void spanishLogin()
    {
        // A fresh window in Spanish, as `bbviewer --lang es` starts.
        cleanup();
        QVERIFY(bb::installTranslators(*qApp, u"es"_s));
        QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::UnitedStates)); // as main() does
        m_language = u"es"_s;
        init();
        QCOMPARE(m_window->windowTitle(), u"Visor de Blue Button"_s);
        shoot(m_window.get(), u"11-welcome-es.png"_s);
        openDemoLogin();
        QCOMPARE(QUrlQuery(m_dialog->view()->url()).queryItemValue(u"lang"_s), u"es"_s);
        QCOMPARE(js(u"document.documentElement.lang"_s).toString(), u"es"_s);
        shoot(m_dialog, u"12-login-es.png"_s);
        logIn(u"BBUser00007"_s, u"PW00007!"_s);
        QVERIFY(waitForElement(u"approve"_s));
        QCOMPARE(js(u"document.getElementById('approve').textContent"_s).toString(), u"Conectar"_s);
        js(u"document.getElementById('approve').click();"_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_controller->state(), AppController::State::SignedIn, 15000);
        QVERIFY(waitForSync());
        QVERIFY(m_window->patientPage()->heading().contains(u"Núñez"_s));
        m_window->tabs()->setCurrentIndex(MainWindow::PatientTab);
        shoot(m_window.get(), u"13-patient-es.png"_s);
        m_window->tabs()->setCurrentIndex(MainWindow::CoverageTab);
        shoot(m_window.get(), u"14-coverage-es.png"_s);
        shootTabs(u"22-00007-es"_s);
        // Nothing in any tab makes the window bigger than 640×480.
        m_window->resize(640, 480);
        QTRY_COMPARE(m_window->size(), QSize(640, 480));

        const QList<QTranslator *> translators = qApp->findChildren<QTranslator *>();
        for (QTranslator *t : translators) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
        m_language = u"en"_s;
        QLocale::setDefault(QLocale::c());
    }
};

QTEST_MAIN(TestShellLogin)
#include "tst_shell_login.moc"
