#include "net/bodyparser.h"

#include "fhir/parser.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QThread>
#include <QThreadPool>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace bb::net {

namespace {

struct ParsePool : QThreadPool
{
    ParsePool() { setMaxThreadCount(std::max(1, QThread::idealThreadCount() - 1)); }
};
Q_GLOBAL_STATIC(ParsePool, s_parsePool)

} // namespace

QThreadPool *parsePool()
{
    return s_parsePool();
}

ParsedBody parseBody(BodyKind kind, const QByteArray &body, const QString &origin, bool keepRaw)
{
    ParsedBody out;
    if (kind == BodyKind::Json) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
        if (error.error != QJsonParseError::NoError)
            out.error = error.errorString() + u" at byte "_s + QString::number(error.offset);
        else if (!doc.isObject())
            out.error = u"not a JSON object"_s;
        else
            out.json = doc.object();
        return out;
    }
    out.document = fhir::parseDocument(body, origin, {keepRaw});
    const fhir::Document &d = out.document;
    if (!d.errors.isEmpty())
        out.error = d.errors.constFirst().toString();
    else if (kind == BodyKind::Bundle && d.resourceType != "Bundle"_L1)
        out.error = u"expected a Bundle, got \"%1\""_s.arg(d.resourceType);
    else if (kind == BodyKind::Bundle && !d.total)
        out.error = u"the Bundle has no total"_s;
    else if (kind == BodyKind::Resource
        && d.patients.size() + d.coverages.size() + d.claims.size() != 1)
        out.error = u"expected one resource, got \"%1\""_s.arg(d.resourceType);
    return out;
}

} // namespace bb::net
