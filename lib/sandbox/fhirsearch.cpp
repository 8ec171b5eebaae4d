#include "sandbox/fhirsearch.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace bb::sandbox {

namespace {

std::optional<int> toInt(const QString &s)
{
    bool ok = false;
    const int v = s.trimmed().toInt(&ok);
    return ok ? std::optional<int>(v) : std::nullopt;
}

std::optional<DateBound> parseBound(const QString &value)
{
    DateBound b;
    b.op = value.left(2);
    const QString rest = value.mid(2);
    static const QRegularExpression dateOnly(uR"(^\d{4}-\d{2}-\d{2}$)"_s);
    if (dateOnly.match(rest).hasMatch()) {
        const QDate d = QDate::fromString(rest, Qt::ISODate);
        if (!d.isValid())
            return std::nullopt;
        b.at = QDateTime(d, QTime(0, 0), Qt::UTC);
        b.dateOnly = true;
        return b;
    }
    QDateTime t = QDateTime::fromString(rest, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(rest, Qt::ISODate);
    if (!t.isValid())
        return std::nullopt;
    if (t.timeSpec() == Qt::LocalTime)
        t.setTimeSpec(Qt::UTC); // BFD reads an inexact timestamp in the server's zone
    b.at = t.toUTC();
    return b;
}

bool compare(const QString &op, qint64 value, qint64 bound)
{
    if (op == u"lt"_s)
        return value < bound;
    if (op == u"le"_s)
        return value <= bound;
    if (op == u"gt"_s)
        return value > bound;
    return value >= bound;
}

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

} // namespace

std::variant<SearchParams, HttpResponse> parseSearch(
    const HttpRequest &request, SearchResource resource)
{
    SearchParams p;
    QHash<QString, QString> last; // Django's QueryDict.dict(): the last value of each key
    const auto items = request.queryItems();
    for (const auto &item : items) {
        last.insert(item.first, item.second);
        if (item.first == u"_lastUpdated"_s)
            p.lastUpdatedValues << item.second;
        else if (item.first == u"service-date"_s
            && resource == SearchResource::ExplanationOfBenefit)
            p.serviceDateValues << item.second;
    }
    if (last.contains(u"count"_s) && !last.contains(u"_count"_s))
        last.insert(u"_count"_s, last.value(u"count"_s));

    if (last.contains(u"_count"_s)) {
        const auto v = toInt(last.value(u"_count"_s));
        if (!v)
            return HttpResponse::detail(400, u"expected int"_s);
        if (*v > 50)
            return HttpResponse::detail(400, u"value must be at most 50"_s);
        if (*v < 0)
            return HttpResponse::detail(400, u"value must be at least 0"_s);
        p.count = *v;
    }
    if (last.contains(u"startIndex"_s)) {
        const auto v = toInt(last.value(u"startIndex"_s));
        if (!v)
            return HttpResponse::detail(400, u"expected int"_s);
        if (*v < 0)
            return HttpResponse::detail(400, u"value must be at least 0"_s);
        p.startIndex = *v;
    }
    static const QRegularExpression opRe(uR"(^((lt)|(le)|(gt)|(ge)).+)"_s);
    for (const QString &v : std::as_const(p.lastUpdatedValues)) {
        if (!opRe.match(v).hasMatch())
            return HttpResponse::detail(400, u"the _lastUpdated operator is not valid"_s);
    }
    if (resource == SearchResource::ExplanationOfBenefit) {
        if (last.contains(u"type"_s)) {
            static const QRegularExpression typeRe(
                uR"(^(((https://bluebutton\.cms\.gov/resources/codesystem/eob-type\|)?(carrier|pde|dme|hha|hospice|inpatient|outpatient|snf))\s*,*\s*)+$)"_s,
                QRegularExpression::CaseInsensitiveOption);
            const QString value = last.value(u"type"_s);
            if (!typeRe.match(value).hasMatch())
                return HttpResponse::detail(400, u"the type parameter value is not valid"_s);
            const QStringList parts = value.split(u',', Qt::SkipEmptyParts);
            for (const QString &part : parts) {
                const QString name = part.section(u'|', -1).trimmed();
                if (const auto t = claimTypeFromName(name); t && !p.types.contains(*t))
                    p.types << *t;
            }
            p.typeValues << value;
        }
        for (const QString &v : std::as_const(p.serviceDateValues)) {
            if (!opRe.match(v).hasMatch())
                return HttpResponse::detail(400, u"the service-date operator is not valid"_s);
        }
        if (last.contains(u"patient"_s)) {
            p.hasPatient = true;
            p.patient = last.value(u"patient"_s);
        }
    }
    if (resource == SearchResource::Coverage && last.contains(u"beneficiary"_s)) {
        p.hasBeneficiary = true;
        p.beneficiary = last.value(u"beneficiary"_s);
    }
    if (resource == SearchResource::Patient) {
        p.hasId = last.contains(u"_id"_s);
        p.id = last.value(u"_id"_s);
        p.hasIdentifier = last.contains(u"identifier"_s);
        p.identifier = last.value(u"identifier"_s);
    }
    // Dates BB2 lets through but BFD cannot read come back as BFD's 400, through BB2.
    for (const QString &v : std::as_const(p.lastUpdatedValues)) {
        const auto b = parseBound(v);
        if (!b)
            return HttpResponse::detail(400,
                u"An error occurred contacting the upstream server:Invalid date/time format: "_s
                    + v.mid(2));
        p.lastUpdated << *b;
    }
    for (const QString &v : std::as_const(p.serviceDateValues)) {
        const auto b = parseBound(v);
        if (!b)
            return HttpResponse::detail(400,
                u"An error occurred contacting the upstream server:Invalid date/time format: "_s
                    + v.mid(2));
        p.serviceDate << *b;
    }
    return p;
}

bool matchesLastUpdated(qint64 msSinceEpoch, const SearchParams &params)
{
    for (const DateBound &b : params.lastUpdated) {
        if (!compare(b.op, msSinceEpoch, b.at.toMSecsSinceEpoch()))
            return false;
    }
    return true;
}

bool matchesDates(const ClaimStub &claim, const SearchParams &params)
{
    if (!matchesLastUpdated(claim.lastUpdatedMs, params))
        return false;
    for (const DateBound &b : params.serviceDate) {
        const qint64 bound = b.at.date().toJulianDay();
        // A claim's service period [start, end] is compared like a FHIR date range.
        const bool ok = (b.op == u"lt"_s || b.op == u"le"_s) ? compare(b.op, claim.startDay, bound)
                                                             : compare(b.op, claim.endDay, bound);
        if (!ok)
            return false;
    }
    return true;
}

PageLinks pageLinks(const QUrl &base, SearchResource resource, const SearchParams &p,
    const QString &ownKey, const QString &ownValue, int total, bool loopNext)
{
    const QString root =
        base.toString(QUrl::StripTrailingSlash) + u"/v2/fhir/"_s + resourceName(resource);
    QList<QPair<QString, QString>> filters;
    for (const QString &v : p.typeValues)
        filters << qMakePair(u"type"_s, v);
    for (const QString &v : p.serviceDateValues)
        filters << qMakePair(u"service-date"_s, v);
    for (const QString &v : p.lastUpdatedValues)
        filters << qMakePair(u"_lastUpdated"_s, v);

    auto link = [&](int startIndex) -> QString {
        QList<QPair<QString, QString>> items {{u"_format"_s, u"application/json+fhir"_s},
            {u"startIndex"_s, QString::number(startIndex)}, {u"_count"_s, QString::number(p.count)},
            {ownKey, ownValue}};
        items += filters;
        return root + u'?' + QString::fromLatin1(toUrlEncoded(items));
    };
    PageLinks l;
    const int count = std::max(1, p.count);
    l.first = link(0);
    // In 64 bits: startIndex comes from the client and may be as large as an int holds.
    if (qint64(p.startIndex) + count < total)
        l.next = link(loopNext ? p.startIndex : p.startIndex + count);
    if (p.startIndex > 0)
        l.previous = link(std::max(0, p.startIndex - count));
    l.last = link(total > 0 ? ((total - 1) / count) * count : 0);

    QList<QPair<QString, QString>> selfItems {{u"_count"_s, QString::number(p.count)},
        {u"_format"_s, u"application/json+fhir"_s}, {ownKey, ownValue},
        {u"startIndex"_s, QString::number(p.startIndex)}};
    selfItems += filters;
    std::stable_sort(selfItems.begin(), selfItems.end(),
        [](const auto &a, const auto &b) { return a.first < b.first; });
    l.self = root + u"/?"_s + QString::fromLatin1(toUrlEncoded(selfItems));
    return l;
}

} // namespace bb::sandbox
