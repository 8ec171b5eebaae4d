#include "mainwindow.h"

#include "aboutdialog.h"
#include "account/accountservice.h"
#include "account/sync.h"
#include "announcer.h"
#include "appcontroller.h"
#include "appearance.h"
#include "banner.h"
#include "diagnosticsdialog.h"
#include "exportactions.h"
#include "fieldhelp.h"
#include "icons.h"
#include "login/logindialog.h"
#include "login/loginmessage.h"
#include "models/claimlistmodel.h"
#include "models/claimsproxymodel.h"
#include "models/coveragemodels.h"
#include "models/drugsmodel.h"
#include "models/patientmodel.h"
#include "settingsdialog.h"
#include "syncstatus.h"
#include "textsize.h"
#include "uisettings.h"
#include "viewmenu.h"
#include "views/accessibletabbar.h"
#include "views/claimdetailview.h"
#include "views/claimsview.h"
#include "views/coveragepage.h"
#include "views/drugsview.h"
#include "views/overviewview.h"
#include "views/patientpage.h"
#include "views/readingorder.h"
#include "welcomepage.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bb {

using auth::Environment;

MainWindow::MainWindow(AppController *controller, QWidget *parent)
    : QMainWindow(parent)
    , m_controller(controller)
{
    setWindowTitle(titleFor(QString()));
    setWindowIcon(QIcon(u":/bbviewer/icons/bbviewer.svg"_s));
    setObjectName(u"mainWindow"_s);
    m_fieldHelp = new FieldHelp(this); // F1: "What's this?" of the focused field
    views::installAccessibleTabBar();

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(u"mainStack"_s);
    m_welcome = new WelcomePage(m_stack);
    m_dataPage = new QWidget(m_stack);
    m_dataPage->setObjectName(u"dataPage"_s);
    auto *dataLayout = new QVBoxLayout(m_dataPage);
    dataLayout->setContentsMargins(0, 0, 0, 0);
    dataLayout->setSpacing(0);
    m_banner = new Banner(m_dataPage);
    dataLayout->addWidget(m_banner);
    createTabs();
    dataLayout->addWidget(m_tabs, 1);
    // In a small window the welcome screen scrolls instead of making the window taller than
    // the screen (the stack is as tall as its tallest page).
    auto *welcomeScroll = new QScrollArea(m_stack);
    welcomeScroll->setObjectName(u"welcomeScroll"_s);
    welcomeScroll->setWidget(m_welcome);
    welcomeScroll->setWidgetResizable(true);
    welcomeScroll->setFrameShape(QFrame::NoFrame);
    //: Accessible name of the welcome screen's scrolling page.
    welcomeScroll->setAccessibleName(tr("Welcome"));
    m_stack->addWidget(welcomeScroll);
    m_stack->addWidget(m_dataPage);
    setCentralWidget(m_stack);

    m_sync = new SyncStatus(this);
    // Permanent, so a status message ("You are connected to …") sits beside the sync status
    // instead of being drawn over it.
    statusBar()->addPermanentWidget(m_sync, 1);
    m_connectionStatus = new QLabel(tr("Not connected"), this);
    m_connectionStatus->setObjectName(u"connectionStatus"_s);
    m_connectionStatus->setTextFormat(Qt::PlainText); // holds the account's name
    m_dataNotice = new QLabel(this);
    m_dataNotice->setObjectName(u"dataNotice"_s);
    m_dataNotice->setVisible(false);
    statusBar()->addPermanentWidget(m_dataNotice);
    statusBar()->addPermanentWidget(m_connectionStatus);

    createMenus();
    resize(1100, 720);
    // The smallest window in which every screen still works (at 100% text).
    setMinimumSize(640, 480);
    if (m_controller) {
        applyAppearance(UiSettings(m_controller->settings()).highContrast());
        createDataViews();
        connectController();
        restoreWindowState();
    } else {
        m_stack->setCurrentWidget(m_dataPage);
    }
    updateForState();
}

MainWindow::~MainWindow() = default;

AppController *MainWindow::controller() const
{
    return m_controller;
}

