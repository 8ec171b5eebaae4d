#include "sandbox/fhirendpoints.h"

#include "sandbox/compactjson.h"
#include "sandbox/oauthendpoints.h"
#include "sandbox/sandboxclock.h"
#include "sandbox/syntheticdata.h"

#include <QCryptographicHash>
#include <QJsonValue>
#include <QRegularExpression>
#include <QUuid>

#include <limits>

using namespace Qt::StringLiterals;

namespace bb::sandbox {

namespace {

const QString kNoPermission = u"You do not have permission to perform this action."_s;
const QString kNotFound = u"Not found."_s;

QString resourceName(SearchResource r)
{
    switch (r) {
    case SearchResource::Patient:
        return u"Patient"_s;
    case SearchResource::Coverage:
        return u"Coverage"_s;
    case SearchResource::ExplanationOfBenefit:
        return u"ExplanationOfBenefit"_s;
    }
    return {};
}

// .read and .rs allow both; .r only read, .s only search.
bool hasScope(const QStringList &scopes, SearchResource r, bool forSearch)
{
    const QString prefix = u"patient/"_s + resourceName(r) + u'.';
    return scopes.contains(prefix + u"read"_s) || scopes.contains(prefix + u"rs"_s)
        || scopes.contains(prefix + (forSearch ? u"s"_s : u"r"_s));
}

void appendJsonString(QByteArray &out, const QString &s)
{
    appendCompactJson(out, QJsonValue(s));
}

} // namespace

FhirEndpoints::FhirEndpoints(OAuthEndpoints &auth, SyntheticData &data, const SandboxClock &clock,
    std::function<FaultSettings()> faults, std::function<QUrl()> baseUrl)
    : m_auth(auth)
    , m_data(data)
    , m_clock(clock)
    , m_faults(std::move(faults))
    , m_baseUrl(std::move(baseUrl))
{
}

std::optional<HttpResponse> FhirEndpoints::handle(const HttpRequest &r)
{
    if (!r.path.startsWith(u"/v2/fhir/"_s))
        return std::nullopt;
    static const QRegularExpression searchRe(
        uR"(^/v2/fhir/(Patient|Coverage|ExplanationOfBenefit)/?$)"_s);
    static const QRegularExpression readRe(
        uR"(^/v2/fhir/(Patient|Coverage|ExplanationOfBenefit)/([^/]+)/?$)"_s);

    if (r.path == u"/v2/fhir/metadata"_s || r.path == u"/v2/fhir/metadata/"_s) {
        HttpResponse resp = HttpResponse::rawJson(200, m_data.metadataJson(m_baseUrl()));
        resp.contentType = "application/fhir+json";
        return resp;
    }
    const auto searchMatch = searchRe.match(r.path);
    const auto readMatch = readRe.match(r.path);
    if (!searchMatch.hasMatch() && !readMatch.hasMatch())
        return std::nullopt;
    if (!r.isGet())
        return HttpResponse::detail(
            405, u"Method \"%1\" not allowed."_s.arg(QString::fromLatin1(r.method)));

    auto authResult = m_auth.authenticateBearer(r);
    if (auto *error = std::get_if<HttpResponse>(&authResult))
        return *error;
    const BearerAccess &access = std::get<BearerAccess>(authResult);

    const QString type = searchMatch.hasMatch() ? searchMatch.captured(1) : readMatch.captured(1);
    const SearchResource resource = type == u"Patient"_s ? SearchResource::Patient
        : type == u"Coverage"_s                          ? SearchResource::Coverage
                                                         : SearchResource::ExplanationOfBenefit;
    HttpResponse resp = searchMatch.hasMatch() ? search(r, resource, access)
                                               : read(resource, readMatch.captured(2), access);
    if (resp.status == 200) {
        const QByteArray accept = r.header("accept");
        resp.contentType = accept.contains("application/json") && !accept.contains("fhir+json")
            ? "application/json"
            : "application/fhir+json";
    }
    return resp;
}

std::optional<HttpResponse> FhirEndpoints::throttle(const QString &token, HttpResponse &target)
{
    const FaultSettings faults = m_faults();
    const int limit = faults.rateLimitPerSecond > 0 ? faults.rateLimitPerSecond : 100000;
    const qint64 now = m_clock.nowMSecs();
    Window &w = m_windows[token];
    if (w.second != now / 1000) {
        w.second = now / 1000;
        w.used = 0;
    }
    const int waitSeconds = 1;
    if (w.used >= limit) {
        HttpResponse r = HttpResponse::detail(429,
            u"Request was throttled. Expected available in %1 %2."_s.arg(waitSeconds)
                .arg(waitSeconds == 1 ? u"second"_s : u"seconds"_s));
        r.setHeader("Retry-After", QByteArray::number(waitSeconds));
        r.setHeader("X-RateLimit-Limit", QByteArray::number(limit));
        r.setHeader("X-RateLimit-Remaining", "0");
        r.setHeader("X-RateLimit-Reset", QByteArray::number(waitSeconds));
        return r;
    }
    ++w.used;
    target.setHeader("X-RateLimit-Limit", QByteArray::number(limit));
    target.setHeader("X-RateLimit-Remaining", QByteArray::number(limit - w.used));
    target.setHeader("X-RateLimit-Reset", QByteArray::number(waitSeconds));
    return std::nullopt;
}

HttpResponse FhirEndpoints::read(
    SearchResource resource, const QString &id, const BearerAccess &access)
{
    if (!hasScope(access.access.scopes, resource, false))
        return HttpResponse::detail(403, kNoPermission);
    HttpResponse headers;
    if (auto limited = throttle(access.token, headers))
        return *limited;
    const Beneficiary &b = access.bene;
    HttpResponse resp;
    switch (resource) {
    case SearchResource::Patient:
        if (id != b.patientId)
            return HttpResponse::detail(404, kNotFound);
        resp = HttpResponse::rawJson(200, m_data.patientJson(b));
        break;
    case SearchResource::Coverage: {
        static const char parts[] = "abcd";
        const QList<QByteArray> coverages = m_data.coverageJson(b);
        for (int i = 0; i < 4; ++i) {
            if (id == u"part-%1-"_s.arg(QChar::fromLatin1(parts[i])) + b.patientId)
                resp = HttpResponse::rawJson(200, coverages.at(i));
        }
        if (resp.body.isEmpty())
            return HttpResponse::detail(404, kNotFound);
        break;
    }
    case SearchResource::ExplanationOfBenefit: {
        const auto list = m_data.claims(b);
        const auto it = list->indexById.constFind(id);
        if (it == list->indexById.constEnd())
            return HttpResponse::detail(404, kNotFound);
        resp = HttpResponse::rawJson(200, m_data.eobJson(b, list->claims[std::size_t(it.value())]));
        break;
    }
    }
    resp.headers = headers.headers;
    return resp;
}

HttpResponse FhirEndpoints::search(
    const HttpRequest &r, SearchResource resource, const BearerAccess &access)
{
    if (!hasScope(access.access.scopes, resource, true))
        return HttpResponse::detail(403, kNoPermission);
    const Beneficiary &b = access.bene;
    // The crosswalk permissions look at the raw query before anything else.
    const QString patientParam = r.queryValue(u"patient"_s);
    if (resource == SearchResource::ExplanationOfBenefit && r.hasQueryItem(u"patient"_s)
        && patientParam != b.patientId)
        return HttpResponse::detail(403, kNoPermission);
    const QString beneficiaryParam = r.queryValue(u"beneficiary"_s);
    if (resource == SearchResource::Coverage && r.hasQueryItem(u"beneficiary"_s)
        && !beneficiaryParam.contains(b.patientId))
        return HttpResponse::detail(403, kNoPermission);

    HttpResponse headers;
    if (auto limited = throttle(access.token, headers))
        return *limited;
    auto parsed = parseSearch(r, resource);
    if (auto *error = std::get_if<HttpResponse>(&parsed))
        return *error;
    const SearchParams &p = std::get<SearchParams>(parsed);
    if (resource == SearchResource::Patient && p.hasId && p.id != b.patientId)
        return HttpResponse::detail(404, kNotFound);
    if (p.count == 0)
        return HttpResponse::detail(
            400, u"An error occurred contacting the upstream server:Invalid pageSize"_s);

    QList<QByteArray> all; // for Patient and Coverage: the whole (tiny) result set
    QString ownKey;
    QString ownValue;
    QString lastUpdated = ClaimGenerator::formatInstant(m_data.loadedAtMs());
    int total = 0;
    QList<QByteArray> entries;
    bool loopNext = false;
    QByteArray pageKey;

    if (resource == SearchResource::ExplanationOfBenefit) {
        ownKey = u"patient"_s;
        ownValue = b.patientId;
        const auto list = m_data.claims(b);
        std::vector<int> matches;
        matches.reserve(list->claims.size());
        qint64 newest = 0;
        for (std::size_t i = 0; i < list->claims.size(); ++i) {
            const ClaimStub &c = list->claims[i];
            if (!p.types.isEmpty() && !p.types.contains(c.type))
                continue;
            if (!matchesDates(c, p))
                continue;
            matches.push_back(int(i));
            newest = std::max(newest, c.lastUpdatedMs);
        }
        total = int(matches.size());
        if (total > 0 && p.startIndex >= total)
            return HttpResponse::detail(400,
                u"An error occurred contacting the upstream server:Value for startIndex (%1) must be less than than result size (%2)"_s
                    .arg(p.startIndex)
                    .arg(total));
        if (newest > 0)
            lastUpdated = ClaimGenerator::formatInstant(newest);
        const FaultSettings faults = m_faults();
        loopNext = faults.loopingNextLink;
        pageKey = b.patientId.toLatin1() + ' ' + list->version + ' '
            + r.url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority)
            + (loopNext ? " loop" : "") + ' ' + QByteArray::number(faults.reportedTotal) + ' '
            + QByteArray::number(faults.nextLinkCount);
        if (const QByteArray *cached = m_pages.object(pageKey)) {
            HttpResponse hit = HttpResponse::rawJson(200, *cached);
            hit.cacheKey = pageKey;
            hit.headers = headers.headers;
            return hit;
        }
        // In 64 bits: startIndex comes from the client and may be as large as an int holds.
        const int end = int(std::min<qint64>(total, qint64(p.startIndex) + p.count));
        for (int i = p.startIndex; i < end; ++i)
            entries << m_data.eobJson(b, list->claims[std::size_t(matches[std::size_t(i)])]);
    } else {
        // `_lastUpdated` filters Patient and Coverage too: clients ask them for changes alike.
        qint64 newest = 0;
        auto keep = [&](const QByteArray &json, qint64 updatedMs) {
            if (!matchesLastUpdated(updatedMs, p))
                return;
            all << json;
            newest = std::max(newest, updatedMs);
        };
        if (resource == SearchResource::Patient) {
            ownKey = u"_id"_s;
            ownValue = b.patientId;
            bool include = true;
            if (p.hasIdentifier) {
                const QString value = p.identifier.section(u'|', -1);
                include = value == b.mbi || value == b.patientId;
            }
            if (include)
                keep(m_data.patientJson(b), m_data.patientLastUpdatedMs(b));
        } else {
            ownKey = u"beneficiary"_s;
            ownValue = u"Patient/"_s + b.patientId;
            const QList<QByteArray> parts = m_data.coverageJson(b);
            const std::array<qint64, 4> updated = m_data.coverageLastUpdatedMs(b);
            for (qsizetype i = 0; i < parts.size(); ++i)
                keep(parts.at(i), updated[std::size_t(i)]);
        }
        if (newest > 0)
            lastUpdated = ClaimGenerator::formatInstant(newest);
        total = int(all.size());
        if (total > 0 && p.startIndex >= total)
            return HttpResponse::detail(400,
                u"An error occurred contacting the upstream server:Value for startIndex (%1) must be less than than result size (%2)"_s
                    .arg(p.startIndex)
                    .arg(total));
        entries = all.mid(p.startIndex, p.count);
    }
    HttpResponse resp =
        bundle(r, resource, p, ownKey, ownValue, total, entries, lastUpdated, loopNext);
    resp.headers = headers.headers;
    if (!pageKey.isEmpty()) {
        m_pages.insert(
            pageKey, new QByteArray(resp.body), std::max<qsizetype>(1, resp.body.size() / 1024));
        resp.cacheKey = pageKey;
    }
    return resp;
}

