#include "fhir/parser.h"

#include "fhir/readers_p.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QUrl>

namespace bb::fhir {

using namespace detail;

QString ParseError::toString() const
{
    QString where = origin;
    if (offset >= 0) {
        where += where.isEmpty() ? QString() : QStringLiteral(":");
        where += QCoreApplication::translate("bb::fhir::ParseError", "byte %1").arg(offset);
    }
    if (!resource.isEmpty())
        where += (where.isEmpty() ? QString() : QStringLiteral(", ")) + resource;
    return where.isEmpty() ? message : where + QStringLiteral(": ") + message;
}

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("bb::fhir::Parser", text);
}

QString describe(simdjson::error_code e)
{
    switch (e) {
    case simdjson::EMPTY:
        return tr("the file is empty");
    case simdjson::UNCLOSED_STRING:
        return tr("a text value is not closed (the data may be cut off)");
    case simdjson::INCOMPLETE_ARRAY_OR_OBJECT:
        return tr("the data ends too early (it may be cut off)");
    case simdjson::DEPTH_ERROR:
        return tr("the data is nested too deeply");
    case simdjson::UTF8_ERROR:
        return tr("the text is not valid UTF-8");
    case simdjson::CAPACITY:
        return tr("the data is too large");
    default:
        return tr("this is not valid JSON (%1)")
            .arg(QString::fromLatin1(simdjson::error_message(e)));
    }
}

struct ParseState
{
    simdjson::dom::parser parser;
    StringPool pool;
};

ParseState &threadState()
{
    thread_local ParseState state;
    return state;
}

class DocumentReader
{
public:
    DocumentReader(Reader &reader, Document &out, const QString &origin)
        : m_r(reader)
        , m_out(out)
        , m_origin(origin)
    {
    }

    void addError(const QString &message, const QString &resource = {}, qint64 offset = -1)
    {
        m_out.errors.append(ParseError {m_origin, offset, resource, message});
    }

    void readResource(value &v, const QString &where)
    {
        object obj;
        if (v.get_object().get(obj) != SUCCESS) {
            addError(tr("expected a FHIR resource (a JSON object)"), where);
            return;
        }
        dispatch(obj, where);
    }

    void dispatch(object &obj, const QString &where)
    {
        std::string_view type;
        if (obj.at_key("resourceType").get_string().get(type) != SUCCESS)
            type = {};
        if (type == "ExplanationOfBenefit") {
            Claim claim;
            readClaim(m_r, obj, claim);
            finishClaim(claim);
            if (claim.id.isEmpty())
                addError(tr("a claim without an id was skipped"), where);
            else
                m_out.claims.append(std::move(claim));
        } else if (type == "Patient") {
            Patient patient;
            readPatient(m_r, obj, patient);
            if (patient.id.isEmpty())
                addError(tr("a patient without an id was skipped"), where);
            else
                m_out.patients.append(std::move(patient));
        } else if (type == "Coverage") {
            Coverage coverage;
            readCoverage(m_r, obj, coverage);
            if (coverage.id.isEmpty())
                addError(tr("a coverage without an id was skipped"), where);
            else
                m_out.coverages.append(std::move(coverage));
        } else if (type == "Bundle") {
            readBundle(obj);
        } else if (type.empty()) {
            addError(tr("not a FHIR resource: \"resourceType\" is missing"), where);
        } else {
            addError(tr("unsupported resource type \"%1\"").arg(toQString(type)), where);
        }
    }

    void readBundle(object &v)
    {
        // A bundle inside a bundle only contributes its entries; paging belongs to the outer.
        const bool nested = m_inBundle;
        m_inBundle = true;
        forEachFieldOf(v, [&](std::string_view key, value &fv) -> error_code {
            if (key == "entry") {
                readEntries(fv);
            } else if (nested) {
                return SUCCESS;
            } else if (key == "type") {
                m_out.bundleType = string(fv);
            } else if (key == "total") {
                m_out.total = integer(fv);
            } else if (key == "link") {
                forEachElement(fv, [&](value &lv) {
                    readLink(lv);
                    return SUCCESS;
                });
            }
            return SUCCESS;
        });
        m_inBundle = nested;
    }

    void readEntries(value &v)
    {
        forEachElement(v, [&](value &ev) -> error_code {
            const int index = m_out.entryCount++;
            value resource;
            if (ev.at_key("resource").get(resource) != SUCCESS)
                addError(tr("a bundle entry has no resource"), tr("entry %1").arg(index + 1));
            else
                readResource(resource, tr("entry %1").arg(index + 1));
            return SUCCESS;
        });
    }

    void readLink(value &v)
    {
        std::string_view relation, url;
        forEachField(v, [&](std::string_view key, value &fv) -> error_code {
            if (key == "relation")
                relation = stringView(fv);
            else if (key == "url")
                url = stringView(fv);
            return SUCCESS;
        });
        const QUrl u(toQString(url), QUrl::StrictMode);
        if (relation == "first")
            m_out.links.first = u;
        else if (relation == "previous" || relation == "prev")
            m_out.links.previous = u;
        else if (relation == "next")
            m_out.links.next = u;
        else if (relation == "last")
            m_out.links.last = u;
        else if (relation == "self")
            m_out.links.self = u;
    }

private:
    Reader &m_r;
    Document &m_out;
    const QString &m_origin;
    bool m_inBundle = false;
};

// simdjson says what is wrong but not where; Qt's reader finds the byte offset for the
// message. Only runs on input that already failed, so its speed does not matter.
qint64 errorOffset(QByteArrayView json)
{
    QJsonParseError error;
    QJsonDocument::fromJson(json.toByteArray(), &error);
    return error.error == QJsonParseError::NoError ? -1 : qint64(error.offset);
}

} // namespace

Document parseDocument(QByteArrayView json, const QString &origin)
{
    Document out;
    ParseState &state = threadState();
    Reader reader {state.pool, json.data()};
    DocumentReader dr(reader, out, origin);

    value root;
    // realloc_if_needed: the input is copied into a padded buffer when it has no room for
    // simdjson's over-reads; a memcpy is negligible beside the parse.
    const error_code e = state.parser.parse(json.data(), size_t(json.size()), true).get(root);
    if (e) {
        dr.addError(describe(e), {}, e == simdjson::EMPTY ? 0 : errorOffset(json));
        return out;
    }
    object obj;
    if (root.get_object().get(obj) != SUCCESS) {
        dr.addError(tr("not a FHIR resource: the document is not a JSON object"), {}, 0);
        return out;
    }
    std::string_view type;
    if (obj.at_key("resourceType").get_string().get(type) == SUCCESS)
        out.resourceType = toQString(type);
    dr.dispatch(obj, {});
    return out;
}

} // namespace bb::fhir
