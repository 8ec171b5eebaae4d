#include "login/loginpage.h"

#include "login/logging.h"

#include <QDesktopServices>
#include <QWebEngineCertificateError>
#include <QWebEngineNewWindowRequest>
#include <QWebEngineSettings>

using namespace Qt::StringLiterals;

namespace bb::login {

LoginPage::LoginPage(const NavigationPolicy &policy, QWebEngineProfile *profile, QObject *parent)
    : QWebEnginePage(profile, parent)
    , m_policy(policy)
{
    // The login needs JavaScript, nothing else: no pop-ups, no plug-ins, no clipboard, and a
    // local file can never reach the network.
    QWebEngineSettings *s = settings();
    s->setAttribute(QWebEngineSettings::JavascriptEnabled, true);
    s->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, false);
    s->setAttribute(QWebEngineSettings::JavascriptCanAccessClipboard, false);
    s->setAttribute(QWebEngineSettings::JavascriptCanPaste, false);
    s->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
    s->setAttribute(QWebEngineSettings::AllowRunningInsecureContent, false);
    s->setAttribute(QWebEngineSettings::AllowGeolocationOnInsecureOrigins, false);
    s->setAttribute(QWebEngineSettings::ScreenCaptureEnabled, false);
    s->setAttribute(QWebEngineSettings::PdfViewerEnabled, false);

    connect(this, &QWebEnginePage::certificateError, this, &LoginPage::onCertificateError);
    connect(this, &QWebEnginePage::newWindowRequested, this, &LoginPage::onNewWindowRequested);
    connect(this, &QWebEnginePage::featurePermissionRequested, this,
        &LoginPage::onFeaturePermissionRequested);
}

bool LoginPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    switch (m_policy.decide(url, isMainFrame)) {
    case NavigationPolicy::Decision::Redirect:
        // Never loaded: nothing listens there, and the code must not reach any server but
        // the token endpoint. A frame cannot complete the login on the page's behalf.
        if (isMainFrame)
            Q_EMIT redirectCaught(url);
        else
            Q_EMIT navigationBlocked(url);
        return false;
    case NavigationPolicy::Decision::Allow:
        return true;
    case NavigationPolicy::Decision::Block:
        break;
    }
    qCInfo(lcLogin) << "refused navigation" << type << "to" << url.adjusted(QUrl::RemoveQuery)
                    << (isMainFrame ? "(main frame)" : "(frame)");
    Q_EMIT navigationBlocked(url);
    return false;
}

QWebEnginePage *LoginPage::createWindow(WebWindowType)
{
    // newWindowRequested has already dealt with the URL; no second browser window, ever.
    return nullptr;
}

void LoginPage::javaScriptConsoleMessage(
    JavaScriptConsoleMessageLevel, const QString &message, int lineNumber, const QString &sourceId)
{
    // Page scripts are the server's business; keep them out of the app's output unless asked.
    qCDebug(lcLogin) << "js:" << sourceId << lineNumber << message;
}

void LoginPage::onCertificateError(const QWebEngineCertificateError &error)
{
    // A login page with a bad certificate may be someone else's: never offer to continue.
    QWebEngineCertificateError copy = error;
    copy.rejectCertificate();
    qCWarning(lcLogin) << "certificate error on" << error.url().host() << error.description();
    Q_EMIT certificateRejected(error.url(), error.description());
}

void LoginPage::onNewWindowRequested(QWebEngineNewWindowRequest &request)
{
    const QUrl url = request.requestedUrl();
    // Help and privacy links open in the person's own browser, where they can read them at
    // leisure; only pages of the login's own sites, so a page cannot launch arbitrary URLs.
    if (m_policy.isAllowed(url) && !m_policy.isRedirect(url)) {
        QDesktopServices::openUrl(url);
        Q_EMIT openedExternally(url);
        return;
    }
    qCInfo(lcLogin) << "refused new window to" << url.adjusted(QUrl::RemoveQuery);
    Q_EMIT navigationBlocked(url);
}

void LoginPage::onFeaturePermissionRequested(const QUrl &origin, Feature feature)
{
    // Camera, microphone, location, notifications: a login never needs them.
    setFeaturePermission(origin, feature, PermissionDeniedByUser);
}

} // namespace bb::login
