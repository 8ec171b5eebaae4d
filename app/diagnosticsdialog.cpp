#include "diagnosticsdialog.h"

#include "account/capabilityprobe.h"
#include "appcontroller.h"
#include "auth/environment.h"
#include "auth/fallbacksecretstore.h"
#include "core/appinfo.h"
#include "core/recentlog.h"
#include "models/claimlistmodel.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSysInfo>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bb {

using auth::Environment;

namespace {

// Enough to see what led up to a problem, short enough to paste into a message.
constexpr qsizetype logLines = 150;

} // namespace

DiagnosticsDialog::DiagnosticsDialog(AppController *controller, QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_probe(new account::CapabilityProbe(this))
{
    setObjectName(u"diagnosticsDialog"_s);
    setWindowTitle(tr("Diagnostics"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("If you ask for help with Blue Button Viewer, copy this and "
                                "paste it into your message. It holds no passwords, sign-in "
                                "codes or Medicare numbers."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_view = new QPlainTextEdit(this);
    m_view->setObjectName(u"diagnosticsText"_s);
    m_view->setAccessibleName(tr("Diagnostics"));
    m_view->setReadOnly(true);
    m_view->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    layout->addWidget(m_view, 1);
    intro->setBuddy(m_view);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_copy = buttons->addButton(tr("&Copy to Clipboard"), QDialogButtonBox::ActionRole);
    m_copy->setObjectName(u"copyDiagnostics"_s);
    QPushButton *again = buttons->addButton(tr("&Refresh"), QDialogButtonBox::ActionRole);
    again->setObjectName(u"refreshDiagnostics"_s);
    connect(m_copy, &QPushButton::clicked, this, &DiagnosticsDialog::copyToClipboard);
    connect(again, &QPushButton::clicked, this, &DiagnosticsDialog::refresh);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_probe, &account::CapabilityProbe::finished, this, [this] {
        m_info.capability = m_probe->statement();
        m_info.capabilityProblem = m_probe->problem();
        render();
    });
    resize(820, 600);
    refresh();
}

QString DiagnosticsDialog::text() const
{
    return m_view->toPlainText();
}

bool DiagnosticsDialog::isAskingServer() const
{
    return m_probe->isRunning();
}

void DiagnosticsDialog::copyToClipboard()
{
    QGuiApplication::clipboard()->setText(text());
}

void DiagnosticsDialog::refresh()
{
    m_info = gather();
    render();
    if (!m_controller)
        return;
    const Environment::Kind kind = m_controller->currentKind();
    // The built-in demo server runs only once the demo was chosen; starting it just to
    // describe it would change what is being described.
    if (kind == Environment::Kind::Local && !m_controller->localSandbox()) {
        m_info.capabilityProblem = tr("The built-in demo server is not running (it starts "
                                      "with the demo).");
        render();
        return;
    }
    m_probe->start(m_controller->environment(kind).fhirBaseUrl());
}

account::DiagnosticsInfo DiagnosticsDialog::gather() const
{
    account::DiagnosticsInfo info;
    info.version = applicationVersion();
    info.buildDate = buildDate();
    info.qtVersion = qtVersionText();
    info.system = QSysInfo::prettyProductName() + u", "_s + QSysInfo::currentCpuArchitecture()
        + u", "_s + QGuiApplication::platformName();
    info.log = recentLogLines();
    if (info.log.size() > logLines)
        info.log = info.log.mid(info.log.size() - logLines);
    info.capabilityProblem = tr("Asking the server…");
    if (!m_controller) {
        info.connection = tr("Not connected");
        info.keychain = tr("Unknown");
        info.capabilityProblem = tr("No server chosen.");
        return info;
    }
    const AppController *c = m_controller;
    info.language = c->uiLanguage();
    info.environment = Environment::displayName(c->currentKind());
    info.apiBase = c->environment(c->currentKind()).baseUrl();
    switch (c->state()) {
    case AppController::State::SignedIn:
        info.connection = c->isSyncing() ? tr("Connected, loading") : tr("Connected");
        break;
    case AppController::State::SigningIn:
        info.connection = tr("Logging in");
        break;
    case AppController::State::SignedOut:
        info.connection = c->hasData() ? tr("Not connected; showing the data kept on this "
                                            "computer")
                                       : tr("Not connected");
        break;
    }
    if (const auth::FallbackSecretStore *store = c->fallbackStore()) {
        info.keychain = store->isMemoryOnly() ? store->statusMessage()
                                              : tr("The system keychain keeps the sign-in.");
    } else {
        info.keychain = c->secretStore() && c->secretStore()->isPersistent()
            ? tr("The system keychain keeps the sign-in.")
            : tr("The sign-in is kept in memory only.");
    }
    if (c->hasData()) {
        info.lastSync = account::lastSyncSummary(c->record().state,
            c->claimListModel()->claimCount(), c->lastSyncWasIncremental(), c->problem());
    }
    info.privateValues = {c->patientId(), c->accountName()};
    return info;
}

void DiagnosticsDialog::render()
{
    m_view->setPlainText(account::diagnosticsText(m_info));
    Q_EMIT textChanged();
}

} // namespace bb
