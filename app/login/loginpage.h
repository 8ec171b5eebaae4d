#pragma once

#include "login/navigationpolicy.h"

#include <QWebEnginePage>

class QWebEngineCertificateError;
class QWebEngineNewWindowRequest;

namespace bb::login {

// The web page of the login dialog. It enforces the NavigationPolicy on every navigation
// (acceptNavigationRequest sees server redirects too, before any request is made), never
// accepts a certificate error, denies every permission request, and sends links meant for a
// new window to the system browser when they are allow-listed.
class LoginPage : public QWebEnginePage
{
    Q_OBJECT

public:
    LoginPage(
        const NavigationPolicy &policy, QWebEngineProfile *profile, QObject *parent = nullptr);

    const NavigationPolicy &policy() const { return m_policy; }

Q_SIGNALS:
    // The browser reached the redirect URI; the navigation was cancelled.
    void redirectCaught(const QUrl &url);
    // A navigation outside the allow-list was refused.
    void navigationBlocked(const QUrl &url);
    // A page could not be shown because its certificate is not valid; it was rejected.
    void certificateRejected(const QUrl &url, const QString &description);
    // An allow-listed link meant for a new window, handed to the system browser.
    void openedExternally(const QUrl &url);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage *createWindow(WebWindowType type) override;
    void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString &message,
        int lineNumber, const QString &sourceId) override;

private:
    void onCertificateError(const QWebEngineCertificateError &error);
    void onNewWindowRequested(QWebEngineNewWindowRequest &request);
    void onFeaturePermissionRequested(const QUrl &origin, Feature feature);

    NavigationPolicy m_policy;
};

} // namespace bb::login