HttpResponse FhirEndpoints::bundle(const HttpRequest &r, SearchResource resource,
    const SearchParams &p, const QString &ownKey, const QString &ownValue, int total,
    const QList<QByteArray> &entries, const QString &lastUpdated, bool loopNext)
{
    // A stable id per (seed, request), so that equal requests give equal bytes.
    const QByteArray idSource = QByteArray::number(m_data.seed()) + ' '
        + r.url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority);
    const QString bundleId =
        QUuid::fromRfc4122(QCryptographicHash::hash(idSource, QCryptographicHash::Md5))
            .toString(QUuid::WithoutBraces);
    // The size faults lie on EOB pages only, like the looping link.
    const FaultSettings faults = m_faults();
    const bool eob = resource == SearchResource::ExplanationOfBenefit;
    const qint64 shownTotal = eob && faults.reportedTotal > 0 ? faults.reportedTotal : total;
    SearchParams linkParams = p;
    if (eob && faults.nextLinkCount > 0)
        linkParams.count = faults.nextLinkCount;
    const PageLinks links = pageLinks(m_baseUrl(), resource, linkParams, ownKey, ownValue,
        int(std::min<qint64>(shownTotal, std::numeric_limits<int>::max())), loopNext);

    qsizetype size = 512;
    for (const QByteArray &e : entries)
        size += e.size() + 16;
    QByteArray out;
    out.reserve(size);
    out += "{\"resourceType\":\"Bundle\",\"id\":";
    appendJsonString(out, bundleId);
    out += ",\"meta\":{\"lastUpdated\":";
    appendJsonString(out, lastUpdated);
    out += "},\"type\":\"searchset\",\"total\":";
    out += QByteArray::number(shownTotal);
    out += ",\"link\":[";
    bool first = true;
    auto link = [&](const char *relation, const QString &url) {
        if (url.isEmpty())
            return;
        if (!first)
            out += ',';
        first = false;
        out += "{\"relation\":\"";
        out += relation;
        out += "\",\"url\":";
        appendJsonString(out, url);
        out += '}';
    };
    link("first", links.first);
    link("next", links.next);
    link("previous", links.previous);
    link("last", links.last);
    link("self", links.self);
    out += ']';
    if (!entries.isEmpty()) {
        out += ",\"entry\":[";
        for (qsizetype i = 0; i < entries.size(); ++i) {
            if (i > 0)
                out += ',';
            out += "{\"resource\":";
            out += entries.at(i);
            out += '}';
        }
        out += ']';
    }
    out += '}';
    return HttpResponse::rawJson(200, out);
}

} // namespace bb::sandbox
