#include "settingsdialog.h"

#include "account/accountservice.h"
#include "appcontroller.h"
#include "auth/environmentsettings.h"
#include "auth/fallbacksecretstore.h"
#include "auth/secretstore.h"
#include "uisettings.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bb {

using auth::Environment;

SettingsDialog::SettingsDialog(AppController *controller, Environment::Kind kind, QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_pages(new QTabWidget(this))
    , m_publisherNote(new QLabel(this))
    , m_environment(new QComboBox(this))
    , m_baseUrl(new QLineEdit(this))
    , m_clientId(new QLineEdit(this))
    , m_useSecret(new QRadioButton(tr("Client &secret"), this))
    , m_useProxy(new QRadioButton(tr("Token &proxy"), this))
    , m_secret(new QLineEdit(this))
    , m_showSecret(new QCheckBox(tr("S&how"), this))
    , m_proxy(new QLineEdit(this))
    , m_redirect(new QLineEdit(this))
    , m_scopes(new QLineEdit(this))
    , m_language(new QComboBox(this))
    , m_browser(new QComboBox(this))
    , m_concurrency(new QSpinBox(this))
    , m_csvBom(new QCheckBox(tr("Start CSV files with a &byte order mark (for Excel)"), this))
    , m_highContrast(new QCheckBox(tr("&High contrast (white on black)"), this))
    , m_keychain(new QLabel(this))
    , m_storedData(new QLabel(this))
    , m_deleteData(new QPushButton(tr("&Delete Data on This Computer…"), this))
    , m_error(new QLabel(this))
{
    setObjectName(u"settingsDialog"_s);
    setWindowTitle(tr("Settings"));

    // --- Connection -------------------------------------------------------------------
    for (Environment::Kind k :
        {Environment::Kind::Sandbox, Environment::Kind::Production, Environment::Kind::Custom}) {
        m_environment->addItem(Environment::displayName(k), QVariant::fromValue(int(k)));
    }
    m_environment->setAccessibleName(tr("Environment"));
    m_baseUrl->setAccessibleName(tr("Server address"));
    m_clientId->setObjectName(u"clientId"_s);
    m_clientId->setAccessibleName(tr("Client id"));
    m_secret->setObjectName(u"clientSecret"_s);
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setAccessibleName(tr("Client secret"));
    m_secret->setPlaceholderText(tr("Leave empty to keep the stored secret"));
    m_showSecret->setAccessibleName(tr("Show the client secret"));
    m_proxy->setObjectName(u"tokenProxy"_s);
    m_proxy->setAccessibleName(tr("Token proxy address"));
    m_proxy->setPlaceholderText(u"https://"_s);
    m_redirect->setAccessibleName(tr("Redirect URI"));
    m_scopes->setAccessibleName(tr("Scopes"));
    m_scopes->setToolTip(tr("Separated by spaces"));

    auto *authGroup = new QButtonGroup(this);
    authGroup->addButton(m_useSecret);
    authGroup->addButton(m_useProxy);
    auto *authRow = new QHBoxLayout;
    authRow->addWidget(m_useSecret);
    authRow->addWidget(m_useProxy);
    authRow->addStretch();
    auto *secretRow = new QHBoxLayout;
    secretRow->addWidget(m_secret, 1);
    secretRow->addWidget(m_showSecret);

    auto *register_ = new QLabel(
        tr("Register an app in the <a href=\"https://bluebutton.cms.gov/\">Blue Button developer "
           "sandbox</a> to get a client id and secret. Register the redirect URI shown above."),
        this);
    register_->setObjectName(u"registerLink"_s);
    register_->setOpenExternalLinks(true);
    register_->setWordWrap(true);
    register_->setTextInteractionFlags(Qt::TextBrowserInteraction);

    m_keychain->setObjectName(u"keychainStatus"_s);
    m_keychain->setTextFormat(Qt::PlainText); // may quote the keychain's own message
    m_keychain->setWordWrap(true);

    m_publisherNote->setObjectName(u"publisherNote"_s);
    m_publisherNote->setWordWrap(true);
    m_publisherNote->setText(
        tr("The publisher of this copy set up this connection. It cannot be changed here."));

    auto *connection = new QGroupBox(tr("Blue Button registration (for developers)"), this);
    auto *form = new QFormLayout;
    form->addRow(tr("&Environment:"), m_environment);
    form->addRow(tr("Server &address:"), m_baseUrl);
    form->addRow(tr("Client &id:"), m_clientId);
    form->addRow(tr("Authentication:"), authRow);
    form->addRow(tr("Secret:"), secretRow);
    form->addRow(tr("Proxy address:"), m_proxy);
    form->addRow(tr("&Redirect URI:"), m_redirect);
    form->addRow(tr("S&copes:"), m_scopes);

    // --- Application ------------------------------------------------------------------
    m_language->addItem(tr("System default"), QString());
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->addItem(u"Español"_s, u"es"_s);
    m_language->setAccessibleName(tr("Language"));
    m_browser->addItem(tr("In this window"), int(UiSettings::Browser::Embedded));
    m_browser->addItem(tr("In my web browser"), int(UiSettings::Browser::System));
    m_browser->setAccessibleName(tr("Where the Medicare login opens"));
    m_concurrency->setRange(UiSettings::MinConcurrency, UiSettings::MaxConcurrency);
    m_concurrency->setAccessibleName(tr("Requests at once"));
    m_concurrency->setToolTip(tr("How many pages are downloaded at the same time"));

    UiSettings ui(controller->settings());
    m_language->setCurrentIndex(std::max(0, m_language->findData(ui.language())));
    m_browser->setCurrentIndex(std::max(0, m_browser->findData(int(ui.browser()))));
    m_concurrency->setValue(ui.concurrency());
    m_csvBom->setToolTip(tr("Some spreadsheets need it to show accented letters correctly"));
    m_csvBom->setChecked(ui.csvByteOrderMark());
    m_highContrast->setChecked(ui.highContrast());
    m_highContrast->setToolTip(tr("Off: the colours of your system, including its own high "
                                  "contrast or dark theme"));

    // Wrapped text outside the form layout, which gives a spanning label no height for its
    // width (it would be cut off).
    auto *connectionLayout = new QVBoxLayout;
    connectionLayout->addWidget(m_publisherNote);
    connectionLayout->addLayout(form);
    connectionLayout->addWidget(register_);
    connection->setLayout(connectionLayout);

    auto *application = new QWidget(this);
    auto *appForm = new QFormLayout(application);
    appForm->addRow(tr("&Language:"), m_language);
    auto *restart = new QLabel(tr("A new language applies when the app starts again."), this);
    restart->setWordWrap(true);
    restart->setForegroundRole(QPalette::PlaceholderText);
    appForm->addRow(QString(), restart);
    appForm->addRow(tr("&Login opens:"), m_browser);
    appForm->addRow(tr("Colours:"), m_highContrast);
    appForm->addRow(tr("Exports:"), m_csvBom);
    appForm->addRow(m_keychain);
    // Where the downloaded data lives, how much, and the way to remove it.
    m_storedData->setObjectName(u"storedData"_s);
    m_storedData->setWordWrap(true);
    m_storedData->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_deleteData->setObjectName(u"deleteData"_s);
    auto *dataBox = new QGroupBox(tr("Your data on this computer"), this);
    auto *dataLayout = new QVBoxLayout(dataBox);
    dataLayout->addWidget(m_storedData);
    dataLayout->addWidget(m_deleteData, 0, Qt::AlignLeft);
    appForm->addRow(dataBox);
    connect(m_deleteData, &QPushButton::clicked, this, &SettingsDialog::deleteStoredData);
    connect(controller, &AppController::recordRemoved, this, &SettingsDialog::updateStoredData);
    updateStoredData();

    m_error->setObjectName(u"settingsError"_s);
    m_error->setTextFormat(Qt::PlainText); // may quote what was typed
    m_error->setWordWrap(true);
    m_error->setVisible(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    // Developers' knobs live one page away, so nobody else has to read past them.
    auto *advanced = new QWidget(this);
    auto *advancedLayout = new QVBoxLayout(advanced);
    auto *advancedIntro = new QLabel(
        tr("Most people never need these settings. They are for developers who registered "
           "their own app with Blue Button."),
        this);
    advancedIntro->setWordWrap(true);
    advancedLayout->addWidget(advancedIntro);
    advancedLayout->addWidget(connection);
    auto *tuning = new QFormLayout;
    tuning->addRow(tr("Re&quests at once:"), m_concurrency);
    advancedLayout->addLayout(tuning);
    advancedLayout->addStretch(1);

    m_pages->setObjectName(u"settingsPages"_s);
    //: Accessible name of the settings dialog's tabs.
    m_pages->setAccessibleName(tr("Settings pages"));
    m_pages->addTab(application, tr("&General"));
    m_pages->addTab(advanced, tr("&Advanced"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_environment, &QComboBox::currentIndexChanged, this,
        [this] { showEnvironment(shownKind()); });
    connect(m_useProxy, &QRadioButton::toggled, this, &SettingsDialog::updateAuthenticationFields);
    connect(m_showSecret, &QCheckBox::toggled, this, [this](bool shown) {
        m_secret->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
    });
    if (auto *fallback = controller->fallbackStore()) {
        connect(fallback, &auth::FallbackSecretStore::memoryOnlyChanged, this,
            &SettingsDialog::updateKeychainStatus);
    }
    updateKeychainStatus();
    showEnvironment(kind == Environment::Kind::Local ? Environment::Kind::Sandbox : kind);
    // Grows when the keychain message appears, never cuts it off.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    resize(640, sizeHint().height());
}

void SettingsDialog::updateStoredData()
{
    const QString directory = m_controller->storeDirectory();
    const qint64 bytes = m_controller->storedDataSize();
    if (directory.isEmpty()) {
        m_storedData->setText(tr("Nothing you download is kept on this computer."));
    } else if (bytes == 0) {
        m_storedData->setText(
            tr("Nothing is kept yet. After you log in, your data is kept encrypted in %1, "
               "so the app opens at once next time. The demo is never kept.")
                .arg(QDir::toNativeSeparators(directory)));
    } else {
        m_storedData->setText(
            tr("Your data is kept encrypted in %1 (%2), so the app opens at "
               "once next time. Its key is in your keychain.")
                .arg(QDir::toNativeSeparators(directory), QLocale().formattedDataSize(bytes)));
    }
    m_deleteData->setEnabled(bytes > 0);
}

void SettingsDialog::deleteStoredData()
{
    const auto answer = QMessageBox::question(this, tr("Delete Data on This Computer"),
        tr("Delete the Medicare data kept on this computer? What is on the screen stays until "
           "you close the app. The next refresh downloads everything again and keeps it; to "
           "stop keeping it, log out."),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    m_controller->deleteStoredData();
    updateStoredData();
}

Environment::Kind SettingsDialog::shownKind() const
{
    return Environment::Kind(m_environment->currentData().toInt());
}

void SettingsDialog::showEnvironment(Environment::Kind kind)
{
    const int index = m_environment->findData(int(kind));
    if (index >= 0 && index != m_environment->currentIndex()) {
        m_environment->setCurrentIndex(index); // comes back here through the signal
        return;
    }
    const Environment env = m_controller->environment(kind);
    m_baseUrl->setText(env.baseUrl().toString());
    m_baseUrl->setEnabled(!env.hasFixedBaseUrl());
    m_clientId->setText(env.clientId());
    m_useProxy->setChecked(
        env.clientAuthentication() == Environment::ClientAuthentication::TokenProxy);
    m_useSecret->setChecked(!m_useProxy->isChecked());
    m_proxy->setText(env.tokenProxyUrl().toString());
    m_redirect->setText(env.redirectUri().toString());
    m_scopes->setText(env.scopeString());
    m_secret->clear();
    m_error->setVisible(false);
    updateAuthenticationFields();
    setRegistrationEditable(!m_controller->account()->isPublisherConfigured(kind));
}

void SettingsDialog::setRegistrationEditable(bool editable)
{
    m_publisherNote->setVisible(!editable);
    for (QWidget *field : {static_cast<QWidget *>(m_clientId), static_cast<QWidget *>(m_useSecret),
             static_cast<QWidget *>(m_useProxy), static_cast<QWidget *>(m_proxy),
             static_cast<QWidget *>(m_redirect), static_cast<QWidget *>(m_scopes)}) {
        field->setEnabled(editable);
    }
    if (editable)
        updateAuthenticationFields();
    else {
        m_secret->setEnabled(false);
        m_showSecret->setEnabled(false);
    }
}

void SettingsDialog::showPage(Page page)
{
    m_pages->setCurrentIndex(page == Page::Advanced ? 1 : 0);
}

SettingsDialog::Page SettingsDialog::currentPage() const
{
    return m_pages->currentIndex() == 1 ? Page::Advanced : Page::General;
}

void SettingsDialog::updateAuthenticationFields()
{
    const bool proxy = m_useProxy->isChecked();
    m_secret->setEnabled(!proxy);
    m_showSecret->setEnabled(!proxy);
    m_proxy->setEnabled(proxy);
}

void SettingsDialog::updateKeychainStatus()
{
    auto *fallback = m_controller->fallbackStore();
    const QString message = fallback ? fallback->statusMessage() : QString();
    m_keychain->setText(message);
    m_keychain->setVisible(!message.isEmpty());
}

Environment SettingsDialog::editedEnvironment() const
{
    Environment env = m_controller->environment(shownKind());
    if (!env.hasFixedBaseUrl())
        env.setBaseUrl(QUrl::fromUserInput(m_baseUrl->text().trimmed()));
    env.setClientId(m_clientId->text());
    env.setClientAuthentication(m_useProxy->isChecked()
            ? Environment::ClientAuthentication::TokenProxy
            : Environment::ClientAuthentication::ClientSecret);
    const QString proxy = m_proxy->text().trimmed();
    env.setTokenProxyUrl(proxy.isEmpty() ? QUrl() : QUrl(proxy));
    env.setRedirectUri(QUrl(m_redirect->text().trimmed()));
    env.setScopes(m_scopes->text().split(u' ', Qt::SkipEmptyParts));
    return env;
}

bool SettingsDialog::save()
{
    const Environment env = editedEnvironment();
    QList<Environment::Issue> issues;
    auth::EnvironmentSettings stored(m_controller->settings());
    // A publisher's registration is not ours to store: the app reads it from its file.
    const bool published = m_controller->account()->isPublisherConfigured(env.kind());
    if (!published && !stored.save(env, &issues)) {
        QStringList messages;
        for (const Environment::Issue &issue : std::as_const(issues))
            messages << issue.message;
        if (messages.isEmpty())
            messages << tr("These settings could not be saved.");
        m_error->setText(messages.join(u'\n'));
        m_error->setVisible(true);
        return false;
    }
    const QString secret = m_secret->text().trimmed();
    if (!published && !secret.isEmpty() && !m_useProxy->isChecked()) {
        // Straight to the keychain (or memory when there is none); never to QSettings.
        m_controller->secretStore()->write(
            auth::SecretId::clientSecret(env.id()), secret, m_controller, {});
        m_secret->clear();
    }
    UiSettings ui(m_controller->settings());
    ui.setLanguage(m_language->currentData().toString());
    ui.setBrowser(UiSettings::Browser(m_browser->currentData().toInt()));
    ui.setConcurrency(m_concurrency->value());
    ui.setCsvByteOrderMark(m_csvBom->isChecked());
    ui.setHighContrast(m_highContrast->isChecked());
    m_error->setVisible(false);
    Q_EMIT saved(env.kind());
    return true;
}

QString SettingsDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void SettingsDialog::accept()
{
    if (save())
        QDialog::accept();
}

} // namespace bb
