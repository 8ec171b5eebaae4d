#pragma once

#include "auth/browserdriver.h"

#include <QByteArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPair>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

// Test stand-ins for a person in a browser: they walk the local sandbox's mock Medicare login
// and consent pages over plain HTTP, asynchronously (no nested event loop), as a browser
// would, and stop where the browser would go to the redirect URI.
namespace authtest {

struct LoginChoices
{
    QString user = QStringLiteral("BBUser00000");
    QString password; // empty: the right one for `user`
    bool allow = true; // Connect (true) or Cancel (false) on the consent page
    std::optional<bool> shareDemographics; // nullopt: keep the page's default
};

// One walk through the pages. Ends with reachedRedirect(url) (the redirect URI with code and
// state, or with an error) or stopped(reason) when a page was not what a browser expects.
class SandboxLogin : public QObject
{
    Q_OBJECT

public:
    SandboxLogin(const LoginChoices &choices, QObject *parent = nullptr);
    void start(const QUrl &authorizationUrl);

Q_SIGNALS:
    void reachedRedirect(const QUrl &url);
    void stopped(const QString &reason);

private:
    using Next = std::function<void(int status, const QByteArray &body, const QUrl &location)>;
    void get(const QUrl &url, Next next);
    void post(const QUrl &url, const QByteArray &form, Next next);
    void send(const QUrl &url, const QByteArray &verb, const QByteArray &body, Next next);
    void onLoginPage(const QUrl &loginUrl, const QByteArray &html);
    void onConsentPage(const QUrl &pageUrl, int status, const QByteArray &html);

    LoginChoices m_choices;
    QNetworkAccessManager m_nam;
};

// A BrowserDriver that "shows" the page by walking it with SandboxLogin. `tamper` can change
// the redirect before it is handed over (forged state, swapped code, ...); `hold` keeps it
// until release() (to let the sandbox clock run past the code lifetime, for instance).
class HttpLoginDriver : public bb::auth::BrowserDriver
{
    Q_OBJECT

public:
    explicit HttpLoginDriver(const QUrl &redirectUri, QObject *parent = nullptr);

    QUrl redirectUri() const override { return m_redirectUri; }
    void open(const QUrl &authorizationUrl) override;
    void close() override;

    LoginChoices choices;
    std::function<QUrl(const QUrl &)> tamper;
    bool hold = false;
    void release();

    int openCount = 0;
    int closeCount = 0;
    QUrl openedUrl;
    QUrl heldRedirect;
    QUrl deliveredRedirect;

private:
    QUrl m_redirectUri;
    SandboxLogin *m_login = nullptr;
};

QString inputValue(const QByteArray &html, const QString &name);
QString formAction(const QByteArray &html);
QString linkHref(const QByteArray &html, const QString &id);
QByteArray form(const QList<QPair<QString, QString>> &items);

} // namespace authtest