SettingsDialog *MainWindow::settingsDialog() const
{
    return m_settings;
}

void MainWindow::createTabs()
{
    m_tabs = new QTabWidget(m_dataPage);
    m_tabs->setObjectName(u"mainTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->setAccessibleName(tr("Views"));
    m_tabs->addTab(createEmptyPage(u"overviewPage"_s,
                       tr("Connect to Medicare to see a summary of your claims.")),
        tr("&Overview"));
    m_tabs->addTab(createEmptyPage(u"patientPage"_s,
                       tr("Your personal information appears here once you connect.")),
        tr("&Patient"));
    m_tabs->addTab(createEmptyPage(u"coveragePage"_s,
                       tr("Your Medicare Part A, B, C and D coverage appears here.")),
        tr("Co&verage"));
    m_tabs->addTab(
        createEmptyPage(u"claimsPage"_s, tr("Your Medicare claims appear here, newest first.")),
        tr("&Claims"));
    m_tabs->addTab(
        createEmptyPage(u"drugsPage"_s, tr("Your prescription drug history appears here.")),
        tr("&Drugs"));
}

// The data tabs: views over the controller's models. They never talk to the network.
void MainWindow::createDataViews()
{
    auto *overview =
        new views::OverviewView(m_controller->claimListModel(), m_controller->patientModel());
    overview->setObjectName(u"overviewPage"_s);
    replaceTab(OverviewTab, overview);
    // The last sync that completed: a kept record says when its data is from.
    const auto lastSync = [this, overview] {
        overview->setLastSync(m_controller->record().state.lastSync.toLocalTime());
    };
    connect(m_controller, &AppController::syncFinished, overview, lastSync);
    connect(m_controller, &AppController::dataNoticeChanged, overview, lastSync);
    lastSync();

    m_patientPage = new views::PatientPage(m_controller->patientModel());
    replaceTab(PatientTab, m_patientPage);
    m_coveragePage = new views::CoveragePage(m_controller->coverageModel());
    replaceTab(CoverageTab, m_coveragePage);

    m_claimsView = new views::ClaimsView(m_controller->claimListModel());
    m_claimsView->setObjectName(u"claimsPage"_s);
    replaceTab(ClaimsTab, m_claimsView);
    // The split the person set between the list and the claim is kept from run to run.
    m_claimsView->restoreSplit(UiSettings(m_controller->settings()).claimsSplit());
    connect(m_claimsView, &views::ClaimsView::splitChanged, this, [this](const QByteArray &state) {
        UiSettings(m_controller->settings()).setClaimsSplit(state);
    });

    auto *drugs = new views::DrugsView(m_controller->claimListModel());
    m_drugsView = drugs;
    drugs->setObjectName(u"drugsPage"_s);
    replaceTab(DrugsTab, drugs);
    // A fill opens its claim, like a link from the prescription history to the claim.
    connect(drugs, &views::DrugsView::claimActivated, this, [this](const QString &id) {
        m_tabs->setCurrentIndex(ClaimsTab);
        m_claimsView->openClaim(id);
    });
    views::orderFormsForReading(m_tabs);
}

QAction *MainWindow::exportCsvAction() const
{
    return m_exports->exportCsvAction();
}

bool MainWindow::exportCurrentView(const QString &path, QString *error)
{
    return m_exports->exportCurrentViewCsv(path, error);
}

void MainWindow::replaceTab(int index, QWidget *view)
{
    const QString title = m_tabs->tabText(index);
    QWidget *old = m_tabs->widget(index);
    const bool current = m_tabs->currentIndex() == index;
    m_tabs->removeTab(index);
    m_tabs->insertTab(index, view, title);
    if (current)
        m_tabs->setCurrentIndex(index);
    delete old;
}

void MainWindow::createMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    m_refresh = fileMenu->addAction(tr("&Refresh"));
    m_refresh->setObjectName(u"refreshAction"_s);
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setStatusTip(tr("Get what changed since the last time"));
    m_refreshAll = fileMenu->addAction(tr("Refresh Ever&ything"));
    m_refreshAll->setObjectName(u"refreshEverythingAction"_s);
    m_refreshAll->setStatusTip(tr("Download all your data again"));
    m_cancel = fileMenu->addAction(tr("&Stop loading"));
    m_cancel->setObjectName(u"cancelAction"_s);
    m_cancel->setShortcut(QKeySequence::Cancel);
    fileMenu->addSeparator();
    // File > Export and Print see the tabs through views::ExportableView, and of the
    // controller only the data they export.
    ExportActions::Sources sources;
    sources.tabs = m_tabs;
    if (m_controller) {
        sources.patient = m_controller->patientModel();
        sources.settings = &m_controller->settings();
        sources.archive = &m_controller->rawArchive();
        sources.claims = m_controller->claimListModel();
        sources.coverage = m_controller->coverageModel();
        sources.isSyncing = [this] { return m_controller && m_controller->isSyncing(); };
        sources.isArchiving = [this] { return m_controller && m_controller->isArchiving(); };
    }
    m_exports = new ExportActions(this, std::move(sources));
    m_exports->addTo(fileMenu);
    fileMenu->addSeparator();
    m_settingsAction = fileMenu->addAction(tr("S&ettings…"));
    m_settingsAction->setObjectName(u"settingsAction"_s);
    // Preferences has no standard key on Linux and Windows; Ctrl+, is the common one.
    m_settingsAction->setShortcuts(QKeySequence::keyBindings(QKeySequence::Preferences)
        << QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    m_textSize = new TextSize(m_controller ? &m_controller->settings() : nullptr, this);
    TextSize::apply(m_textSize->percent());
    m_viewMenu = new ViewMenu(menuBar(), m_textSize, m_tabs);

    m_accountMenu = menuBar()->addMenu(tr("&Account"));
    m_accountName = m_accountMenu->addAction(QString());
    m_accountName->setEnabled(false);
    m_logOut = m_accountMenu->addAction(tr("&Log out"));
    m_logOut->setObjectName(u"logOutAction"_s);
    m_logOut->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *about =
        helpMenu->addAction(tr("&About Blue Button Viewer"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
    helpMenu->addSeparator();
    QAction *diagnostics =
        helpMenu->addAction(tr("&Diagnostics…"), this, &MainWindow::showDiagnostics);
    diagnostics->setObjectName(u"diagnosticsAction"_s);
    updateIcons();
}

void MainWindow::updateIcons()
{
    m_refresh->setIcon(themedIcon(u"refresh"_s, this));
    m_cancel->setIcon(themedIcon(u"stop"_s, this));
    m_settingsAction->setIcon(themedIcon(u"settings"_s, this));
    m_accountName->setIcon(themedIcon(u"account"_s, this));
    m_logOut->setIcon(themedIcon(u"logout"_s, this));
}

void MainWindow::changeEvent(QEvent *event)
{
    // The icons are drawn in the palette's text colour: redraw them for a new theme.
    if (event->type() == QEvent::PaletteChange && m_refresh)
        updateIcons();
    QMainWindow::changeEvent(event);
}

void MainWindow::connectController()
{
    AppController *c = m_controller;
    c->setDialogParent(this);
    // The login page follows View > Zoom like the rest of the app.
    connect(c, &AppController::loginDialogOpened, this,
        [](QWidget *dialog) { TextSize::apply(TextSize::applied(), dialog); });
    connect(m_welcome, &WelcomePage::connectRequested, c, &AppController::signIn);
    connect(m_welcome, &WelcomePage::demoUserRequested, c, &AppController::signInAsDemoUser);
    // Said before the login opens, so the system's password window that follows the consent
    // is expected.
    connect(
        c, &AppController::keychainNotice, this, [this](const QString &title, const QString &text) {
            QMessageBox box(QMessageBox::Information, title, text, QMessageBox::Ok, this);
            box.setObjectName(u"keychainNotice"_s);
            box.exec();
        });
    connect(m_welcome, &WelcomePage::cancelRequested, c, &AppController::cancelSignIn);
    connect(m_refresh, &QAction::triggered, c, &AppController::refresh);
    connect(m_refreshAll, &QAction::triggered, c, &AppController::refreshEverything);
    connect(c, &AppController::dataNoticeChanged, this, [this](const QString &notice) {
        m_dataNotice->setText(notice);
        m_dataNotice->setAccessibleName(notice);
        m_dataNotice->setVisible(!notice.isEmpty());
    });
    connect(c, &AppController::storeProblem, this,
        [this](const QString &message) { statusBar()->showMessage(message, 15000); });
    // A window made after the controller had something to say shows it too.
    m_banner->setProblem(c->problem());
    m_dataNotice->setText(c->dataNotice());
    m_dataNotice->setAccessibleName(c->dataNotice());
    m_dataNotice->setVisible(!c->dataNotice().isEmpty());
    connect(m_cancel, &QAction::triggered, c, &AppController::cancelSync);
    connect(m_sync, &SyncStatus::cancelRequested, c, &AppController::cancelSync);
    connect(m_logOut, &QAction::triggered, c, &AppController::signOut);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::openGeneralSettings);
    connect(m_welcome, &WelcomePage::developerSettingsRequested, this,
        [this] { openSettings(Environment::Kind::Sandbox); });
    updateWelcomeSetup();
    connect(m_banner, &Banner::actionTriggered, c, &AppController::resolveProblem);
    connect(m_banner, &Banner::dismissed, c, &AppController::dismissProblem);
    connect(c, &AppController::problemChanged, m_banner, &Banner::setProblem);
    connect(c, &AppController::openSettingsRequested, this, &MainWindow::openSettings);
    connect(c, &AppController::stateChanged, this, &MainWindow::updateForState);
    // Someone else's data (or the same person after logging out) starts at the top, unfiltered.
    connect(c, &AppController::signedIn, this, [this] {
        if (m_controller->patientId() != m_shownPatient)
            resetPerPersonViews();
        m_shownPatient = m_controller->patientId();
    });
    connect(c, &AppController::stateChanged, this, [this](AppController::State state) {
        if (state == AppController::State::SignedOut && !m_shownPatient.isEmpty()) {
            resetPerPersonViews();
            m_shownPatient.clear();
        }
    });
    connect(c, &AppController::accountNameChanged, this, &MainWindow::updateAccount);
    connect(c, &AppController::signInFinished, this,
        [this](login::LoginMessageKind kind, const QString &message) {
            m_welcome->setStatus(kind == login::LoginMessageKind::Success ? QString() : message);
            // Being connected is news, not a question: a line in the status bar, not a box to
            // close after every login and every start.
            announce(this, message);
            if (kind == login::LoginMessageKind::Success)
                statusBar()->showMessage(message, 10000);
            else
                login::showLoginMessage(this, kind, message);
        });
    // Screen readers hear the sync start, progress now and then, its end and any problem.
    connect(c, &AppController::syncStarted, this, [this] {
        m_sync->start();
        announce(this, m_sync->text());
        updateForState();
    });
    connect(c, &AppController::syncProgress, this, [this](qint64 received, qint64 total) {
        m_sync->setProgress(received, total);
        announceProgress(this, m_sync->text());
    });
    connect(c, &AppController::syncWaiting, this, [this](int waitMs) {
        m_sync->setWaiting(waitMs);
        announceProgress(this, m_sync->text());
    });
    connect(c, &AppController::syncFinished, this, [this] {
        m_sync->finish(m_controller->claimListModel()->claimCount(),
            m_controller->claimListModel()->isComplete());
        announce(this, m_sync->text());
        updateForState();
    });
    connect(c, &AppController::problemChanged, this, [this](const account::SyncProblem &problem) {
        if (!problem.isNull())
            announce(this, problem.message);
    });
    auto *claims = c->claimListModel();
    const auto updateOverview = [this] { updateAccount(); };
    connect(claims, &QAbstractItemModel::rowsInserted, this, updateOverview);
    connect(claims, &QAbstractItemModel::modelReset, this, updateOverview);
    connect(claims, &models::ClaimListModel::completenessChanged, this, updateOverview);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_controller)
            UiSettings(m_controller->settings()).setLastTab(index);
        updateForState(); // what File > Export and Print can do depends on the tab
    });
    connect(m_claimsView->detailView(), &views::ClaimDetailView::currentClaimChanged, this,
        &MainWindow::updateForState);
    // The Raw FHIR tab shows a claim exactly as received once the archive has it.
    const auto rawSource = [this] {
        m_claimsView->detailView()->setRawJsonSource([this](const QString &id) {
            return m_controller ? m_controller->rawArchive().json(u"ExplanationOfBenefit"_s, id)
                                : QByteArray();
        });
        updateForState();
    };
    rawSource();
    connect(c, &AppController::rawArchiveChanged, this, rawSource);
}

