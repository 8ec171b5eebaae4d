#include "login/addressindicator.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>

using namespace Qt::StringLiterals;

namespace bb::login {

QPixmap padlockPixmap(bool closed, const QColor &color, int size, qreal devicePixelRatio)
{
    QPixmap pixmap(QSize(size, size) * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal s = size;
    // Body: the lower half, rounded.
    const QRectF body(s * 0.18, s * 0.45, s * 0.64, s * 0.48);
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawRoundedRect(body, s * 0.08, s * 0.08);
    // Shackle: an arch above the body; an open lock has it lifted and swung to the right.
    QPen pen(color, s * 0.11);
    pen.setCapStyle(Qt::FlatCap);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    const qreal w = s * 0.42;
    const qreal left = closed ? s * 0.29 : s * 0.49;
    const qreal top = closed ? s * 0.10 : s * 0.02;
    QPainterPath shackle;
    shackle.moveTo(left, body.top());
    shackle.lineTo(left, top + w / 2);
    shackle.arcTo(QRectF(left, top, w, w), 180, -180);
    shackle.lineTo(left + w, closed ? body.top() : top + w * 0.75);
    p.drawPath(shackle);
    return pixmap;
}

AddressIndicator::AddressIndicator(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"addressIndicator"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 3, 6, 3);
    layout->setSpacing(6);
    m_icon = new QLabel(this);
    m_icon->setObjectName(u"securityIcon"_s);
    m_security = new QLabel(this);
    m_security->setObjectName(u"securityText"_s);
    m_host = new QLabel(this);
    m_host->setObjectName(u"hostText"_s);
    m_host->setTextFormat(Qt::PlainText); // the page's host, whatever it is
    m_host->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_host->font();
    bold.setBold(true);
    m_host->setFont(bold);
    layout->addWidget(m_icon);
    layout->addWidget(m_security);
    layout->addWidget(m_host, 1);
    setAutoFillBackground(true);
    // The field look of a read-only address bar, in the system palette's colours.
    setBackgroundRole(QPalette::Base);
    setForegroundRole(QPalette::Text);
    setUrl(QUrl());
}

QString AddressIndicator::hostText() const
{
    if (m_url.host().isEmpty())
        return {};
    const int defaultPort = m_url.scheme() == "https"_L1 ? 443 : 80;
    const int port = m_url.port(defaultPort);
    return port == defaultPort ? m_url.host() : m_url.host() + u':' + QString::number(port);
}

QString AddressIndicator::securityText() const
{
    if (m_url.host().isEmpty())
        return {};
    return m_secure ? QString() : tr("Not secure");
}

void AddressIndicator::setUrl(const QUrl &url)
{
    m_url = url;
    m_secure = url.scheme() == "https"_L1 && !m_untrustedHosts.contains(url.host());
    m_host->setText(hostText());
    m_security->setText(securityText());
    m_security->setVisible(!securityText().isEmpty());
    const QString description = url.host().isEmpty()
        ? tr("No page loaded")
        : (m_secure ? tr("Secure connection to %1") : tr("Connection to %1 is not secure"))
              .arg(hostText());
    setAccessibleName(tr("Address"));
    setAccessibleDescription(description);
    setToolTip(description);
    updateIcon();
}

void AddressIndicator::markUntrusted(const QString &host)
{
    if (!m_untrustedHosts.contains(host))
        m_untrustedHosts << host;
    setUrl(m_url);
}

void AddressIndicator::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        updateIcon();
    QWidget::changeEvent(event);
}

void AddressIndicator::updateIcon()
{
    const int size = fontMetrics().height();
    m_icon->setPixmap(m_url.host().isEmpty()
            ? QPixmap()
            : padlockPixmap(m_secure, palette().color(QPalette::Text), size, devicePixelRatioF()));
}

} // namespace bb::login
