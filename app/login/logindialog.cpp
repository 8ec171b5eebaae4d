#include "login/logindialog.h"

#include "login/addressindicator.h"
#include "login/logging.h"
#include "login/loginpage.h"

#include <QDialogButtonBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>
#include <QWebEngineDownloadRequest>
#include <QWebEngineLoadingInfo>
#include <QWebEngineProfile>
#include <QWebEngineView>

using namespace Qt::StringLiterals;

namespace bb::login {

namespace {

// Chromium's net::ERR_ABORTED: what a navigation we refused (or the user stopped) reports.
constexpr int kNetErrorAborted = -3;

QString hostOf(const QUrl &url)
{
    return url.host().isEmpty() ? url.toDisplayString(QUrl::RemoveQuery) : url.host();
}

} // namespace

QString describeLoadFailure(const QWebEngineLoadingInfo &info)
{
    const QString host = hostOf(info.url());
    switch (info.errorDomain()) {
    case QWebEngineLoadingInfo::DnsErrorDomain:
    case QWebEngineLoadingInfo::ConnectionErrorDomain:
        return LoginDialog::tr("Could not reach %1. Check your internet connection, then try "
                               "again.")
            .arg(host);
    case QWebEngineLoadingInfo::CertificateErrorDomain:
        return LoginDialog::tr("The identity of %1 could not be verified, so its page was not "
                               "shown. Your connection may be intercepted.")
            .arg(host);
    case QWebEngineLoadingInfo::HttpStatusCodeDomain:
        return LoginDialog::tr("%1 answered with an error (HTTP %2). Try again in a few minutes.")
            .arg(host)
            .arg(info.errorCode());
    case QWebEngineLoadingInfo::NoErrorDomain:
    case QWebEngineLoadingInfo::InternalErrorDomain:
    case QWebEngineLoadingInfo::HttpErrorDomain:
    case QWebEngineLoadingInfo::FtpErrorDomain:
        break;
    }
    return LoginDialog::tr("The login page of %1 could not be loaded (%2).")
        .arg(host, info.errorString());
}

LoginDialog::LoginDialog(const NavigationPolicy &policy, QWidget *parent)
    : QDialog(parent)
    , m_policy(policy)
{
    setObjectName(u"loginDialog"_s);
    setWindowTitle(tr("Log in to Medicare"));
    setSizeGripEnabled(true);

    // A profile constructed without a storage name is off the record: cookies, cache and
    // site data stay in memory and die with it (and with this dialog, its parent).
    m_profile = new QWebEngineProfile(this);
    m_profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    m_profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    connect(m_profile, &QWebEngineProfile::downloadRequested, this,
        [](QWebEngineDownloadRequest *download) {
            // Nothing in a login is worth saving to disk.
            download->cancel();
        });

    m_page = new LoginPage(m_policy, m_profile, this);
    connect(m_page, &LoginPage::redirectCaught, this, &LoginDialog::onRedirectCaught);
    connect(m_page, &LoginPage::navigationBlocked, this, &LoginDialog::onNavigationBlocked);
    connect(m_page, &LoginPage::certificateRejected, this, &LoginDialog::onCertificateRejected);
    connect(m_page, &QWebEnginePage::loadingChanged, this, &LoginDialog::onLoadingChanged);
    connect(m_page, &QWebEnginePage::renderProcessTerminated, this,
        [this](QWebEnginePage::RenderProcessTerminationStatus status) {
            if (status != QWebEnginePage::NormalTerminationStatus)
                showError(tr("The login page stopped working."), m_page->url());
        });

    m_address = new AddressIndicator(this);
    connect(m_page, &QWebEnginePage::urlChanged, m_address, &AddressIndicator::setUrl);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"loadProgress"_s);
    m_progress->setRange(0, 100);
    m_progress->setTextVisible(false);
    m_progress->setFixedWidth(fontMetrics().horizontalAdvance(u'M') * 10);
    // Showing and hiding it must not resize the page on every load.
    QSizePolicy keepSpace = m_progress->sizePolicy();
    keepSpace.setRetainSizeWhenHidden(true);
    m_progress->setSizePolicy(keepSpace);
    m_progress->setAccessibleName(tr("Page loading"));
    m_progress->hide();
    connect(m_page, &QWebEnginePage::loadProgress, m_progress, &QProgressBar::setValue);

    m_view = new QWebEngineView(this);
    m_view->setObjectName(u"loginView"_s);
    m_view->setPage(m_page);
    m_view->setAccessibleName(tr("Medicare login page"));
    m_view->setContextMenuPolicy(Qt::NoContextMenu);

