#include "sandbox/syntheticdata.h"

#include "sandbox/compactjson.h"
#include "sandbox/prng.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

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

QJsonObject withValue(QJsonObject o, const QString &key, const QJsonValue &v)
{
    o.insert(key, v);
    return o;
}

// Part D contract and plan of December after a plan change.
QJsonArray withNewPlan(QJsonArray extensions, const Beneficiary &b, int revision)
{
    Prng plan(Prng::mix(quint64(b.index), quint64(revision), 0x91a4));
    const QString contract = u"S%1"_s.arg(1000 + plan.below(9000));
    const QString pbp = u"%1"_s.arg(1 + plan.below(99), 3, 10, QLatin1Char('0'));
    for (qsizetype i = 0; i < extensions.size(); ++i) {
        QJsonObject e = extensions.at(i).toObject();
        const QString url = e.value(u"url"_s).toString();
        const bool isContract = url.endsWith(u"/ptdcntrct12"_s);
        if (isContract || url.endsWith(u"/ptdpbpid12"_s)) {
            QJsonObject coding = e.value(u"valueCoding"_s).toObject();
            coding.insert(u"code"_s, isContract ? contract : pbp);
            coding.remove(u"display"_s);
            e.insert(u"valueCoding"_s, coding);
            extensions.replace(i, e);
        }
    }
    return extensions;
}

// BFD's order: claim id string, then type.
void sortClaims(ClaimList &list)
{
    std::sort(list.claims.begin(), list.claims.end(), [](const ClaimStub &a, const ClaimStub &b) {
        const int cmp = a.claimId.compare(b.claimId);
        if (cmp != 0)
            return cmp < 0;
        return a.type < b.type;
    });
    list.indexById.clear();
    list.indexById.reserve(qsizetype(list.claims.size()));
    for (std::size_t i = 0; i < list.claims.size(); ++i)
        list.indexById.insert(list.claims[i].resourceId(), int(i));
}

} // namespace

SyntheticData::SyntheticData(quint64 seed, const SandboxClock *clock)
    : m_seed(seed)
    , m_population(seed)
    , m_generator(seed)
    , m_clock(clock ? clock : &m_ownClock)
    , m_eobCache(256 * 1024) // KiB: about 16,000 claims
{
}

void SyntheticData::setChanges(const DataChanges &changes)
{
    m_changes = changes;
    ++m_changesGeneration;
    m_live.clear();
}

void SyntheticData::followClock()
{
    const qint64 origin = m_clock->originMSecs();
    if (origin == m_originMs)
        return;
    m_originMs = origin;
    const QDate today = QDateTime::fromMSecsSinceEpoch(origin, Qt::UTC).date();
    if (today != m_generator.today()) {
        m_generator.setToday(today);
        m_claimLists.clear();
        m_eobCache.clear();
    }
    m_live.clear();
}

qint64 SyntheticData::loadedAtMs()
{
    followClock();
    return m_generator.initialLoadMs();
}

qint64 SyntheticData::historyShiftDays()
{
    followClock();
    return m_generator.shiftDays();
}

std::shared_ptr<const ClaimList> SyntheticData::baseClaims(const Beneficiary &b)
{
    if (auto it = m_claimLists.constFind(b.index); it != m_claimLists.constEnd())
        return it.value();
    if (m_claimLists.size() > 512)
        m_claimLists.clear();
    auto list = std::const_pointer_cast<ClaimList>(m_generator.list(b));
    list->version = 'd' + QByteArray::number(m_generator.today().toJulianDay());
    m_claimLists.insert(b.index, list);
    return list;
}

const SyntheticData::Live &SyntheticData::live(const Beneficiary &b)
{
    followClock();
    const qint64 now = m_clock->nowMSecs();
    std::vector<ChangeEvent> events = dailyChanges(m_changes, b.index, m_originMs, now);
    const std::size_t daily = events.size();
    if (const auto it = m_scripted.constFind(b.index); it != m_scripted.constEnd()) {
        for (const ChangeEvent &e : it.value()) {
            if (e.atMs <= now)
                events.push_back(e);
        }
    }
    // Events only ever join the set as time passes, so the counts name it.
    QByteArray version = 'd' + QByteArray::number(m_generator.today().toJulianDay());
    if (!events.empty())
        version += 'o' + QByteArray::number(m_originMs) + 'c'
            + QByteArray::number(m_changesGeneration) + 'n' + QByteArray::number(daily) + 'g'
            + QByteArray::number(events.size() - daily);
    if (const auto it = m_live.constFind(b.index);
        it != m_live.constEnd() && it.value().version == version)
        return it.value();

    if (m_live.size() > 512)
        m_live.clear();
    Live state;
    state.version = version;
    state.profile.patientUpdatedMs = m_generator.initialLoadMs();
    state.profile.coverageUpdatedMs.fill(m_generator.initialLoadMs());
    const auto base = baseClaims(b);
    if (events.empty()) {
        state.claims = base;
    } else {
        std::stable_sort(events.begin(), events.end(),
            [](const ChangeEvent &x, const ChangeEvent &y) { return x.atMs < y.atMs; });
        auto list = std::make_shared<ClaimList>();
        list->claims = base->claims;
        applyChanges(events, b, list->claims, state.profile);
        sortClaims(*list);
        list->version = version;
        state.claims = list;
    }
    return *m_live.insert(b.index, state);
}