void MainWindow::resetPerPersonViews()
{
    if (m_claimsView)
        m_claimsView->resetForNewPerson();
    if (m_drugsView)
        m_drugsView->resetForNewPerson();
    const QList<QAbstractScrollArea *> areas = m_tabs->findChildren<QAbstractScrollArea *>();
    for (QAbstractScrollArea *area : areas) {
        area->verticalScrollBar()->setValue(0);
        area->horizontalScrollBar()->setValue(0);
    }
}

bool MainWindow::isShowingWelcome() const
{
    return m_stack->currentIndex() == 0; // the welcome screen's scroll area
}

void MainWindow::updateForState()
{
    if (!m_controller) {
        m_refresh->setEnabled(false);
        m_refreshAll->setEnabled(false);
        m_exports->update(false);
        m_cancel->setEnabled(false);
        m_logOut->setEnabled(false);
        m_accountMenu->menuAction()->setVisible(false);
        m_viewMenu->setTabsAvailable(true);
        return;
    }
    const auto state = m_controller->state();
    const bool signedIn = state == AppController::State::SignedIn;
    // Kept data shows while offline or after the connection ended, as well as signed in.
    const bool showsData = m_controller->hasData();
    m_stack->setCurrentIndex(showsData ? 1 : 0);
    m_welcome->setBusy(state == AppController::State::SigningIn);
    if (state == AppController::State::SigningIn) {
        m_welcome->setStatus(m_controller->isResuming()
                ? tr("Reconnecting to %1…")
                      .arg(Environment::displayName(m_controller->currentKind()))
                : tr("The Medicare login is open. Log in there to continue."));
    }
    if (!showsData)
        m_sync->clear();
    m_refresh->setEnabled((signedIn && !m_controller->isSyncing())
        || (showsData && !signedIn && state != AppController::State::SigningIn));
    m_refreshAll->setEnabled(signedIn && !m_controller->isSyncing());
    m_exports->update(showsData);
    m_cancel->setEnabled(signedIn && m_controller->isSyncing());
    m_logOut->setEnabled(showsData);
    m_accountMenu->menuAction()->setVisible(showsData);
    m_viewMenu->setTabsAvailable(showsData);
    updateAccount();
}

