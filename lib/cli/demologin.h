#pragma once

#include "auth/browserdriver.h"

#include <QByteArray>
#include <QPointer>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace bb::cli {

// The sign-in of a demo account on the built-in sandbox, for `--env local --demo-user`:
// it fills the sandbox's mock Medicare.gov pages (user name, then the password every demo
// account has, PWNNNNN!) and its consent page (Connect, sharing what the page shares by
// default) over plain HTTP, and hands the redirect to the sign-in flow, which then runs as
// for a person: PKCE, state check, code exchange. Only for the built-in sandbox, whose
// pages it knows; it never follows the redirect.
class DemoLoginDriver : public auth::BrowserDriver
{
    Q_OBJECT

public:
    DemoLoginDriver(const QString &user, const QUrl &redirectUri, QNetworkAccessManager *nam,
        QObject *parent = nullptr);

    QUrl redirectUri() const override { return m_redirectUri; }
    void open(const QUrl &authorizationUrl) override;
    void close() override;

    // The demo password of a BBUserNNNNN account (docs/sandbox.md).
    static QString demoPassword(const QString &user);

private:
    using Next = std::function<void(int status, const QByteArray &body, const QUrl &location)>;
    void send(const QUrl &url, const QByteArray &body, const Next &next);
    void onLoginPage(const QUrl &pageUrl, const QByteArray &html);
    void onPasswordAnswer(
        const QUrl &pageUrl, int status, const QByteArray &html, const QUrl &location);
    void onConsentPage(const QUrl &pageUrl, const QByteArray &html);
    void fail(const QString &detail);

    QString m_user;
    QUrl m_redirectUri;
    QNetworkAccessManager *m_nam;
    QPointer<QNetworkReply> m_reply;
    quint64 m_attempt = 0; // bumped by open() and close(): late answers are dropped
};

} // namespace bb::cli
