#include "jsonwalks.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

quint64 walk(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Object: {
        quint64 sum = 1;
        const QJsonObject o = v.toObject();
        for (auto it = o.constBegin(); it != o.constEnd(); ++it)
            sum += quint64(it.key().size()) + walk(it.value());
        return sum;
    }
    case QJsonValue::Array: {
        quint64 sum = 1;
        const QJsonArray a = v.toArray();
        for (const auto &e : a)
            sum += walk(e);
        return sum;
    }
    case QJsonValue::String:
        return quint64(v.toString().size());
    case QJsonValue::Double:
        return quint64(v.toDouble() != 0);
    default:
        return 1;
    }
}

} // namespace

quint64 walkWithQJsonDocument(const QByteArray &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    return walk(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()));
}
