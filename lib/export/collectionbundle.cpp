#include "export/collectionbundle.h"

#include "export/atomicfile.h"

namespace bb::exporting {

namespace {

// A JSON string literal: quotes, backslashes and control characters escaped, the rest as
// UTF-8.
void appendJsonString(QByteArray &out, const QString &text)
{
    static constexpr char hex[] = "0123456789abcdef";
    out += '"';
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (u < 0x20) {
            out += "\\u00";
            out += hex[u >> 4];
            out += hex[u & 0xf];
        } else {
            out += c;
        }
    }
    out += '"';
}

} // namespace

QByteArray collectionBundle(const QList<fhir::RawResource> &resources)
{
    QByteArray out;
    qsizetype size = 64;
    for (const fhir::RawResource &r : resources)
        size += r.json.size() + r.fullUrl.size() + 32;
    out.reserve(size);
    out += R"({"resourceType":"Bundle","type":"collection")";
    if (!resources.isEmpty()) {
        out += R"(,"entry":[)";
        bool first = true;
        for (const fhir::RawResource &r : resources) {
            out += first ? "\n{" : ",\n{";
            first = false;
            if (!r.fullUrl.isEmpty()) {
                out += R"("fullUrl":)";
                appendJsonString(out, r.fullUrl);
                out += ',';
            }
            out += R"("resource":)";
            out += r.json;
            out += '}';
        }
        out += "\n]";
    }
    out += "}\n";
    return out;
}

bool writeCollectionBundle(
    const QString &path, const QList<fhir::RawResource> &resources, QString *error)
{
    return writeFileAtomically(path, collectionBundle(resources), error);
}

} // namespace bb::exporting
