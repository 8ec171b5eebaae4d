#include "announcer.h"

#include <QAccessible>
#include <QElapsedTimer>
#include <QMainWindow>
#include <QStatusBar>

namespace bb {

namespace {

QWidget *announcingWidget(QWidget *source)
{
    if (!source)
        return nullptr;
    if (auto *window = qobject_cast<QMainWindow *>(source->window()))
        return window->statusBar();
    return source;
}

} // namespace

void announce(QWidget *source, const QString &message)
{
    QWidget *widget = announcingWidget(source);
    if (!widget || message.isEmpty())
        return;
    widget->setAccessibleName(message);
    // setAccessibleName() raises NameChanged itself; the alert makes it speak now.
    QAccessibleEvent alert(widget, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
}

void announceProgress(QWidget *source, const QString &message)
{
    static QElapsedTimer since;
    if (since.isValid() && since.elapsed() < 10'000)
        return;
    since.start();
    announce(source, message);
}

QString lastAnnouncement(QWidget *window)
{
    QWidget *widget = announcingWidget(window);
    return widget ? widget->accessibleName() : QString();
}

} // namespace bb
