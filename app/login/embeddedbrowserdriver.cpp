#include "login/embeddedbrowserdriver.h"

#include "login/logindialog.h"

namespace bb::login {

EmbeddedBrowserDriver::EmbeddedBrowserDriver(
    const NavigationPolicy &policy, QWidget *dialogParent, QObject *parent)
    : BrowserDriver(parent)
    , m_policy(policy)
    , m_dialogParent(dialogParent)
{
}

EmbeddedBrowserDriver::~EmbeddedBrowserDriver()
{
    // A dialog without a parent window would otherwise outlive its driver.
    delete m_dialog;
}

QUrl EmbeddedBrowserDriver::redirectUri() const
{
    return m_policy.redirectUri();
}

void EmbeddedBrowserDriver::open(const QUrl &authorizationUrl)
{
    close(); // one login at a time; the earlier attempt is abandoned silently

    auto *dialog = new LoginDialog(m_policy, m_dialogParent);
    m_dialog = dialog;
    connect(dialog, &LoginDialog::redirectReached, this, [this](const QUrl &url) {
        finishDialog();
        Q_EMIT redirected(url);
    });
    connect(dialog, &LoginDialog::cancelled, this, [this] {
        finishDialog();
        Q_EMIT cancelled();
    });
    connect(dialog, &LoginDialog::failed, this, [this](const QString &message) {
        finishDialog();
        Q_EMIT failed(message);
    });
    dialog->start(authorizationUrl);
    dialog->open();
    Q_EMIT dialogOpened(dialog);
}

void EmbeddedBrowserDriver::close()
{
    if (!m_dialog)
        return;
    LoginDialog *dialog = m_dialog;
    m_dialog.clear();
    dialog->disconnect(this);
    dialog->dismiss();
    dialog->deleteLater();
}

void EmbeddedBrowserDriver::finishDialog()
{
    // Deleted later: the dialog is still inside its own signal emission.
    if (m_dialog) {
        m_dialog->disconnect(this);
        m_dialog->deleteLater();
        m_dialog.clear();
    }
}

} // namespace bb::login
