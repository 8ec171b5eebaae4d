#include "fhir/parser.h"

#include "fhir/paddedinput_p.h"
#include "fhir/rawresources.h"
#include "fhir/readers_p.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QUrl>

#include <cstring>
#include <vector>

using namespace Qt::StringLiterals;

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

// lupdate files tr() of free functions here under the namespace, and those of
// DocumentReader under the class (Q_DECLARE_TR_FUNCTIONS below): the same contexts at run time.
QString tr(const char *text)
{
    return QCoreApplication::translate("bb::fhir", text);
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
    simdjson::ondemand::parser parser;
    std::vector<char> buffer; // input plus simdjson's padding, reused between documents
    std::vector<uint8_t> unescaped; // texts with escapes, unescaped
    CategoryMemo categories;
    ConceptMemo concepts;
    StringPool pool;
};

ParseState &threadState()
{
    thread_local ParseState state;
    return state;
}

class DocumentReader
{
    Q_DECLARE_TR_FUNCTIONS(bb::fhir::DocumentReader)

public:
    DocumentReader(Reader &reader, simdjson::ondemand::document &doc, Document &out,
        const QString &origin, bool expectUsual, bool keepRaw)
        : m_r(reader)
        , m_doc(doc)
        , m_out(out)
        , m_origin(origin)
        , m_expectUsual(expectUsual)
        , m_keepRaw(keepRaw)
    {
    }

    void addError(const QString &message, const QString &resource = {}, qint64 offset = -1)
    {
        m_out.errors.append(ParseError {m_origin, offset, resource, message});
    }

    void addAmountsError(const Claim &claim)
    {
        addError(tr("the claim's amounts add up to more than can be counted, so it cannot be "
                    "shown correctly and was skipped"),
            u"ExplanationOfBenefit/"_s + claim.id);
    }

    void addMissingTypeError(int entry)
    {
        addError(tr("not a FHIR resource: \"resourceType\" is missing"), entryName(entry));
    }

    qint64 currentOffset()
    {
        const char *at = nullptr;
        if (m_doc.current_location().get(at) != SUCCESS || !at)
            return -1;
        return qint64(at - m_r.base);
    }

    error_code readResource(value &v, int entry)
    {
        object obj;
        const error_code e = v.get_object().get(obj);
        if (e == simdjson::INCORRECT_TYPE) {
            addError(tr("expected a FHIR resource (a JSON object)"), entryName(entry));
            return SUCCESS;
        }
        return e ? e : dispatch(obj, entry);
    }

    // The resourceType may sit anywhere among the keys: look it up, then rewind the object.
    // `entry` is the 1-based bundle entry, or 0 for the top-level object.
    error_code dispatch(object &obj, int entry)
    {
        if (m_expectUsual && entry == 0 && !m_inBundle) {
            bool done = false;
            if (const error_code e = readExpectedBundle(obj, done); e || done)
                return e;
            if (const error_code re = obj.reset().error())
                return re;
        } else if (m_expectUsual && m_inBundle && m_expectClaim) {
            bool done = false;
            if (const error_code e = readExpectedClaim(obj, entry, done); e || done)
                return e;
            if (const error_code re = obj.reset().error())
                return re;
        }
        std::string typeName;
        if (const error_code te = resourceTypeOf(obj, typeName))
            return te;
        const QString where = entryName(entry);
        m_expectClaim = typeName == "ExplanationOfBenefit";
        if (m_out.resourceType.isEmpty() && !m_inBundle)
            m_out.resourceType = toQString(typeName);

        if (typeName == "ExplanationOfBenefit") {
            Claim claim;
            if (const error_code e = readClaim(m_r, obj, claim))
                return e;
            const bool sumsFit = finishClaim(claim);
            if (claim.id.isEmpty()) {
                addError(tr("a claim without an id was skipped"), where);
                return SUCCESS;
            }
            if (!sumsFit) {
                addAmountsError(claim);
                return SUCCESS;
            }
            m_out.claims.append(std::move(claim));
            const Claim &kept = m_out.claims.constLast();
            return keepRawOf(obj, u"ExplanationOfBenefit"_s, kept.id, kept.lastUpdated);
        } else if (typeName == "Patient") {
            Patient patient;
            if (const error_code e = readPatient(m_r, obj, patient))
                return e;
            if (patient.id.isEmpty()) {
                addError(tr("a patient without an id was skipped"), where);
                return SUCCESS;
            }
            m_out.patients.append(std::move(patient));
            const Patient &kept = m_out.patients.constLast();
            return keepRawOf(obj, u"Patient"_s, kept.id, kept.lastUpdated);
        } else if (typeName == "Coverage") {
            Coverage coverage;
            if (const error_code e = readCoverage(m_r, obj, coverage))
                return e;
            if (coverage.id.isEmpty()) {
                addError(tr("a coverage without an id was skipped"), where);
                return SUCCESS;
            }
            m_out.coverages.append(std::move(coverage));
            const Coverage &kept = m_out.coverages.constLast();
            return keepRawOf(obj, u"Coverage"_s, kept.id, kept.lastUpdated);
        } else if (typeName == "Bundle") {
            return readBundle(obj);
        } else {
            if (typeName.empty())
                addMissingTypeError(entry);
            else
                addError(tr("unsupported resource type \"%1\"").arg(toQString(typeName)), where);
            // Walk past it, so the syntax of the rest is still checked.
            return forEachFieldOf(obj, [](std::string_view, value &) { return SUCCESS; });
        }
        return SUCCESS;
    }

