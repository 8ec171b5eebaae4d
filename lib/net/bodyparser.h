#pragma once

#include "fhir/bundle.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace bb::net {

// A response body read off the GUI thread. `error` is set when the body is not what was
// asked for (cut short, not JSON, not a Bundle); whatever did parse is still in `document`.
struct ParsedBody
{
    fhir::Document document;
    QJsonObject json;
    QByteArray raw; // only when asked to keep it
    QString error;
};

enum class BodyKind : quint8 { Json, Resource, Bundle };

// Thread-safe; meant for QtConcurrent::run.
ParsedBody parseBody(BodyKind kind, const QByteArray &body, const QString &origin, bool keepRaw);

} // namespace bb::net
