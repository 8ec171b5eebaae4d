#pragma once

#include "fhir/bundle.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

class QThreadPool;

namespace bb::net {

// A response body read off the GUI thread. `error` is set when the body is not what was
// asked for (cut short, not JSON, not a Bundle); whatever did parse is still in `document`.
struct ParsedBody
{
    fhir::Document document;
    QJsonObject json;
    QString error;
};

enum class BodyKind : quint8 { Json, Resource, Bundle };

// Thread-safe; meant for QtConcurrent::run on parsePool(). `keepRaw`: each resource's bytes
// too (fhir::Document::raw), from the same reading.
ParsedBody parseBody(BodyKind kind, const QByteArray &body, const QString &origin, bool keepRaw);

// The threads pages are parsed on: one fewer than the cores (at least one), so that six pages
// arriving together always leave a core to the GUI thread, and Qt's global pool stays free
// for the rest of the application.
QThreadPool *parsePool();

} // namespace bb::net