AppliedChanges SyntheticData::applyClaimChanges(const Beneficiary &b, const ClaimChanges &changes)
{
    const auto before = claims(b);
    const std::vector<ChangeEvent> events =
        scriptedChanges(changes, b.index, m_clock->nowMSecs(), ++m_scriptedSequence);
    std::vector<ChangeEvent> &scripted = m_scripted[b.index];
    scripted.insert(scripted.end(), events.begin(), events.end());
    const auto after = claims(b);

    AppliedChanges out;
    for (const ClaimStub &c : after->claims) {
        const QString id = c.resourceId();
        const auto it = before->indexById.constFind(id);
        if (it == before->indexById.constEnd())
            out.added << id;
        else if (before->claims[std::size_t(it.value())].revision != c.revision)
            out.updated << id;
    }
    for (const ClaimStub &c : before->claims) {
        if (!after->indexById.contains(c.resourceId()))
            out.removed << c.resourceId();
    }
    return out;
}

void SyntheticData::updateDemographics(const Beneficiary &b, Demographics which)
{
    ChangeEvent e;
    e.atMs = m_clock->nowMSecs();
    e.kind = which == Demographics::Patient ? ChangeEvent::Kind::UpdatePatient
                                            : ChangeEvent::Kind::UpdateCoverage;
    e.draw = Prng::mix(m_seed, quint64(b.index), ++m_scriptedSequence, 0xde40);
    m_scripted[b.index].push_back(e);
}

qint64 SyntheticData::patientLastUpdatedMs(const Beneficiary &b)
{
    return live(b).profile.patientUpdatedMs;
}

std::array<qint64, 4> SyntheticData::coverageLastUpdatedMs(const Beneficiary &b)
{
    return live(b).profile.coverageUpdatedMs;
}

QByteArray SyntheticData::patientJson(const Beneficiary &b)
{
    static const QJsonObject tmpl = loadTemplate(u"patient.json"_s);
    const ProfileState profile = live(b).profile;
    QJsonObject p = tmpl;
    p.insert(u"id"_s, b.patientId);
    p.insert(u"meta"_s,
        withValue(p.value(u"meta"_s).toObject(), u"lastUpdated"_s,
            ClaimGenerator::formatInstant(profile.patientUpdatedMs)));

    QJsonArray extensions = p.value(u"extension"_s).toArray();
    for (qsizetype i = 0; i < extensions.size(); ++i) {
        QJsonObject e = extensions.at(i).toObject();
        const QString url = e.value(u"url"_s).toString();
        if (url.endsWith(u"us-core-sex"_s))
            e.insert(u"valueCode"_s, b.gender == u"female"_s ? u"248152002"_s : u"248153007"_s);
        else if (url.endsWith(u"/rfrnc_yr"_s))
            e.insert(u"valueDate"_s,
                QString::number(QDate(2023, 6, 30).addDays(m_generator.shiftDays()).year()));
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
    QString postalCode = b.postalCode;
    if (profile.patientRevision > 0) { // a move within the state
        Prng move(Prng::mix(m_seed, quint64(b.index), quint64(profile.patientRevision), 0x307e));
        postalCode = b.postalCode.left(b.postalCode.size() - 3)
            + u"%1"_s.arg(move.below(1000), 3, 10, QLatin1Char('0'));
    }
    p.insert(u"address"_s,
        QJsonArray {QJsonObject {{u"state"_s, b.stateCode}, {u"postalCode"_s, postalCode}}});
    return compactJson(p);
}

QList<QByteArray> SyntheticData::coverageJson(const Beneficiary &b)
{
    const ProfileState profile = live(b).profile;
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
        c.insert(u"meta"_s,
            withValue(c.value(u"meta"_s).toObject(), u"lastUpdated"_s,
                ClaimGenerator::formatInstant(profile.coverageUpdatedMs[std::size_t(i)])));
        c.insert(u"status"_s, u"active"_s);
        c.insert(u"subscriberId"_s, b.mbi);
        c.insert(
            u"beneficiary"_s, QJsonObject {{u"reference"_s, QString(u"Patient/"_s + b.patientId)}});
        if (c.contains(u"period"_s))
            c.insert(u"period"_s, QJsonObject {{u"start"_s, start.toString(Qt::ISODate)}});
        const int revision = profile.coverageRevision[std::size_t(i)];
        if (i == 3 && revision > 0) // Part D: a new plan from December
            c.insert(u"extension"_s, withNewPlan(c.value(u"extension"_s).toArray(), b, revision));
        out.append(compactJson(c));
    }
    return out;
}

std::shared_ptr<const ClaimList> SyntheticData::claims(const Beneficiary &b)
{
    return live(b).claims;
}

QByteArray SyntheticData::eobJson(const Beneficiary &b, const ClaimStub &claim)
{
    followClock();
    // Everything a change can alter: the same claim id may be updated at other moments or
    // added by another change under other settings.
    const QString key = b.patientId + u'/' + claim.resourceId() + u'/'
        + QString::number(claim.revision) + u'/' + QString::number(claim.lastUpdatedMs) + u'/'
        + QString::number(claim.origin, 16);
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