    // Entries of a bundle are nearly always claims, and when the keys are sorted the
    // resourceType comes after most of the claim: looking it up first would walk each claim
    // twice. So an entry is read as a claim straight away while the previous one was a claim,
    // and only when its resourceType says otherwise is it rewound and read as what it is.
    // `done` tells whether the resource was fully handled.
    error_code readExpectedClaim(object &obj, int entry, bool &done)
    {
        Claim claim;
        ClaimReader reader(m_r, claim);
        enum class Type { Missing, Claim, Other } type = Type::Missing;
        for (auto result : obj) {
            if (const error_code fe = result.error())
                return fe;
            simdjson::ondemand::field &field = result.value_unsafe();
            std::string_view key;
            bool escaped = false;
            if (const error_code ke = keyOf(field, key, &escaped))
                return ke;
            // Looked up as written, as simdjson's lookup of the resourceType does.
            if (key == "resourceType" && !escaped) {
                if (type != Type::Missing)
                    continue; // the first one counts
                type =
                    stringView(field.value()) == "ExplanationOfBenefit" ? Type::Claim : Type::Other;
                if (type == Type::Other)
                    return SUCCESS;
                continue;
            }
            if (const error_code e = reader.field(key, field.value()))
                return e;
        }
        reader.finish();
        done = true;
        if (type == Type::Missing) {
            m_expectClaim = false;
            addMissingTypeError(entry);
            return SUCCESS;
        }
        const bool sumsFit = finishClaim(claim);
        if (claim.id.isEmpty()) {
            addError(tr("a claim without an id was skipped"), entryName(entry));
            return SUCCESS;
        }
        if (!sumsFit) {
            addAmountsError(claim);
            return SUCCESS;
        }
        m_out.claims.append(std::move(claim));
        const Claim &kept = m_out.claims.constLast();
        return keepRawOf(obj, u"ExplanationOfBenefit"_s, kept.id, kept.lastUpdated);
    }

    // With ReadOptions::keepRaw, the bytes of the resource just read: rewound and skipped
    // over (simdjson walks its structural index, decoding nothing), not read a second time.
    error_code keepRawOf(
        object &obj, const QString &type, const QString &id, const QDateTime &lastUpdated)
    {
        if (!m_keepRaw)
            return SUCCESS;
        std::string_view raw;
        if (const error_code re = obj.reset().error())
            return re;
        if (const error_code e = obj.raw_json().get(raw))
            return e;
        // raw_json() runs up to the next token: the whitespace after '}' is not the resource's.
        while (!raw.empty() && isJsonSpace(raw.back()))
            raw.remove_suffix(1);
        m_out.raw.append(
            RawResource {type, id, lastUpdated, {}, QByteArray(raw.data(), qsizetype(raw.size()))});
        m_lastRaw = m_out.raw.size() - 1;
        m_lastRawDepth = m_entryDepth;
        return SUCCESS;
    }

