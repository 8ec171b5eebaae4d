#include "api/apierror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace bb::api {

// Error bodies are tiny; QJsonDocument is plenty fast and copes with anything.
ApiError ApiError::parse(QByteArrayView body)
{
    ApiError e;
    const QJsonDocument doc = QJsonDocument::fromJson(body.toByteArray());
    if (!doc.isObject())
        return e;
    const QJsonObject o = doc.object();
    e.statusCode = o.value("status_code"_L1).toInt();
    if (o.value("resourceType"_L1).toString() == "OperationOutcome"_L1) {
        e.shape = Shape::OperationOutcome;
        const QJsonArray issues = o.value("issue"_L1).toArray();
        QStringList texts;
        for (const auto &issue : issues) {
            const QJsonObject i = issue.toObject();
            QString t = i.value("diagnostics"_L1).toString();
            if (t.isEmpty())
                t = i.value("details"_L1).toObject().value("text"_L1).toString();
            if (!t.isEmpty())
                texts << t;
            if (e.error.isEmpty())
                e.error = i.value("code"_L1).toString();
        }
        e.message = texts.join(u"; "_s);
        return e;
    }
    if (o.contains("detail"_L1)) {
        e.shape = Shape::Detail;
        e.message = o.value("detail"_L1).toString();
        return e;
    }
    if (o.contains("error"_L1)) {
        e.shape = Shape::OAuth;
        e.error = o.value("error"_L1).toString();
        e.message = o.value("error_description"_L1).toString();
        return e;
    }
    if (o.contains("message"_L1)) {
        e.shape = Shape::StatusMessage;
        e.message = o.value("message"_L1).toString();
        return e;
    }
    if (o.contains("description"_L1)) { // revoke_token's foreign-token answer
        e.shape = Shape::StatusMessage;
        e.message = o.value("description"_L1).toString();
    }
    return e;
}

} // namespace bb::api
