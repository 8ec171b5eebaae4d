#pragma once

#include "auth/environment.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTabWidget;

namespace bb {

class AppController;

// Environments (client id, secret or token proxy, redirect URI, scopes) and the app's own
// preferences (language, login browser, concurrency). Non-secret values go to QSettings
// through EnvironmentSettings and UiSettings; the client secret only to the secret store.
// Opened window-modal with open(): the event loop keeps running.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    // General: what everyone may change (language, where the login opens, exports).
    // Advanced: the Blue Button registrations, for developers; a publisher's build needs none.
    enum class Page { General, Advanced };

    SettingsDialog(
        AppController *controller, auth::Environment::Kind kind, QWidget *parent = nullptr);

    void showEnvironment(auth::Environment::Kind kind);
    void showPage(Page page);
    Page currentPage() const;
    auth::Environment::Kind shownKind() const;

    // The environment as the fields describe it (not saved yet).
    auth::Environment editedEnvironment() const;
    // Saves everything; false (and the reason shown in the dialog) when a field is wrong.
    bool save();

    QLineEdit *clientIdEdit() const { return m_clientId; }
    QLineEdit *clientSecretEdit() const { return m_secret; }
    QComboBox *languageBox() const { return m_language; }
    QSpinBox *concurrencyBox() const { return m_concurrency; }
    QCheckBox *highContrastBox() const { return m_highContrast; }
    QLabel *keychainLabel() const { return m_keychain; }
    QLabel *storedDataLabel() const { return m_storedData; }
    QPushButton *deleteDataButton() const { return m_deleteData; }
    QString errorText() const;

public Q_SLOTS:
    void accept() override;

Q_SIGNALS:
    // After a successful save, with the environment the person was editing.
    void saved(bb::auth::Environment::Kind kind);

private:
    void updateAuthenticationFields();
    void updateKeychainStatus();

    void setRegistrationEditable(bool editable);
    void updateStoredData();
    void deleteStoredData();

    AppController *m_controller;
    QTabWidget *m_pages;
    QLabel *m_publisherNote;
    QComboBox *m_environment;
    QLineEdit *m_baseUrl;
    QLineEdit *m_clientId;
    QRadioButton *m_useSecret;
    QRadioButton *m_useProxy;
    QLineEdit *m_secret;
    QCheckBox *m_showSecret;
    QLineEdit *m_proxy;
    QLineEdit *m_redirect;
    QLineEdit *m_scopes;
    QComboBox *m_language;
    QComboBox *m_browser;
    QSpinBox *m_concurrency;
    QCheckBox *m_csvBom;
    QCheckBox *m_highContrast;
    QLabel *m_keychain;
    QLabel *m_storedData;
    QPushButton *m_deleteData;
    QLabel *m_error;
};

} // namespace bb