    // Entries from Blue Button carry no fullUrl, but the bundle's self (or first) link names
    // the server: <base>/<type>/<id>, as the splitter (splitResources) does.
    void fillFullUrls(qsizetype from, const BundleLinks &links)
    {
        const QString base = serverBaseOf(links.self.isValid() ? links.self : links.first);
        if (base.isEmpty())
            return;
        for (qsizetype i = from; i < m_out.raw.size(); ++i) {
            RawResource &r = m_out.raw[i];
            if (r.fullUrl.isEmpty())
                r.fullUrl = base + r.resourceType + u'/'
                    + QString::fromLatin1(QUrl::toPercentEncoding(r.id));
        }
    }

    // A document is nearly always a bundle, and when its keys are sorted the entries come
    // before the resourceType: looking it up first would walk the whole page twice. So the
    // top-level object is read as a bundle straight away; when its resourceType says
    // otherwise (or it has none), what was read is dropped and the object is rewound.
    error_code readExpectedBundle(object &obj, bool &done)
    {
        m_inBundle = true;
        bool isBundle = false;
        error_code e = SUCCESS;
        for (auto result : obj) {
            if ((e = result.error()))
                break;
            simdjson::ondemand::field &field = result.value_unsafe();
            std::string_view key;
            bool escaped = false;
            if ((e = keyOf(field, key, &escaped)))
                break;
            if (key == "resourceType" && !escaped) { // as the lookup in dispatch() compares
                if (isBundle)
                    continue; // the first one counts
                if (stringView(field.value()) != "Bundle")
                    break;
                isBundle = true;
                m_out.resourceType = u"Bundle"_s;
                continue;
            }
            if ((e = bundleField(key, field.value(), false, nullptr)))
                break;
        }
        m_inBundle = false;
        done = isBundle || e;
        if (!done) {
            m_out = Document();
            m_expectClaim = true;
        } else if (isBundle && !e && m_keepRaw) {
            fillFullUrls(0, m_out.links);
        }
        return e;
    }

    error_code readBundle(object &v)
    {
        const bool nested = m_inBundle;
        m_inBundle = true;
        const qsizetype rawFirst = m_out.raw.size();
        BundleLinks own; // a nested bundle's links: only for its entries' fullUrl
        const error_code e = forEachFieldOf(
            v, [&](std::string_view key, value &fv) { return bundleField(key, fv, nested, &own); });
        m_inBundle = nested;
        if (!e && m_keepRaw)
            fillFullUrls(rawFirst, nested ? own : m_out.links);
        return e;
    }

    error_code bundleField(std::string_view key, value &fv, bool nested, BundleLinks *own)
    {
        if (key == "entry")
            return readEntries(fv);
        // A bundle inside a bundle only contributes its entries; paging belongs to the outer.
        if (nested) {
            if (key == "link" && m_keepRaw && own)
                return forEachElement(fv, [&](value &lv) { return readLink(lv, *own); });
            return SUCCESS;
        }
        if (key == "type")
            m_out.bundleType = string(fv);
        else if (key == "total")
            m_out.total = integer(fv);
        else if (key == "link")
            return forEachElement(fv, [&](value &lv) { return readLink(lv, m_out.links); });
        return SUCCESS;
    }

    error_code readEntries(value &v)
    {
        return forEachElement(v, [&](value &ev) -> error_code {
            const int index = m_out.entryCount++;
            bool sawResource = false;
            QString fullUrl; // only read with keepRaw; it may come before or after the resource
            const qsizetype rawBefore = m_out.raw.size();
            const int depth = ++m_entryDepth;
            const error_code e =
                forEachField(ev, [&](std::string_view key, value &fv) -> error_code {
                    if (key == "fullUrl" && m_keepRaw) {
                        fullUrl = string(fv);
                        return SUCCESS;
                    }
                    if (key != "resource")
                        return SUCCESS;
                    sawResource = true;
                    return readResource(fv, index + 1);
                });
            --m_entryDepth;
            // The entry's own resource, not one of a bundle inside it.
            if (!fullUrl.isEmpty() && m_lastRaw >= rawBefore && m_lastRawDepth == depth)
                m_out.raw[m_lastRaw].fullUrl = fullUrl;
            if (!e && !sawResource)
                addError(tr("a bundle entry has no resource"), entryName(index + 1));
            return e;
        });
    }

