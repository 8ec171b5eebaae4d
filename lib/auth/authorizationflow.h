#pragma once

#include "api/tokenresponse.h"
#include "auth/autherror.h"
#include "auth/environment.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;

namespace bb::auth {

class BrowserDriver;
namespace detail {
class CodeFlow;
class CodeFlowReplyHandler;
} // namespace detail

// One Blue Button login: the authorization code flow with PKCE S256 and a random `state`,
// from the authorize URL through the browser to the code exchange. It ends with exactly one
// of succeeded() or failed(); nothing is stored here (that is TokenManager's job).
//
// Built on QtNetworkAuth's QOAuth2AuthorizationCodeFlow (authorize URL, code exchange), with
// the 6.4 gaps covered in detail::CodeFlow*. The redirect is checked here before the flow sees
// it: Blue Button's error=not_found comes without `state`, and a wrong `state` must end the
// attempt rather than be logged and ignored as 6.4 does.
class AuthorizationFlow : public QObject
{
    Q_OBJECT

public:
    // `clientSecret` is ignored when the environment uses a token proxy. `browser` and `nam`
    // must outlive this object.
    AuthorizationFlow(const Environment &environment, const QString &clientSecret,
        BrowserDriver *browser, QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~AuthorizationFlow() override;

    // The user interface language ("en", "es"); decides `lang` unless the environment names
    // a consent language.
    void setUiLanguage(const QString &language) { m_uiLanguage = language; }
    // The user name the login page fills in (`login_hint`); empty for none.
    void setLoginHint(const QString &userName) { m_loginHint = userName; }

    bool isRunning() const { return m_phase != Phase::Idle; }

    // Starts a login; ignored while one is running.
    void start();
    // Stops the running login, closes the browser and reports Cancelled.
    void cancel();

    // The last authorize URL given to the browser (public values only: no secret is in it).

Q_SIGNALS:
    void succeeded(const bb::api::TokenResponse &tokens);
    void failed(const bb::auth::AuthError &error);

private:
    enum class Phase { Idle, InBrowser, ExchangingCode };

    void openBrowser(const QUrl &url);
    void onRedirected(const QUrl &url);
    void onBrowserCancelled();
    void onBrowserFailed(const QString &message);
    void fail(const AuthError &error);
    void finish();

    Environment m_environment;
    QString m_clientSecret;
    QPointer<BrowserDriver> m_browser;
    QNetworkAccessManager *m_nam;
    QString m_uiLanguage;
    QString m_loginHint;

    Phase m_phase = Phase::Idle;
    QString m_state;
    detail::CodeFlow *m_flow = nullptr;
    bool m_exchangePending = false; // the flow's token request has not finished yet
};

} // namespace bb::auth
