#include "sandbox/syntheticdata.h"

#include "sandbox/compactjson.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace bb::sandbox {

namespace {

QJsonObject loadTemplate(const QString &name)
{
    QFile f(u":/bbsandbox/templates/"_s + name);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

const QString kLoadedAt = u"2023-03-10T14:17:07.293-04:00"_s;

QJsonObject withValue(QJsonObject o, const QString &key, const QJsonValue &v)
{
    o.insert(key, v);
    return o;
}

} // namespace

SyntheticData::SyntheticData(quint64 seed)
    : m_seed(seed)
    , m_population(seed)
    , m_generator(seed)
    , m_eobCache(256 * 1024) // KiB: about 16,000 claims
{
}

QByteArray SyntheticData::patientJson(const Beneficiary &b) const
{
    static const QJsonObject tmpl = loadTemplate(u"patient.json"_s);
    QJsonObject p = tmpl;
    p.insert(u"id"_s, b.patientId);
    p.insert(u"meta"_s, withValue(p.value(u"meta"_s).toObject(), u"lastUpdated"_s, kLoadedAt));

    QJsonArray extensions = p.value(u"extension"_s).toArray();
    for (qsizetype i = 0; i < extensions.size(); ++i) {
        QJsonObject e = extensions.at(i).toObject();
        const QString url = e.value(u"url"_s).toString();
        if (url.endsWith(u"us-core-sex"_s))
            e.insert(u"valueCode"_s, b.gender == u"female"_s ? u"248152002"_s : u"248153007"_s);
        else if (url.endsWith(u"/rfrnc_yr"_s))
            e.insert(u"valueDate"_s, u"2023"_s);
        extensions.replace(i, e);
    }
    p.insert(u"extension"_s, extensions);

    // Prototypes from the template: [0] a historic MBI, [1] the current one, [4] the bene_id.
    const QJsonArray protos = tmpl.value(u"identifier"_s).toArray();
    QJsonArray identifiers;
    identifiers.append(withValue(protos.at(4).toObject(), u"value"_s, b.patientId));
    QJsonObject current = withValue(protos.at(1).toObject(), u"value"_s, b.mbi);
    const QDate medicareStart = std::max(b.birthDate.addYears(65), QDate(2016, 1, 1));
    current.insert(u"period"_s, QJsonObject {{u"start"_s, medicareStart.toString(Qt::ISODate)}});
    identifiers.append(current);
    if (b.index % 5 == 2) { // some beneficiaries had their MBI replaced once
        QString old = b.mbi;
        old[4] = u'K';
        old[10] = QChar::fromLatin1(char('0' + (b.index % 10)));
        identifiers.append(withValue(protos.at(0).toObject(), u"value"_s, old));
    }
    p.insert(u"identifier"_s, identifiers);

    QJsonArray given {b.givenName};
    if (!b.middleInitial.isEmpty())
        given.append(b.middleInitial);
    p.insert(u"name"_s,
        QJsonArray {QJsonObject {
            {u"use"_s, u"usual"_s}, {u"family"_s, b.familyName}, {u"given"_s, given}}});
    p.insert(u"gender"_s, b.gender);
    p.insert(u"birthDate"_s, b.birthDate.toString(Qt::ISODate));
    p.remove(u"deceasedDateTime"_s);
    p.insert(u"deceasedBoolean"_s, false);
    p.insert(u"address"_s,
        QJsonArray {QJsonObject {{u"state"_s, b.stateCode}, {u"postalCode"_s, b.postalCode}}});
    return compactJson(p);
}

QList<QByteArray> SyntheticData::coverageJson(const Beneficiary &b) const
{
    static const QJsonObject tmpl[4] = {loadTemplate(u"coverage-a.json"_s),
        loadTemplate(u"coverage-b.json"_s), loadTemplate(u"coverage-c.json"_s),
        loadTemplate(u"coverage-d.json"_s)};
    static const char parts[] = "abcd";
    const QDate start =
        std::max(b.birthDate.addYears(65), QDate(2014, 1, 1)).addDays(1 - b.birthDate.day());
    QList<QByteArray> out;
    for (int i = 0; i < 4; ++i) {
        QJsonObject c = tmpl[i];
        c.insert(u"id"_s, QString(u"part-%1-"_s.arg(QChar::fromLatin1(parts[i])) + b.patientId));
        c.insert(u"meta"_s, withValue(c.value(u"meta"_s).toObject(), u"lastUpdated"_s, kLoadedAt));
        c.insert(u"status"_s, u"active"_s);
        c.insert(u"subscriberId"_s, b.mbi);
        c.insert(
            u"beneficiary"_s, QJsonObject {{u"reference"_s, QString(u"Patient/"_s + b.patientId)}});
        if (c.contains(u"period"_s))
            c.insert(u"period"_s, QJsonObject {{u"start"_s, start.toString(Qt::ISODate)}});
        out.append(compactJson(c));
    }
    return out;
}

std::shared_ptr<const ClaimList> SyntheticData::claims(const Beneficiary &b)
{
    if (auto it = m_claimLists.constFind(b.index); it != m_claimLists.constEnd())
        return it.value();
    if (m_claimLists.size() > 512)
        m_claimLists.clear();
    auto list = m_generator.list(b);
    m_claimLists.insert(b.index, list);
    return list;
}

QByteArray SyntheticData::eobJson(const Beneficiary &b, const ClaimStub &claim)
{
    const QString key = b.patientId + u'/' + claim.resourceId();
    if (const QByteArray *cached = m_eobCache.object(key))
        return *cached;
    QByteArray json = m_generator.eobJson(b, claim);
    m_eobCache.insert(key, new QByteArray(json), std::max<qsizetype>(1, json.size() / 1024));
    return json;
}

QByteArray SyntheticData::metadataJson(const QUrl &base) const
{
    static const QJsonObject tmpl = loadTemplate(u"metadata.json"_s);
    QJsonObject m = tmpl;
    const QString root = base.toString(QUrl::StripTrailingSlash);
    auto uri = [](const QString &name, const QString &url) {
        return QJsonObject {{u"url"_s, name}, {u"valueUri"_s, url}};
    };
    QJsonObject security {{u"cors"_s, true},
        {u"service"_s,
            QJsonArray {QJsonObject {{u"text"_s, u"OAuth"_s},
                {u"coding"_s,
                    QJsonArray {QJsonObject {
                        {u"system"_s,
                            u"http://terminology.hl7.org/CodeSystem/restful-security-service"_s},
                        {u"code"_s, u"OAuth"_s}, {u"display"_s, u"OAuth"_s}}}}}}},
        {u"extension"_s,
            QJsonArray {QJsonObject {
                {u"url"_s,
                    u"http://fhir-registry.smarthealthit.org/StructureDefinition/oauth-uris"_s},
                {u"extension"_s,
                    QJsonArray {uri(u"token"_s, QString(root + u"/v2/o/token/"_s)),
                        uri(u"authorize"_s, QString(root + u"/v2/o/authorize/"_s)),
                        uri(u"revoke"_s, QString(root + u"/v2/o/revoke_token/"_s))}}}}}};
    QJsonArray rest = m.value(u"rest"_s).toArray();
    QJsonObject first = rest.at(0).toObject();
    first.insert(u"security"_s, security);
    rest.replace(0, first);
    m.insert(u"rest"_s, rest);
    QJsonObject implementation = m.value(u"implementation"_s).toObject();
    implementation.insert(u"url"_s, QString(root + u"/v2/fhir"_s));
    m.insert(u"implementation"_s, implementation);
    return compactJson(m);
}

} // namespace bb::sandbox
