#pragma once

#include "auth/browserdriver.h"
#include "login/logindialog.h"
#include "login/navigationpolicy.h"

#include <QPointer>

class QWidget;

namespace bb::login {

// The app's BrowserDriver: each open() shows a new LoginDialog (window-modal over
// `dialogParent`, never blocking the event loop) and forwards its single outcome.
//
//   auto policy = NavigationPolicy::forEnvironment(environment, environment.redirectUri());
//   auto *driver = new EmbeddedBrowserDriver(policy, mainWindow, this);
//   AuthorizationFlow flow(environment, secret, driver, nam);   // calls open(url), listens
class EmbeddedBrowserDriver : public bb::auth::BrowserDriver
{
    Q_OBJECT

public:
    explicit EmbeddedBrowserDriver(
        const NavigationPolicy &policy, QWidget *dialogParent = nullptr, QObject *parent = nullptr);
    ~EmbeddedBrowserDriver() override;

    // The policy's redirect URI (as registered; a loopback one matches any port).
    QUrl redirectUri() const override;
    void open(const QUrl &authorizationUrl) override;
    void close() override;

    // For the next open(): e.g. after the person switched environments.
    void setPolicy(const NavigationPolicy &policy) { m_policy = policy; }

    // The dialog of the attempt in progress, or null.
    LoginDialog *dialog() const { return m_dialog; }

Q_SIGNALS:
    // A dialog was created and shown (tests drive it; the app may use it to place it).
    void dialogOpened(bb::login::LoginDialog *dialog);

private:
    void finishDialog();

    NavigationPolicy m_policy;
    QPointer<QWidget> m_dialogParent;
    QPointer<LoginDialog> m_dialog;
};

} // namespace bb::login
