#include "fhir/rawresources.h"

#include "fhir/jsonwalk_p.h"
#include "fhir/paddedinput_p.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QUrl>

#include <cstring>
#include <vector>

using namespace Qt::StringLiterals;

namespace bb::fhir {

using namespace detail;

namespace {

// The splitter says what the typed reader says, in the catalogue contexts where those
// messages already live, so both readers report a bad file in the same words.
QString syntaxText(const char *text)
{
    return QCoreApplication::translate("bb::fhir", text);
}

QString readerText(const char *text)
{
    return QCoreApplication::translate("bb::fhir::DocumentReader", text);
}

class RawReader
{
public:
    RawReader(simdjson::ondemand::document &doc, const char *base, RawDocument &out,
        const QString &origin)
        : m_doc(doc)
        , m_base(base)
        , m_out(out)
        , m_origin(origin)
    {
    }

    static QString describe(simdjson::error_code e)
    {
        switch (e) {
        case simdjson::EMPTY:
            return syntaxText(QT_TRANSLATE_NOOP("bb::fhir", "the file is empty"));
        case simdjson::UNCLOSED_STRING:
            return syntaxText(QT_TRANSLATE_NOOP(
                "bb::fhir", "a text value is not closed (the data may be cut off)"));
        case simdjson::INCOMPLETE_ARRAY_OR_OBJECT:
            return syntaxText(
                QT_TRANSLATE_NOOP("bb::fhir", "the data ends too early (it may be cut off)"));
        case simdjson::DEPTH_ERROR:
            return syntaxText(QT_TRANSLATE_NOOP("bb::fhir", "the data is nested too deeply"));
        case simdjson::UTF8_ERROR:
            return syntaxText(QT_TRANSLATE_NOOP("bb::fhir", "the text is not valid UTF-8"));
        case simdjson::CAPACITY:
            return syntaxText(QT_TRANSLATE_NOOP("bb::fhir", "the data is too large"));
        default:
            return syntaxText(QT_TRANSLATE_NOOP("bb::fhir", "this is not valid JSON (%1)"))
                .arg(QString::fromLatin1(simdjson::error_message(e)));
        }
    }

    static QString notAnObject()
    {
        return syntaxText(QT_TRANSLATE_NOOP(
            "bb::fhir", "not a FHIR resource: the document is not a JSON object"));
    }

    void addError(const QString &message, const QString &resource = {}, qint64 offset = -1)
    {
        m_out.errors.append(ParseError {m_origin, offset, resource, message});
    }

    qint64 currentOffset()
    {
        const char *at = nullptr;
        if (m_doc.current_location().get(at) != SUCCESS || !at)
            return -1;
        return qint64(at - m_base);
    }

    error_code readValue(value &v, const QString &where, const QString &fullUrl)
    {
        object obj;
        const error_code e = v.get_object().get(obj);
        if (e == simdjson::INCORRECT_TYPE) {
            addError(readerText(QT_TRANSLATE_NOOP(
                         "bb::fhir::DocumentReader", "expected a FHIR resource (a JSON object)")),
                where);
            return SUCCESS;
        }
        return e ? e : dispatch(obj, where, fullUrl);
    }

    error_code dispatch(object &obj, const QString &where, const QString &fullUrl)
    {
        std::string typeName;
        if (const error_code te = resourceTypeOf(obj, typeName))
            return te;
        if (m_out.resourceType.isEmpty() && m_bundleDepth == 0)
            m_out.resourceType = toQString(typeName);

        if (typeName == "Bundle")
            return readBundle(obj);
        if (typeName == "ExplanationOfBenefit" || typeName == "Patient" || typeName == "Coverage")
            return readResource(obj, toQString(typeName), where, fullUrl);
        if (typeName.empty())
            addError(readerText(QT_TRANSLATE_NOOP("bb::fhir::DocumentReader",
                         "not a FHIR resource: \"resourceType\" is missing")),
                where);
        else
            addError(readerText(QT_TRANSLATE_NOOP(
                                    "bb::fhir::DocumentReader", "unsupported resource type \"%1\""))
                         .arg(toQString(typeName)),
                where);
        // Walk past it, so the syntax of the rest is still checked.
        return forEachFieldOf(obj, [](std::string_view, value &) { return SUCCESS; });
    }