void MainWindow::updateAccount()
{
    if (!m_controller)
        return;
    const bool signedIn = m_controller->state() == AppController::State::SignedIn;
    const QString environment = Environment::displayName(m_controller->currentKind());
    const QString name = m_controller->accountName();
    if (!signedIn) {
        m_connectionStatus->setText(tr("Not connected"));
        m_accountName->setText(QString());
    } else if (name.isEmpty()) {
        m_connectionStatus->setText(tr("Connected to %1").arg(environment));
        m_accountName->setText(tr("Logged in to %1").arg(environment));
    } else {
        m_connectionStatus->setText(tr("%1 — %2").arg(name, environment));
        m_accountName->setText(tr("Logged in as %1").arg(name));
    }
    m_connectionStatus->setAccessibleName(m_connectionStatus->text());
    setWindowTitle(titleFor(m_controller->hasData() ? name : QString()));

    const models::ClaimListModel *claims = m_controller->claimListModel();
    const int count = claims->claimCount();
    QString status;
    if (m_controller->isSyncing())
        status = account::Sync::progressText(count, claims->expectedTotal().value_or(-1));
    else if (signedIn && claims->isComplete())
        status = tr("Up to date: %Ln claim(s).", nullptr, count);
    else if (signedIn)
        status = claims->completenessText();
}

