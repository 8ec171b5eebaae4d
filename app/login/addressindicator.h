#pragma once

#include <QStringList>
#include <QUrl>
#include <QWidget>

class QLabel;

namespace bb::login {

// The login dialog's address bar: a padlock (closed for https, open with "Not secure" for
// plain http) and the host of the page being shown, so a person can see they are on
// Medicare.gov before typing a password. Read-only: the address cannot be edited.
class AddressIndicator : public QWidget
{
    Q_OBJECT

public:
    explicit AddressIndicator(QWidget *parent = nullptr);

    void setUrl(const QUrl &url);
    // A host whose certificate was rejected is shown as not secure for as long as this
    // indicator lives, even over https (the browser's error page is still an https URL).
    void markUntrusted(const QString &host);
    QUrl url() const { return m_url; }
    bool isSecure() const { return m_secure; }
    // What is shown: the host, with the port when it is not the scheme's default.
    QString hostText() const;
    QString securityText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateIcon();

    QUrl m_url;
    bool m_secure = false;
    QStringList m_untrustedHosts;
    QLabel *m_icon = nullptr;
    QLabel *m_host = nullptr;
    QLabel *m_security = nullptr;
};

// A padlock drawn with the palette's text colour, closed or open, so it follows light and
// dark themes without icon files.
QPixmap padlockPixmap(bool closed, const QColor &color, int size, qreal devicePixelRatio);

} // namespace bb::login
