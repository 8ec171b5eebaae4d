#include "core/appinfo.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace bb {

void initApplicationInfo()
{
    QCoreApplication::setOrganizationName(u"bbviewer"_s);
    QCoreApplication::setOrganizationDomain(u"bbviewer.example.org"_s);
    QCoreApplication::setApplicationName(u"bbviewer"_s);
    QCoreApplication::setApplicationVersion(applicationVersion());
}

QString applicationVersion()
{
    return QStringLiteral(BBVIEWER_VERSION_STRING);
}

QString buildDate()
{
    return QStringLiteral(BBVIEWER_BUILD_DATE);
}

QString qtVersionText()
{
    QString running = QString::fromLatin1(qVersion());
    const QString built = QStringLiteral(QT_VERSION_STR);
    if (running == built)
        return running;
    return QCoreApplication::translate("bb::AppInfo", "%1 (built with %2)").arg(running, built);
}

QString applicationId()
{
    return u"org.example.bbviewer"_s;
}

} // namespace bb