void MainWindow::updateWelcomeSetup()
{
    const auth::PublisherConfig &publisher = m_controller->account()->publisherConfig();
    WelcomePage::Setup setup;
    setup.medicare = m_controller->isConfigured(Environment::Kind::Production);
    setup.sandbox = m_controller->isConfigured(Environment::Kind::Sandbox);
    setup.publisherName = publisher.publisherName();
    setup.problem = publisher.error();
    m_welcome->setSetup(setup);
}

void MainWindow::openSettings(Environment::Kind kind)
{
    showSettings(kind, true);
}

void MainWindow::openGeneralSettings()
{
    showSettings(m_controller->currentKind(), false);
}

void MainWindow::showSettings(Environment::Kind kind, bool advanced)
{
    if (!m_controller)
        return;
    const Environment::Kind shown =
        kind == Environment::Kind::Local ? Environment::Kind::Sandbox : kind;
    if (!m_settings) {
        m_settings = new SettingsDialog(m_controller, shown, this);
        m_settings->setAttribute(Qt::WA_DeleteOnClose);
        views::orderFormsForReading(m_settings);
        connect(m_settings, &SettingsDialog::saved, this, [this](Environment::Kind saved) {
            applyAppearance(UiSettings(m_controller->settings()).highContrast());
            updateWelcomeSetup();
            // The person came here from "Connect to …": carry on with the login.
            if (m_controller->state() == AppController::State::SignedOut
                && m_controller->isConfigured(saved))
                m_welcome->setStatus(tr("Settings saved. You can connect now."));
        });
    } else {
        m_settings->showEnvironment(shown);
    }
    m_settings->showPage(advanced ? SettingsDialog::Page::Advanced : SettingsDialog::Page::General);
    m_settings->open(); // window-modal, and the event loop keeps running
}