    static error_code readLink(value &v, BundleLinks &links)
    {
        QString relation, url;
        const error_code e = forEachField(v, [&](std::string_view key, value &fv) -> error_code {
            if (key == "relation")
                relation = string(fv);
            else if (key == "url")
                url = string(fv);
            return SUCCESS;
        });
        const QUrl u(url, QUrl::StrictMode);
        if (relation == "first"_L1)
            links.first = u;
        else if (relation == "previous"_L1 || relation == "prev"_L1)
            links.previous = u;
        else if (relation == "next"_L1)
            links.next = u;
        else if (relation == "last"_L1)
            links.last = u;
        else if (relation == "self"_L1)
            links.self = u;
        return e;
    }

private:
    // Only formatted when an error needs it: one per entry would cost more than some claims.
    static QString entryName(int entry)
    {
        return entry > 0 ? tr("entry %1").arg(entry) : QString();
    }

    Reader &m_r;
    simdjson::ondemand::document &m_doc;
    Document &m_out;
    const QString &m_origin;
    const bool m_expectUsual;
    const bool m_keepRaw;
    bool m_inBundle = false;
    int m_entryDepth = 0; // bundle entries being read, outer to inner
    qsizetype m_lastRaw = -1; // the raw resource kept last, and the entry depth it was at
    int m_lastRawDepth = -1;
    bool m_expectClaim = true;
};

// Where the walk stopped is the best offset simdjson offers; when it has none, Qt's reader
// finds one. Only runs on input that already failed, so its speed does not matter.
qint64 errorOffset(QByteArrayView json)
{
    QJsonParseError error;
    QJsonDocument::fromJson(json.toByteArray(), &error);
    return error.error == QJsonParseError::NoError ? -1 : qint64(error.offset);
}

// One reading of the input, which parseDocument() has copied into state.buffer. With
// `expectUsual`, bundles and claims are read before their resourceType is seen (see
// readExpectedBundle); a malformed document is then read again without, so that what is kept
// and what is reported never depend on the guess.
Document readDocument(
    ParseState &state, QByteArrayView json, const QString &origin, bool expectUsual, bool keepRaw)
{
    Document out;
    const size_t length = size_t(json.size());
    Reader reader(state.pool, state.parser, state.buffer.data(), length, state.unescaped);
    state.categories.trim();
    state.concepts.trim();
    if (expectUsual) {
        reader.categories = &state.categories;
        reader.concepts = &state.concepts;
    }

    // Strings are only decoded when read, yet no malformed text may slip through a field that
    // is read: simdjson's stage 1 checks the encoding of the whole input. When stage 1 fails,
    // bad encoding is what gets reported, before whatever else it found first.
    simdjson::ondemand::document doc;
    error_code e =
        state.parser
            .iterate(simdjson::padded_string_view(state.buffer.data(), length, state.buffer.size()))
            .get(doc);
    if (e && !simdjson::validate_utf8(state.buffer.data(), length))
        e = simdjson::UTF8_ERROR;
    const bool iterating = !e;
    DocumentReader dr(reader, doc, out, origin, expectUsual, keepRaw);
    if (!e) {
        simdjson::ondemand::json_type type;
        e = doc.type().get(type);
        if (!e && type != simdjson::ondemand::json_type::object) {
            dr.addError(tr("not a FHIR resource: the document is not a JSON object"), {}, 0);
            return out;
        }
    }
    object obj;
    if (!e)
        e = doc.get_object().get(obj);
    if (!e)
        e = dr.dispatch(obj, 0);
    if (!e) {
        // Anything left after the top-level object is trailing garbage.
        const char *rest = nullptr;
        if (doc.current_location().get(rest) == SUCCESS)
            e = simdjson::TRAILING_CONTENT;
    }
    if (e && iterating && expectUsual)
        return readDocument(state, json, origin, false, keepRaw);
    if (e) {
        const qint64 offset = e == simdjson::EMPTY ? 0 : iterating ? dr.currentOffset() : -1;
        dr.addError(describe(e), {}, offset > 0 ? offset : errorOffset(json));
    }
    return out;
}

} // namespace

Document parseDocument(QByteArrayView json, const QString &origin, ReadOptions options)
{
    ParseState &state = threadState();
    detail::padInput(state.buffer, json);
    return readDocument(state, json, origin, true, options.keepRaw);
}

} // namespace bb::fhir
