#include "net/claimquery.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace bb::net {

QList<QPair<QString, QString>> ClaimQuery::queryItems() const
{
    QList<QPair<QString, QString>> items;
    QStringList keys;
    for (fhir::ClaimType type : types) {
        const QString key = fhir::claimTypeKey(type);
        if (!key.isEmpty() && !keys.contains(key))
            keys << key;
    }
    if (!keys.isEmpty())
        items.append({u"type"_s, keys.join(u',')});
    if (serviceFrom.isValid())
        items.append({u"service-date"_s, u"ge"_s + serviceFrom.toString(Qt::ISODate)});
    if (serviceTo.isValid())
        items.append({u"service-date"_s, u"le"_s + serviceTo.toString(Qt::ISODate)});
    if (updatedAfter.isValid()) {
        // UTC with a 'Z': a '+hh:mm' offset would need escaping and some servers mangle it.
        items.append({u"_lastUpdated"_s, u"gt"_s + updatedAfter.toUTC().toString(Qt::ISODate)});
    }
    return items;
}

} // namespace bb::net