    error_code readResource(
        object &obj, const QString &type, const QString &where, const QString &fullUrl)
    {
        RawResource r;
        r.resourceType = type;
        r.fullUrl = fullUrl;
        // Walking every field checks the syntax of the whole resource, as the typed reader
        // does, before its bytes are taken.
        error_code e = forEachFieldOf(obj, [&](std::string_view key, value &fv) -> error_code {
            if (key == "id") {
                r.id = toQString(stringView(fv));
                return SUCCESS;
            }
            if (key != "meta")
                return SUCCESS;
            return forEachField(fv, [&](std::string_view mk, value &mv) -> error_code {
                if (mk == "lastUpdated")
                    r.lastUpdated = parseDateTime(stringView(mv));
                return SUCCESS;
            });
        });
        if (!e)
            e = obj.reset().error();
        std::string_view raw;
        if (!e)
            e = obj.raw_json().get(raw);
        if (e)
            return e;
        // raw_json() runs up to the next token: the whitespace after '}' is not the resource's.
        while (!raw.empty()
            && (raw.back() == ' ' || raw.back() == '\n' || raw.back() == '\r'
                || raw.back() == '\t'))
            raw.remove_suffix(1);
        r.json = QByteArray(raw.data(), qsizetype(raw.size()));
        if (r.id.isEmpty()) {
            if (type == "ExplanationOfBenefit"_L1)
                addError(readerText(QT_TRANSLATE_NOOP(
                             "bb::fhir::DocumentReader", "a claim without an id was skipped")),
                    where);
            else if (type == "Patient"_L1)
                addError(readerText(QT_TRANSLATE_NOOP(
                             "bb::fhir::DocumentReader", "a patient without an id was skipped")),
                    where);
            else
                addError(readerText(QT_TRANSLATE_NOOP(
                             "bb::fhir::DocumentReader", "a coverage without an id was skipped")),
                    where);
            return SUCCESS;
        }
        m_out.resources.append(std::move(r));
        return SUCCESS;
    }

    error_code readBundle(object &obj)
    {
        ++m_bundleDepth;
        const qsizetype firstOfBundle = m_out.resources.size();
        QUrl self, first;
        const error_code e = forEachFieldOf(obj, [&](std::string_view key, value &fv) {
            if (key == "entry")
                return readEntries(fv);
            if (key == "link")
                return forEachElement(fv, [&](value &lv) { return readLink(lv, self, first); });
            return SUCCESS;
        });
        --m_bundleDepth;
        // A server names itself in the links; entries from Blue Button carry no fullUrl.
        const QString base = serverBaseOf(self.isValid() ? self : first);
        if (!base.isEmpty()) {
            for (qsizetype i = firstOfBundle; i < m_out.resources.size(); ++i) {
                RawResource &r = m_out.resources[i];
                if (r.fullUrl.isEmpty())
                    r.fullUrl = base + r.resourceType + u'/'
                        + QString::fromLatin1(QUrl::toPercentEncoding(r.id));
            }
        }
        return e;
    }

    error_code readEntries(value &v)
    {
        return forEachElement(v, [&](value &ev) -> error_code {
            const int index = m_entryCount++;
            const QString where =
                readerText(QT_TRANSLATE_NOOP("bb::fhir::DocumentReader", "entry %1"))
                    .arg(index + 1);
            // fullUrl may follow the resource: read the entry twice (key order is free).
            object entry;
            error_code e = ev.get_object().get(entry);
            if (e == simdjson::INCORRECT_TYPE) {
                addError(readerText(QT_TRANSLATE_NOOP(
                             "bb::fhir::DocumentReader", "a bundle entry has no resource")),
                    where);
                return SUCCESS;
            }
            if (e)
                return e;
            QString fullUrl;
            std::string_view url;
            e = entry.find_field_unordered("fullUrl").get_string().get(url);
            if (!e)
                fullUrl = toQString(url);
            else if (e != simdjson::NO_SUCH_FIELD && e != simdjson::INCORRECT_TYPE)
                return e;
            if (const error_code re = entry.reset().error())
                return re;
            bool sawResource = false;
            e = forEachFieldOf(entry, [&](std::string_view key, value &fv) -> error_code {
                if (key != "resource")
                    return SUCCESS;
                sawResource = true;
                return readValue(fv, where, fullUrl);
            });
            if (!e && !sawResource)
                addError(readerText(QT_TRANSLATE_NOOP(
                             "bb::fhir::DocumentReader", "a bundle entry has no resource")),
                    where);
            return e;
        });
    }

