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

} // namespace bb
