#pragma once

#include "login/navigationpolicy.h"

#include <QDialog>
#include <QUrl>

class QLabel;
class QProgressBar;
class QPushButton;
class QWebEngineLoadingInfo;
class QWebEngineProfile;
class QWebEngineView;
class QWidget;

namespace bb::login {

class AddressIndicator;
class LoginPage;

// The Medicare login in an embedded browser: address bar with the host and a padlock, a
// progress bar while pages load, the page, an inline error with Retry, and Cancel.
//
// Each dialog has its own off-the-record profile, created with it and destroyed with it, so
// no cookie, cache entry or form data of the login outlives the dialog or reaches the disk.
// The OAuth redirect is caught before it is requested and ends the dialog; the page never
// gets a channel into the application (no QWebChannel).
//
// Ends with exactly one of redirectReached(), cancelled() or failed(), unless dismiss()ed.
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LoginDialog(const NavigationPolicy &policy, QWidget *parent = nullptr);
    ~LoginDialog() override;

    // Loads the authorization URL (which carries `lang`, state and the PKCE challenge).
    void start(const QUrl &authorizationUrl);
    // Ends the dialog without emitting anything (the flow gave up on its own).
    void dismiss();

    // The failure currently shown inline, empty when none.
    QString errorText() const { return m_errorMessage; }
    bool isFinished() const { return m_finished; }

    // For tests and screenshots.
    QWebEngineView *view() const { return m_view; }
    LoginPage *page() const { return m_page; }
    QWebEngineProfile *profile() const { return m_profile; }
    AddressIndicator *addressIndicator() const { return m_address; }
    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *retryButton() const { return m_retry; }

public Q_SLOTS:
    void retry();
    // Esc, the Cancel button and the window's close button all end up here.
    void reject() override;

Q_SIGNALS:
    // Not `redirected`: that name would hide QWidget::redirected(QPoint *).
    void redirectReached(const QUrl &url);
    void cancelled();
    void failed(const QString &message);
    // Inline events, for the curious (tests, logs): the dialog stays open.
    void navigationBlocked(const QUrl &url);
    void loadFailed(const QString &message);

private:
    void onLoadingChanged(const QWebEngineLoadingInfo &info);
    void onRedirectCaught(const QUrl &url);
    void onNavigationBlocked(const QUrl &url);
    void onCertificateRejected(const QUrl &url, const QString &description);
    void showError(const QString &message, const QUrl &retryUrl);
    void clearError();
    void showNotice(const QString &message);

    NavigationPolicy m_policy;
    QWebEngineProfile *m_profile = nullptr;
    LoginPage *m_page = nullptr;
    QWebEngineView *m_view = nullptr;
    AddressIndicator *m_address = nullptr;
    QProgressBar *m_progress = nullptr;
    QWidget *m_errorPanel = nullptr;
    QLabel *m_errorLabel = nullptr;
    QLabel *m_notice = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_cancel = nullptr;
    QUrl m_retryUrl;
    QUrl m_refusedUrl;
    QString m_errorMessage;
    bool m_finished = false;
};

// A translated sentence for a page that could not be loaded, from the browser's report.
QString describeLoadFailure(const QWebEngineLoadingInfo &info);

} // namespace bb::login