    static error_code readLink(value &v, QUrl &self, QUrl &first)
    {
        QString relation, url;
        const error_code e = forEachField(v, [&](std::string_view key, value &fv) -> error_code {
            if (key == "relation")
                relation = string(fv);
            else if (key == "url")
                url = string(fv);
            return SUCCESS;
        });
        if (relation == "self"_L1)
            self = QUrl(url, QUrl::StrictMode);
        else if (relation == "first"_L1)
            first = QUrl(url, QUrl::StrictMode);
        return e;
    }

private:
    simdjson::ondemand::document &m_doc;
    const char *m_base;
    RawDocument &m_out;
    const QString &m_origin;
    int m_bundleDepth = 0;
    int m_entryCount = 0;
};

struct SplitState
{
    simdjson::ondemand::parser parser;
    std::vector<char> buffer; // input plus simdjson's padding, reused between documents
};

SplitState &threadState()
{
    thread_local SplitState state;
    return state;
}

// Where the walk stopped is the best offset simdjson offers; when it has none, Qt's reader
// finds one. Only runs on input that already failed.
qint64 errorOffset(QByteArrayView json)
{
    QJsonParseError error;
    QJsonDocument::fromJson(json.toByteArray(), &error);
    return error.error == QJsonParseError::NoError ? -1 : qint64(error.offset);
}

} // namespace

QString serverBaseOf(const QUrl &url)
{
    if (!url.isValid() || url.isRelative() || url.host().isEmpty()
        || (url.scheme() != "https"_L1 && url.scheme() != "http"_L1))
        return {};
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    const qsizetype slash = path.lastIndexOf(u'/');
    const QString last = path.mid(slash + 1);
    if (slash < 0
        || (last != "ExplanationOfBenefit"_L1 && last != "Patient"_L1 && last != "Coverage"_L1))
        return {};
    QUrl base = url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
    base.setPath(path.left(slash + 1));
    return base.toString(QUrl::FullyEncoded);
}

bool replacesCopy(const RawResource &candidate, const RawResource &kept)
{
    return candidate.lastUpdated > kept.lastUpdated;
}

RawDocument splitResources(QByteArrayView json, const QString &origin)
{
    RawDocument out;
    SplitState &state = threadState();

    const simdjson::padded_string_view input = detail::padInput(state.buffer, json);
    const size_t length = input.length();

    // Strings are only decoded when read, and raw bytes are never decoded here at all: check
    // the encoding of the whole input up front, so no malformed text passes through.
    error_code e =
        simdjson::validate_utf8(state.buffer.data(), length) ? SUCCESS : simdjson::UTF8_ERROR;
    simdjson::ondemand::document doc;
    if (!e)
        e = state.parser.iterate(input).get(doc);
    const bool iterating = !e;
    RawReader reader(doc, state.buffer.data(), out, origin);
    if (!e) {
        simdjson::ondemand::json_type type;
        e = doc.type().get(type);
        if (!e && type != simdjson::ondemand::json_type::object) {
            reader.addError(RawReader::notAnObject(), {}, 0);
            return out;
        }
    }
    object obj;
    if (!e)
        e = doc.get_object().get(obj);
    if (!e)
        e = reader.dispatch(obj, {}, {});
    if (!e) {
        // Anything left after the top-level object is trailing garbage.
        const char *rest = nullptr;
        if (doc.current_location().get(rest) == SUCCESS)
            e = simdjson::TRAILING_CONTENT;
    }
    if (e) {
        const qint64 offset = e == simdjson::EMPTY ? 0 : iterating ? reader.currentOffset() : -1;
        reader.addError(RawReader::describe(e), {}, offset > 0 ? offset : errorOffset(json));
    }
    return out;
}

} // namespace bb::fhir