    m_errorPanel = new QFrame(this);
    m_errorPanel->setObjectName(u"errorPanel"_s);
    static_cast<QFrame *>(m_errorPanel)->setFrameShape(QFrame::StyledPanel);
    auto *errorLayout = new QHBoxLayout(m_errorPanel);
    auto *errorIcon = new QLabel(m_errorPanel);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    errorIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize));
    m_errorLabel = new QLabel(m_errorPanel);
    m_errorLabel->setObjectName(u"errorText"_s);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retry = new QPushButton(tr("&Retry"), m_errorPanel);
    m_retry->setObjectName(u"retryButton"_s);
    m_retry->setAccessibleName(tr("Retry loading the page"));
    connect(m_retry, &QPushButton::clicked, this, &LoginDialog::retry);
    errorLayout->addWidget(errorIcon, 0, Qt::AlignTop);
    errorLayout->addWidget(m_errorLabel, 1);
    errorLayout->addWidget(m_retry, 0, Qt::AlignVCenter);
    m_errorPanel->hide();

    m_notice = new QLabel(this);
    m_notice->setObjectName(u"noticeText"_s);
    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->hide();
    // A notice is about the page it was raised on; a new page replaces it.
    connect(m_page, &QWebEnginePage::urlChanged, m_notice, &QWidget::hide);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_cancel = buttons->button(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(u"cancelButton"_s);
    m_cancel->setAccessibleName(tr("Cancel the login"));
    // Enter belongs to the page's forms, never to the dialog's button.
    m_cancel->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(4);
    auto *topRow = new QHBoxLayout;
    topRow->addWidget(m_address, 1);
    topRow->addWidget(m_progress, 0, Qt::AlignVCenter);
    layout->addLayout(topRow);
    layout->addWidget(m_errorPanel);
    layout->addWidget(m_notice);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);

    resize(900, 760);
}

LoginDialog::~LoginDialog()
{
    // The page must go before its profile (a child of this dialog, destroyed after this body),
    // or WebEngine warns and may keep the profile's data alive.
    delete m_view;
    delete m_page;
}

void LoginDialog::start(const QUrl &authorizationUrl)
{
    clearError();
    m_address->setUrl(authorizationUrl);
    m_page->load(authorizationUrl);
    m_view->setFocus();
}

void LoginDialog::dismiss()
{
    m_finished = true;
    m_page->triggerAction(QWebEnginePage::Stop);
    QDialog::reject();
}

void LoginDialog::retry()
{
    if (m_retryUrl.isEmpty())
        return;
    const QUrl url = m_retryUrl;
    clearError();
    m_page->load(url);
}

void LoginDialog::reject()
{
    if (m_finished)
        return QDialog::reject();
    m_finished = true;
    m_page->triggerAction(QWebEnginePage::Stop);
    // Closing while a failure is shown reports that failure: the flow then explains what
    // went wrong instead of treating it as a change of mind.
    if (m_errorMessage.isEmpty())
        Q_EMIT cancelled();
    else
        Q_EMIT failed(m_errorMessage);
    QDialog::reject();
}

void LoginDialog::onRedirectCaught(const QUrl &url)
{
    if (m_finished)
        return;
    m_finished = true;
    qCDebug(lcLogin) << "redirect caught" << url;
    m_progress->hide();
    Q_EMIT redirectReached(url);
    accept();
}

void LoginDialog::onNavigationBlocked(const QUrl &url)
{
    m_refusedUrl = url;
    showNotice(tr("A link to %1 was blocked: only the Medicare login may be shown here.")
                   .arg(hostOf(url)));
    Q_EMIT navigationBlocked(url);
}

void LoginDialog::onCertificateRejected(const QUrl &url, const QString &description)
{
    qCDebug(lcLogin) << "certificate rejected for" << url.host() << description;
    m_address->markUntrusted(url.host());
    showError(tr("The identity of %1 could not be verified, so its page was not shown. Your "
                 "connection may be intercepted.")
                  .arg(hostOf(url)),
        url);
}

void LoginDialog::onLoadingChanged(const QWebEngineLoadingInfo &info)
{
    if (m_finished)
        return;
    switch (info.status()) {
    case QWebEngineLoadingInfo::LoadStartedStatus:
        m_progress->setValue(0);
        m_progress->show();
        return;
    case QWebEngineLoadingInfo::LoadSucceededStatus:
        m_progress->hide();
        return;
    case QWebEngineLoadingInfo::LoadStoppedStatus:
        m_progress->hide();
        return;
    case QWebEngineLoadingInfo::LoadFailedStatus:
        break;
    }
    m_progress->hide();
    // A navigation this dialog refused (the redirect, a blocked host) ends as "aborted";
    // the page that was showing stays, and that is not a failure.
    if (info.errorCode() == kNetErrorAborted || info.url() == m_refusedUrl)
        return;
    // A 4xx/5xx page with the server's own content (Blue Button's "not found" page, which
    // carries the link back to the app) is shown as it is; only an empty one is an error.
    if (info.errorDomain() == QWebEngineLoadingInfo::HttpStatusCodeDomain && !info.isErrorPage())
        return;
    if (!m_errorMessage.isEmpty())
        return; // the certificate rejection already said it better
    const QString message = describeLoadFailure(info);
    qCInfo(lcLogin) << "load failed:" << info.url().adjusted(QUrl::RemoveQuery)
                    << info.errorDomain() << info.errorCode() << info.errorString();
    showError(message, info.url());
}

void LoginDialog::showError(const QString &message, const QUrl &retryUrl)
{
    m_errorMessage = message;
    m_retryUrl = retryUrl;
    m_errorLabel->setText(message);
    m_errorPanel->setAccessibleName(tr("Error"));
    m_errorPanel->setAccessibleDescription(message);
    m_retry->setEnabled(!retryUrl.isEmpty());
    m_errorPanel->show();
    m_retry->setFocus();
    Q_EMIT loadFailed(message);
}

void LoginDialog::clearError()
{
    m_errorMessage.clear();
    m_retryUrl.clear();
    m_errorPanel->hide();
}

void LoginDialog::showNotice(const QString &message)
{
    m_notice->setText(message);
    m_notice->setAccessibleName(message);
    m_notice->show();
}

} // namespace bb::login
