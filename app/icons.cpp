#include "icons.h"

#include <QApplication>
#include <QFile>
#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace bb {

namespace {

QPixmap render(const QByteArray &svg, int size, qreal ratio)
{
    QPixmap pixmap(QSize(size, size) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QSvgRenderer renderer(svg);
    QPainter painter(&pixmap);
    renderer.render(&painter, QRectF(0, 0, size, size));
    return pixmap;
}

} // namespace

QIcon themedIcon(const QString &name, const QWidget *widget)
{
    QFile file(u":/bbviewer/icons/%1.svg"_s.arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QPalette palette = widget ? widget->palette() : QApplication::palette();
    QIcon icon;
    const struct
    {
        QIcon::Mode mode;
        QPalette::ColorGroup group;
    } modes[] = {{QIcon::Normal, QPalette::Active}, {QIcon::Disabled, QPalette::Disabled}};
    const QByteArray source = file.readAll();
    for (const auto &m : modes) {
        QByteArray svg = source;
        svg.replace("currentColor", palette.color(m.group, QPalette::WindowText).name().toLatin1());
        for (int size : {16, 22, 24, 32, 48}) {
            for (qreal ratio : {1.0, 2.0})
                icon.addPixmap(render(svg, size, ratio), m.mode);
        }
    }
    return icon;
}

} // namespace bb