void MainWindow::restoreWindowState()
{
    UiSettings ui(m_controller->settings());
    const QByteArray geometry = ui.windowGeometry();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    const int tab = ui.lastTab();
    if (tab >= 0 && tab < m_tabs->count())
        m_tabs->setCurrentIndex(tab);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_controller)
        UiSettings(m_controller->settings()).setWindowGeometry(saveGeometry());
    QMainWindow::closeEvent(event);
}

QWidget *MainWindow::createEmptyPage(const QString &objectName, const QString &message)
{
    auto *page = new QWidget(m_tabs);
    page->setObjectName(objectName);
    auto *layout = new QVBoxLayout(page);
    auto *label = new QLabel(message, page);
    label->setObjectName(objectName + u"Placeholder"_s);
    label->setTextFormat(Qt::PlainText);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(label);
    return page;
}

void MainWindow::showAbout()
{
    // open(), not exec(): no nested event loop.
    auto *about = new AboutDialog(this);
    about->setAttribute(Qt::WA_DeleteOnClose);
    about->open();
}

void MainWindow::showDiagnostics()
{
    if (!m_diagnostics) {
        m_diagnostics = new DiagnosticsDialog(m_controller, this);
        m_diagnostics->setAttribute(Qt::WA_DeleteOnClose);
    } else {
        m_diagnostics->refresh();
    }
    m_diagnostics->show();
    m_diagnostics->raise();
    m_diagnostics->activateWindow();
}

DiagnosticsDialog *MainWindow::diagnosticsDialog() const
{
    return m_diagnostics;
}

QString MainWindow::titleFor(const QString &person)
{
    // The person first: with several windows in a task bar, that is what tells them apart.
    return person.isEmpty() ? tr("Blue Button Viewer") : tr("%1 — Blue Button Viewer").arg(person);
}

void MainWindow::bringToFront()
{
    if (isMinimized())
        setWindowState((windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    show();
    raise();
    activateWindow();
}

} // namespace bb
