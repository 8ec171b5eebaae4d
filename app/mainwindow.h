#pragma once

#include "auth/environment.h"

#include <QMainWindow>
#include <QPointer>

class QAction;
class QLabel;
class QMenu;
class QStackedWidget;
class QTabWidget;

namespace bb {

class FieldHelp;

namespace views {
class ClaimsView;
class CoveragePage;
class DrugsView;
class PatientPage;
} // namespace views

class AboutDialog;
class AppController;
class DiagnosticsDialog;
class ExportActions;
class Banner;
class SettingsDialog;
class SyncStatus;
class TextSize;
class ViewMenu;
class WelcomePage;

// The main window: the welcome screen until someone is signed in, then the tabs (Overview,
// Patient, Coverage, Claims, Drugs) under an inline problem banner, with sync progress in
// the status bar. A view only: everything it shows comes from the AppController's models,
// everything it does is a call on the controller.
//
// Without a controller it shows the empty tabs (a preview, and what the basic widget tests
// look at).
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(AppController *controller = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    enum Tab { OverviewTab, PatientTab, CoverageTab, ClaimsTab, DrugsTab };

    QTabWidget *tabs() const { return m_tabs; }
    AppController *controller() const;
    WelcomePage *welcomePage() const { return m_welcome; }
    views::PatientPage *patientPage() const { return m_patientPage; }
    views::CoveragePage *coveragePage() const { return m_coveragePage; }
    Banner *banner() const { return m_banner; }
    SyncStatus *syncStatus() const { return m_sync; }
    SettingsDialog *settingsDialog() const;
    views::ClaimsView *claimsView() const { return m_claimsView; }
    views::DrugsView *drugsView() const { return m_drugsView; }
    ExportActions *exports() const { return m_exports; }
    TextSize *textSize() const { return m_textSize; }
    ViewMenu *viewMenu() const { return m_viewMenu; }
    bool isShowingWelcome() const;

    // The views of the Overview, Claims and Drugs tabs replace the placeholders here; the

    QAction *refreshAction() const { return m_refresh; }
    QAction *logOutAction() const { return m_logOut; }
    QAction *settingsAction() const { return m_settingsAction; }
    QAction *exportCsvAction() const;
    // Writes the current tab as CSV: its visible columns, in the order, sort and filter shown.
    // Returns false with a translated reason (the Overview has no table to export).
    bool exportCurrentView(const QString &path, QString *error = nullptr);

    // "<person> — Blue Button Viewer" while someone's data is shown, else the app's name.
    static QString titleFor(const QString &person);
    // Help → Diagnostics while open, else null.
    DiagnosticsDialog *diagnosticsDialog() const;

public Q_SLOTS:
    // Help → About and Help → Diagnostics.
    void showAbout();
    void showDiagnostics();
    // Out of the task bar and in front: what a second launch of the app asks for.
    void bringToFront();
    // The settings on their Advanced page, showing `kind`'s registration: the way there from
    // a login that cannot start without one.
    void openSettings(bb::auth::Environment::Kind kind);
    // The settings on their General page (Settings in the menu).
    void openGeneralSettings();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void showSettings(bb::auth::Environment::Kind kind, bool advanced);
    // What the welcome screen offers: a publisher's build leads with "Log in with Medicare".
    void updateWelcomeSetup();
    void createTabs();
    void createDataViews();
    // Filters, selections, open claims and scroll positions back to their start: what one
    // person looked at is not where the next one starts.
    void resetPerPersonViews();
    void createMenus();
    void connectController();
    void replaceTab(int index, QWidget *view);
    QWidget *createEmptyPage(const QString &objectName, const QString &message);
    void updateForState();
    void updateAccount();
    void updateIcons();
    void restoreWindowState();

    QPointer<AppController> m_controller;
    QStackedWidget *m_stack = nullptr;
    FieldHelp *m_fieldHelp = nullptr;
    WelcomePage *m_welcome = nullptr;
    QWidget *m_dataPage = nullptr;
    Banner *m_banner = nullptr;
    QTabWidget *m_tabs = nullptr;
    views::PatientPage *m_patientPage = nullptr;
    views::CoveragePage *m_coveragePage = nullptr;
    views::ClaimsView *m_claimsView = nullptr;
    QLabel *m_connectionStatus = nullptr;
    SyncStatus *m_sync = nullptr;
    QPointer<SettingsDialog> m_settings;
    QPointer<DiagnosticsDialog> m_diagnostics;

    QMenu *m_accountMenu = nullptr;
    QAction *m_accountName = nullptr;
    QAction *m_logOut = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_refreshAll = nullptr;
    QLabel *m_dataNotice = nullptr;
    QAction *m_cancel = nullptr;
    QAction *m_settingsAction = nullptr;
    ExportActions *m_exports = nullptr;
    views::DrugsView *m_drugsView = nullptr;
    TextSize *m_textSize = nullptr;
    ViewMenu *m_viewMenu = nullptr;
    QString m_shownPatient; // whose data the tabs were last reset for
};

} // namespace bb
