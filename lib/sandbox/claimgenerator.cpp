#include "sandbox/claimgenerator.h"

#include "sandbox/codetables.h"
#include "sandbox/compactjson.h"
#include "sandbox/prng.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace bb::sandbox {

namespace {

// The code of an element's first category coding ("submitted", "clmrecvddate", ...).
QString categoryCode(const QJsonObject &element)
{
    return element.value(u"category"_s)
        .toObject()
        .value(u"coding"_s)
        .toArray()
        .at(0)
        .toObject()
        .value(u"code"_s)
        .toString();
}

const qint64 kWindowStart = QDate(2015, 1, 1).toJulianDay();
const qint64 kWindowEnd = QDate(2023, 6, 30).toJulianDay();
const qint64 kInitialLoad = QDate(2023, 3, 10).toJulianDay();
constexpr qint64 kEasternOffsetSecs = -4 * 3600;
constexpr qint64 kDayMs = 86400000;
// The Friday after the data set's extraction (createdTimestamp() before shifting).
const qint64 kExtractedBy = QDate(2023, 7, 21).toJulianDay();

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

// The length of a claim's service period, by type.
int periodLength(ClaimType type, Prng &prng)
{
    switch (type) {
    case ClaimType::Inpatient:
        return prng.range(1, 9);
    case ClaimType::Snf:
        return prng.range(8, 40);
    case ClaimType::Hospice:
        return prng.range(14, 60);
    case ClaimType::Hha:
        return prng.range(20, 59);
    case ClaimType::Dme:
        return prng.chance(0.3) ? 30 : 0;
    default:
        return 0;
    }
}

QByteArray drawClaimId(ClaimType type, Prng &prng)
{
    const bool longId = type == ClaimType::Carrier || type == ClaimType::Dme;
    const quint64 magnitude = longId ? 10000000000000ULL + prng.next() % 9000000000000ULL
                                     : 1000000000ULL + prng.next() % 8999999999ULL;
    return '-' + QByteArray::number(magnitude);
}

const QJsonObject &eobTemplate(ClaimType type)
{
    static const std::array<QJsonObject, kClaimTypeCount> templates = [] {
        std::array<QJsonObject, kClaimTypeCount> t;
        for (int i = 0; i < kClaimTypeCount; ++i) {
            QFile f(u":/bbsandbox/templates/eob-%1.json"_s.arg(claimTypeName(ClaimType(i))));
            if (f.open(QIODevice::ReadOnly))
                t[std::size_t(i)] = QJsonDocument::fromJson(f.readAll()).object();
        }
        return t;
    }();
    return templates[std::size_t(type)];
}

QString isoDate(qint64 julianDay)
{
    return QDate::fromJulianDay(julianDay).toString(Qt::ISODate);
}

QJsonValue money(qint64 cents)
{
    return QJsonObject {{u"value"_s, double(cents) / 100.0}, {u"currency"_s, u"USD"_s}};
}

QString coveragePart(ClaimType type)
{
    switch (type) {
    case ClaimType::Inpatient:
    case ClaimType::Snf:
    case ClaimType::Hospice:
    case ClaimType::Dme:
        return u"part-a"_s; // as BFD's own responses have it
    case ClaimType::Pde:
        return u"part-d"_s;
    default:
        return u"part-b"_s;
    }
}

// Line money that adds up: allowed <= billed, paid + patient share = allowed.
struct LineMoney
{
    qint64 billed = 0;
    qint64 allowed = 0;
    qint64 deductible = 0;
    qint64 coinsurance = 0;
    qint64 paid = 0;
    qint64 drugCost = 0; // PDE
    qint64 patientPay = 0; // PDE
    qint64 planPaid = 0; // PDE
    qint64 patientShare() const { return deductible + coinsurance; }
};

qint64 roundCents(double v)
{
    return qint64(std::llround(v));
}

LineMoney medicalLine(Prng &prng, qint64 basePriceCents, int units, bool firstOfYear)
{
    LineMoney m;
    m.billed = roundCents(double(basePriceCents) * units * (0.9 + 0.5 * prng.unit()));
    m.allowed = roundCents(double(m.billed) * (0.32 + 0.45 * prng.unit()));
    m.deductible = firstOfYear ? std::min<qint64>(m.allowed, 22600) : 0;
    m.coinsurance = roundCents(double(m.allowed - m.deductible) * 0.2);
    m.paid = m.allowed - m.deductible - m.coinsurance;
    return m;
}

// A revised claim (a data change): the allowed amount or the patient's share is adjusted, as
// when a claim is reprocessed; the amounts still add up.
void revise(LineMoney &m, bool pde, Prng &revision)
{
    const double factor = 0.8 + 0.35 * revision.unit();
    // Never the same amount again: a client must have something new to show.
    auto revised = [&](qint64 old, qint64 cap) {
        const qint64 v = std::min<qint64>(cap, roundCents(double(old) * factor) + 1);
        return v != old ? v : std::max<qint64>(0, old - 1);
    };
    if (pde) {
        m.patientPay = revised(m.patientPay, m.drugCost);
        m.planPaid = m.drugCost - m.patientPay;
        return;
    }
    m.allowed = revised(m.allowed, m.billed);
    m.deductible = std::min(m.deductible, m.allowed);
    m.coinsurance = roundCents(double(m.allowed - m.deductible) * 0.2);
    m.paid = m.allowed - m.deductible - m.coinsurance;
}

// The amount an adjudication entry carries, by the BB variable it names.
qint64 adjudicationAmount(const QString &variable, const LineMoney &m, int units)
{
    static const QHash<QString, int> kinds = {
        {u"line_sbmtd_chrg_amt"_s, 1},
        {u"rev_cntr_tot_chrg_amt"_s, 1},
        {u"rev_cntr_rate_amt"_s, 2},
        {u"line_alowd_chrg_amt"_s, 3},
        {u"line_prmry_alowd_chrg_amt"_s, 3},
        {u"line_dme_prchs_price_amt"_s, 3},
        {u"line_nch_pmt_amt"_s, 4},
        {u"line_prvdr_pmt_amt"_s, 4},
        {u"rev_cntr_prvdr_pmt_amt"_s, 4},
        {u"rev_cntr_pmt_amt_amt"_s, 4},
        {u"line_bene_ptb_ddctbl_amt"_s, 5},
        {u"rev_cntr_cash_ddctbl_amt"_s, 5},
        {u"line_coinsrnc_amt"_s, 6},
        {u"rev_cntr_coinsrnc_wge_adjstd_c"_s, 6},
        {u"rev_cntr_ncvrd_chrg_amt"_s, 7},
        {u"rev_cntr_ptnt_rspnsblty_pmt"_s, 8},
        {u"tot_rx_cst_amt"_s, 9},
        {u"gdc_blw_oopt_amt"_s, 9},
        {u"ptnt_pay_amt"_s, 10},
        {u"cvrd_d_plan_pd_amt"_s, 11},
    };
    switch (kinds.value(variable, 0)) {
    case 1:
        return m.billed;
    case 2:
        return units > 0 ? m.billed / units : m.billed;
    case 3:
        return m.allowed;
    case 4:
        return m.paid;
    case 5:
        return m.deductible;
    case 6:
        return m.coinsurance;
    case 7:
        return m.billed - m.allowed;
    case 8:
        return m.patientShare();
    case 9:
        return m.drugCost;
    case 10:
        return m.patientPay;
    case 11:
        return m.planPaid;
    default:
        return 0;
    }
}

QJsonArray withAmounts(const QJsonArray &adjudications, const LineMoney &m, int units)
{
    QJsonArray out;
    for (const QJsonValue v : adjudications) {
        QJsonObject a = v.toObject();
        if (a.contains(u"amount"_s)) {
            const QJsonArray codings =
                a.value(u"category"_s).toObject().value(u"coding"_s).toArray();
            const QString variable =
                codings.last().toObject().value(u"code"_s).toString().section(u'/', -1);
            a.insert(u"amount"_s, money(adjudicationAmount(variable, m, units)));
        }
        out.append(a);
    }
    return out;
}

QJsonObject icd10Concept(const Diagnosis &d)
{
    const QString code = QString::fromLatin1(d.code);
    const QString display = QString::fromLatin1(d.display);
    return QJsonObject {{u"coding"_s,
        QJsonArray {
            QJsonObject {{u"system"_s, u"http://hl7.org/fhir/sid/icd-10-cm"_s}, {u"code"_s, code},
                {u"display"_s, display}},
            QJsonObject {{u"system"_s, u"http://hl7.org/fhir/sid/icd-10"_s}, {u"code"_s, code},
                {u"display"_s, display}},
        }}};
}

QJsonObject withPath(QJsonObject o, const QString &key, const QJsonValue &value)
{
    o.insert(key, value);
    return o;
}

// Sets identifier.value of a provider-like object, and its display when it has one.
QJsonObject withProvider(QJsonObject provider, const QString &npi, const QString &display)
{
    if (provider.contains(u"identifier"_s))
        provider.insert(
            u"identifier"_s, withPath(provider.value(u"identifier"_s).toObject(), u"value"_s, npi));
    if (provider.contains(u"display"_s))
        provider.insert(u"display"_s, display);
    return provider;
}

int lineCount(ClaimType type, Prng &prng)
{
    switch (type) {
    case ClaimType::Carrier:
        return prng.chance(0.7) ? 1 : prng.range(2, 5);
    case ClaimType::Dme:
        return prng.range(1, 3);
    case ClaimType::Hha:
        return prng.range(1, 4);
    case ClaimType::Hospice:
        return prng.range(1, 3);
    case ClaimType::Inpatient:
        return prng.range(3, 10);
    case ClaimType::Outpatient:
        return prng.range(2, 8);
    case ClaimType::Snf:
        return prng.range(2, 6);
    case ClaimType::Pde:
        return 1;
    }
    return 1;
}

} // namespace

QString ClaimStub::resourceId() const
{
    return claimTypeName(type) + u'-' + QString::fromLatin1(claimId);
}

ClaimGenerator::ClaimGenerator(quint64 seed)
    : m_seed(seed)
{
}

qint64 ClaimGenerator::historyShiftDays(const QDate &today)
{
    return floorDiv(today.toJulianDay() - kExtractedBy, 7) * 7;
}

qint64 ClaimGenerator::shiftDays() const
{
    return m_today.isValid() ? historyShiftDays(m_today) : 0;
}

QString ClaimGenerator::createdTimestamp() const
{
    return QDate(2023, 7, 20).addDays(shiftDays()).toString(Qt::ISODate) + u"T21:40:41-04:00"_s;
}

qint64 ClaimGenerator::initialLoadMs() const
{
    const QDateTime loaded(QDate::fromJulianDay(kInitialLoad), QTime(14, 17, 7, 293),
        Qt::OffsetFromUTC, int(kEasternOffsetSecs));
    return loaded.toMSecsSinceEpoch() + shiftDays() * kDayMs;
}

ClaimStub ClaimGenerator::newClaim(
    const Beneficiary &bene, quint64 draw, qint64 atMs, const QSet<QByteArray> &taken)
{
    Prng prng(draw);
    // The beneficiary's own mix of claim types; someone without claims starts with the
    // commonest ones.
    ClaimCounts weights = bene.claims;
    if (bene.totalClaims() == 0)
        weights = {3, 0, 0, 0, 0, 1, 4, 0};
    int total = 0;
    for (int w : weights)
        total += w;
    int pick = int(prng.below(quint32(total)));
    int t = 0;
    while (pick >= weights[std::size_t(t)]) {
        pick -= weights[std::size_t(t)];
        ++t;
    }
    ClaimStub c;
    c.type = ClaimType(t);
    c.origin = draw == 0 ? 1 : draw;
    do {
        c.claimId = drawClaimId(c.type, prng);
    } while (taken.contains(c.claimId));
    // Eastern time, as the loads are stamped.
    const qint64 today =
        QDateTime::fromMSecsSinceEpoch(atMs, Qt::OffsetFromUTC, int(kEasternOffsetSecs))
            .date()
            .toJulianDay();
    if (c.type == ClaimType::Pde) {
        // Pharmacy claims arrive within days of the fill.
        c.drug = int(prng.below(quint32(kDrugs.size())));
        c.daysSupply =
            kDrugs[std::size_t(c.drug)].chronic ? (prng.chance(0.25) ? 90 : 30) : prng.range(5, 10);
        c.startDay = c.endDay = today - prng.range(1, 5);
    } else {
        c.endDay = today - prng.range(3, 14);
        c.startDay = c.endDay - periodLength(c.type, prng);
    }
    c.lastUpdatedMs = atMs;
    return c;
}

QString ClaimGenerator::formatInstant(qint64 ms)
{
    const QDateTime local =
        QDateTime::fromMSecsSinceEpoch(ms, Qt::OffsetFromUTC, int(kEasternOffsetSecs));
    return local.toString(u"yyyy-MM-ddTHH:mm:ss.zzz"_s) + u"-04:00"_s;
}

std::shared_ptr<const ClaimList> ClaimGenerator::list(const Beneficiary &bene) const
{
    auto out = std::make_shared<ClaimList>();
    out->claims.reserve(std::size_t(bene.totalClaims()));
    QSet<QByteArray> used;
    used.reserve(bene.totalClaims());
    const qint64 span = kWindowEnd - kWindowStart;

    for (int t = 0; t < kClaimTypeCount; ++t) {
        const auto type = ClaimType(t);
        const int n = bene.claims[std::size_t(t)];
        Prng prng(Prng::mix(m_seed, quint64(bene.index), quint64(t) + 1, 0x11));

        // Chronic prescriptions are refilled on a schedule; about one fill in eight is acute.
        const int chronicDrugs = std::max(2, (n + 109) / 110);
        std::vector<int> drugOf(static_cast<std::size_t>(chronicDrugs));
        std::vector<int> interval(static_cast<std::size_t>(chronicDrugs));
        std::vector<qint64> firstFill(static_cast<std::size_t>(chronicDrugs));
        std::vector<int> fills(static_cast<std::size_t>(chronicDrugs), 0);
        for (int d = 0; d < chronicDrugs; ++d) {
            int drug;
            do {
                drug = int(prng.below(quint32(kDrugs.size())));
            } while (!kDrugs[std::size_t(drug)].chronic);
            drugOf[std::size_t(d)] = drug;
            interval[std::size_t(d)] = prng.chance(0.25) ? 90 : 30;
            firstFill[std::size_t(d)] =
                kWindowStart + prng.below(quint32(std::max<qint64>(1, span / 3)));
        }

        for (int i = 0; i < n; ++i) {
            ClaimStub c;
            c.type = type;
            c.ordinal = i;
            do {
                c.claimId = drawClaimId(type, prng);
            } while (used.contains(c.claimId));
            used.insert(c.claimId);

            qint64 start = kWindowStart + qint64(prng.below(quint32(span)));
            const int length = type == ClaimType::Pde ? 0 : periodLength(type, prng);
            if (type == ClaimType::Pde) {
                if (i % 8 == 7) {
                    int drug;
                    do {
                        drug = int(prng.below(quint32(kDrugs.size())));
                    } while (kDrugs[std::size_t(drug)].chronic);
                    c.drug = drug;
                    c.daysSupply = prng.range(5, 10);
                } else {
                    const int slot = int(prng.below(quint32(chronicDrugs)));
                    const auto s = std::size_t(slot);
                    c.drug = drugOf[s];
                    c.fill = fills[s]++;
                    c.daysSupply = interval[s];
                    start = firstFill[s] + qint64(c.fill) * interval[s] + prng.range(0, 3);
                    if (start > kWindowEnd)
                        start = kWindowStart + (start - kWindowStart) % span;
                }
            }
            c.startDay = start;
            c.endDay = std::min(start + length, kWindowEnd);
            // Claims arrive in weekly loads (Fridays) a week or more after they end.
            qint64 load = std::max(kInitialLoad, c.endDay + 7 + prng.range(0, 6));
            while (QDate::fromJulianDay(load).dayOfWeek() != 5)
                ++load;
            const QDateTime loaded(QDate::fromJulianDay(load), QTime(14, 17, 7, 293),
                Qt::OffsetFromUTC, int(kEasternOffsetSecs));
            c.lastUpdatedMs = loaded.toMSecsSinceEpoch() + prng.below(600000);
            out->claims.push_back(std::move(c));
        }
    }

    if (m_today.isValid() && !out->claims.empty()) {
        // The newest load goes to the Friday one or two weeks before today.
        qint64 newest = 0;
        for (const ClaimStub &c : out->claims)
            newest = std::max(newest, c.lastUpdatedMs);
        const qint64 newestLoad =
            QDateTime::fromMSecsSinceEpoch(newest, Qt::OffsetFromUTC, int(kEasternOffsetSecs))
                .date()
                .toJulianDay();
        const qint64 shift = floorDiv(m_today.toJulianDay() - 7 - newestLoad, 7) * 7;
        for (ClaimStub &c : out->claims) {
            c.startDay += shift;
            c.endDay += shift;
            c.lastUpdatedMs += shift * kDayMs;
        }
    }

    std::sort(out->claims.begin(), out->claims.end(), [](const ClaimStub &a, const ClaimStub &b) {
        const int cmp = a.claimId.compare(b.claimId);
        if (cmp != 0)
            return cmp < 0;
        return a.type < b.type;
    });
    out->indexById.reserve(qsizetype(out->claims.size()));
    for (std::size_t i = 0; i < out->claims.size(); ++i)
        out->indexById.insert(out->claims[i].resourceId(), int(i));
    return out;
}

QByteArray ClaimGenerator::eobJson(const Beneficiary &bene, const ClaimStub &c) const
{
    Prng prng(c.origin != 0 ? Prng::mix(m_seed, quint64(bene.index), quint64(c.type) + 1, c.origin)
                            : Prng::mix(m_seed, quint64(bene.index), quint64(c.type) + 1,
                                quint64(c.ordinal) + 0x1000));
    // Revisions draw from their own stream so that everything else stays as it was.
    Prng revision(Prng::mix(m_seed, quint64(c.claimId.toLongLong()), quint64(c.revision), 0x4e7));
    QJsonObject eob = eobTemplate(c.type);
    const QString claimId = QString::fromLatin1(c.claimId);
    const QString start = isoDate(c.startDay);
    const QString end = isoDate(c.endDay);
    const bool pde = c.type == ClaimType::Pde;

    eob.insert(u"id"_s, c.resourceId());
    eob.insert(u"meta"_s,
        withPath(
            eob.value(u"meta"_s).toObject(), u"lastUpdated"_s, formatInstant(c.lastUpdatedMs)));

    QJsonArray identifiers = eob.value(u"identifier"_s).toArray();
    for (qsizetype i = 0; i < identifiers.size(); ++i) {
        QJsonObject id = identifiers.at(i).toObject();
        const QString system = id.value(u"system"_s).toString();
        if (system.endsWith(u"/clm_id"_s) || system.endsWith(u"/pde_id"_s))
            id.insert(u"value"_s, claimId);
        else if (system.endsWith(u"/claim-group"_s))
            id.insert(
                u"value"_s, QString::number(-qint64(1000000000ULL + prng.next() % 8999999999ULL)));
        else
            id.insert(u"value"_s, QString::number(100000 + prng.below(899999)));
        identifiers.replace(i, id);
    }
    eob.insert(u"identifier"_s, identifiers);
    eob.insert(
        u"patient"_s, QJsonObject {{u"reference"_s, QString(u"Patient/"_s + bene.patientId)}});
    QJsonObject period = eob.value(u"billablePeriod"_s).toObject();
    period.insert(u"start"_s, start);
    period.insert(u"end"_s, end);
    eob.insert(u"billablePeriod"_s, period);
    eob.insert(u"created"_s, createdTimestamp());

    QJsonArray insurance = eob.value(u"insurance"_s).toArray();
    QJsonObject focal = insurance.at(0).toObject();
    focal.insert(u"coverage"_s,
        withPath(focal.value(u"coverage"_s).toObject(), u"reference"_s,
            QString(u"Coverage/"_s + coveragePart(c.type) + u'-' + bene.patientId)));
    insurance.replace(0, focal);
    eob.insert(u"insurance"_s, insurance);

    // Providers.
    const ProviderName &doctor = prng.pick(kPhysicians);
    const QString doctorNpi = makeNpi(prng.next());
    const QString orgNpi = makeNpi(prng.next());
    const QString facilityName = QString::fromLatin1(prng.pick(kFacilities));
    if (eob.contains(u"provider"_s))
        eob.insert(u"provider"_s,
            withProvider(eob.value(u"provider"_s).toObject(), pde ? orgNpi : doctorNpi,
                QString::fromLatin1(doctor.name)));
    if (pde && eob.contains(u"facility"_s))
        eob.insert(u"facility"_s,
            withProvider(eob.value(u"facility"_s).toObject(), orgNpi,
                QString::fromLatin1(prng.pick(kPharmacies))));
    if (eob.contains(u"contained"_s)) {
        QJsonArray contained = eob.value(u"contained"_s).toArray();
        QJsonObject org = contained.at(0).toObject();
        if (org.value(u"resourceType"_s).toString() == u"Organization"_s) {
            QJsonArray orgIds = org.value(u"identifier"_s).toArray();
            for (qsizetype i = 0; i < orgIds.size(); ++i) {
                QJsonObject id = orgIds.at(i).toObject();
                const bool isNpi = id.value(u"system"_s).toString().endsWith(u"us-npi"_s);
                id.insert(
                    u"value"_s, isNpi ? orgNpi : QString::number(100000 + prng.below(899999)));
                orgIds.replace(i, id);
            }
            org.insert(u"identifier"_s, orgIds);
            org.insert(u"name"_s, facilityName);
            contained.replace(0, org);
            eob.insert(u"contained"_s, contained);
        }
    }
    QJsonArray careTeam = eob.value(u"careTeam"_s).toArray();
    for (qsizetype i = 0; i < careTeam.size(); ++i) {
        QJsonObject member = careTeam.at(i).toObject();
        const ProviderName &who = i == 0 ? doctor : prng.pick(kPhysicians);
        const QString npi = i == 0 ? doctorNpi : makeNpi(prng.next());
        member.insert(u"provider"_s,
            withProvider(
                member.value(u"provider"_s).toObject(), npi, QString::fromLatin1(who.name)));
        if (member.contains(u"qualification"_s)) {
            member.insert(u"qualification"_s,
                QJsonObject {{u"coding"_s,
                    QJsonArray {QJsonObject {{u"system"_s, u"http://nucc.org/provider-taxonomy"_s},
                        {u"code"_s, QString::fromLatin1(who.taxonomy)},
                        {u"display"_s, QString::fromLatin1(who.taxonomyDisplay)}}}}});
        }
        careTeam.replace(i, member);
    }
    if (!careTeam.isEmpty())
        eob.insert(u"careTeam"_s, careTeam);

    // Diagnoses: a principal one, then a few others; chronic conditions come back claim after
    // claim.
    const QJsonArray diagnosisProtos = eob.value(u"diagnosis"_s).toArray();
    int diagnosisCount = 0;
    if (!diagnosisProtos.isEmpty()) {
        Prng chronic(Prng::mix(m_seed, quint64(bene.index), 0xd1a9));
        diagnosisCount = std::min<int>(int(diagnosisProtos.size()),
            prng.range(1, 4) + (c.type == ClaimType::Inpatient ? 3 : 0));
        QJsonArray diagnoses;
        for (int i = 0; i < diagnosisCount; ++i) {
            QJsonObject d = diagnosisProtos.at(i).toObject();
            const Diagnosis *dx = nullptr;
            if (prng.chance(0.5)) {
                do {
                    dx = &chronic.pick(kDiagnoses);
                } while (!dx->chronic);
            } else {
                dx = &prng.pick(kDiagnoses);
            }
            d.insert(u"sequence"_s, i + 1);
            d.insert(u"diagnosisCodeableConcept"_s, icd10Concept(*dx));
            diagnoses.append(d);
        }
        eob.insert(u"diagnosis"_s, diagnoses);
    }

    // Procedures (institutional claims).
    if (eob.contains(u"procedure"_s)) {
        const QJsonObject proto = eob.value(u"procedure"_s).toArray().at(0).toObject();
        const int n =
            c.type == ClaimType::Inpatient ? prng.range(1, 3) : (prng.chance(0.3) ? 1 : 0);
        QJsonArray procedures;
        for (int i = 0; i < n; ++i) {
            const Procedure &p = prng.pick(kProcedures);
            const QString code = QString::fromLatin1(p.code);
            const QString display = QString::fromLatin1(p.display);
            QJsonObject proc = proto;
            proc.insert(u"sequence"_s, i + 1);
            proc.insert(u"date"_s,
                QString(isoDate(c.startDay + std::min<qint64>(i, c.endDay - c.startDay))
                    + u"T00:00:00+00:00"_s));
            proc.insert(u"procedureCodeableConcept"_s,
                QJsonObject {{u"coding"_s,
                    QJsonArray {
                        QJsonObject {{u"system"_s, u"http://www.cms.gov/Medicare/Coding/ICD10"_s},
                            {u"code"_s, code}, {u"display"_s, display}},
                        QJsonObject {{u"system"_s, u"http://hl7.org/fhir/sid/icd-10"_s},
                            {u"code"_s, code}, {u"display"_s, display}}}}});
            procedures.append(proc);
        }
        if (procedures.isEmpty())
            eob.remove(u"procedure"_s);
        else
            eob.insert(u"procedure"_s, procedures);
    }

    // Lines.
    const QJsonObject itemProto = eob.value(u"item"_s).toArray().at(0).toObject();
    const int lines = lineCount(c.type, prng);
    const bool firstOfYear = QDate::fromJulianDay(c.startDay).month() <= 2 && prng.chance(0.5);
    QJsonArray items;
    qint64 totalBilled = 0;
    qint64 totalPaid = 0;
    LineMoney pdeMoney;
    for (int i = 0; i < lines; ++i) {
        QJsonObject item = itemProto;
        item.insert(u"sequence"_s, i + 1);
        if (item.contains(u"diagnosisSequence"_s))
            item.insert(u"diagnosisSequence"_s,
                QJsonArray {1 + (diagnosisCount > 0 ? i % diagnosisCount : 0)});
        int units = 1;
        LineMoney m;
        if (pde) {
            const Drug &drug = kDrugs[std::size_t(std::max(0, c.drug))];
            units = c.daysSupply * (prng.chance(0.3) ? 2 : 1);
            m.drugCost = qint64(drug.unitCostCents) * units + prng.range(100, 350);
            m.patientPay = std::min<qint64>(m.drugCost,
                prng.chance(0.6) ? prng.range(0, 2) * 500 + 100
                                 : roundCents(double(m.drugCost) * 0.25));
            m.planPaid = m.drugCost - m.patientPay;
            if (c.revision > 0)
                revise(m, true, revision);
            pdeMoney = m;
            item.insert(u"productOrService"_s,
                QJsonObject {{u"coding"_s,
                    QJsonArray {QJsonObject {{u"system"_s, u"http://hl7.org/fhir/sid/ndc"_s},
                        {u"code"_s, QString::fromLatin1(drug.ndc)},
                        {u"display"_s, QString::fromLatin1(drug.name)}}}}});
            item.insert(u"quantity"_s, QJsonObject {{u"value"_s, double(units)}});
        } else {
            const Service &svc = c.type == ClaimType::Dme ? prng.pick(kDmeServices)
                                                          : prng.pick(kProfessionalServices);
            units = prng.chance(0.8) ? 1 : prng.range(2, 6);
            m = medicalLine(prng, svc.priceCents, units, firstOfYear && i == 0);
            if (c.type == ClaimType::Inpatient || c.type == ClaimType::Snf)
                m = medicalLine(prng, svc.priceCents * 4, units, false);
            if (c.revision > 0)
                revise(m, false, revision);
            QJsonArray codings =
                item.value(u"productOrService"_s).toObject().value(u"coding"_s).toArray();
            for (qsizetype k = 0; k < codings.size(); ++k)
                codings.replace(k,
                    withPath(codings.at(k).toObject(), u"code"_s, QString::fromLatin1(svc.code)));
            item.insert(u"productOrService"_s, QJsonObject {{u"coding"_s, codings}});
            item.insert(u"quantity"_s, QJsonObject {{u"value"_s, units}});
            if (item.contains(u"revenue"_s)) {
                QJsonObject revenue = item.value(u"revenue"_s).toObject();
                QJsonArray revCodings = revenue.value(u"coding"_s).toArray();
                const RevenueCenter &rc = prng.pick(kRevenueCenters);
                revCodings.replace(0,
                    withPath(revCodings.at(0).toObject(), u"code"_s, QString::fromLatin1(rc.code)));
                revenue.insert(u"coding"_s, revCodings);
                item.insert(u"revenue"_s, revenue);
            }
        }
        if (item.contains(u"servicedDate"_s)) {
            // Most outpatient lines carry no date in the real sandbox data.
            if (c.type == ClaimType::Outpatient && prng.chance(0.95))
                item.remove(u"servicedDate"_s);
            else
                item.insert(u"servicedDate"_s, start);
        }
        if (item.contains(u"servicedPeriod"_s))
            item.insert(u"servicedPeriod"_s, QJsonObject {{u"start"_s, start}, {u"end"_s, end}});
        item.insert(
            u"adjudication"_s, withAmounts(item.value(u"adjudication"_s).toArray(), m, units));
        totalBilled += m.billed;
        totalPaid += m.paid;
        items.append(item);
    }
    eob.insert(u"item"_s, items);

    // Claim-level totals and payment.
    if (pde) {
        // 9 of 10 PDEs in the real sandbox sample have no total and an empty payment.
        if (prng.chance(0.9)) {
            eob.remove(u"total"_s);
            eob.insert(u"payment"_s, QJsonObject {});
        } else {
            QJsonArray totals = eob.value(u"total"_s).toArray();
            if (!totals.isEmpty())
                totals.replace(
                    0, withPath(totals.at(0).toObject(), u"amount"_s, money(pdeMoney.drugCost)));
            eob.insert(u"total"_s, totals);
            eob.insert(u"payment"_s, QJsonObject {{u"date"_s, isoDate(c.endDay + 14)}});
        }
    } else {
        QJsonArray totals = eob.value(u"total"_s).toArray();
        for (qsizetype i = 0; i < totals.size(); ++i) {
            QJsonObject t = totals.at(i).toObject();
            const QString category = categoryCode(t);
            t.insert(u"amount"_s, money(category == u"submitted"_s ? totalBilled : 0));
            totals.replace(i, t);
        }
        eob.insert(u"total"_s, totals);
        eob.insert(u"payment"_s, QJsonObject {{u"amount"_s, money(totalPaid)}});
    }

    // Supporting information dates and prescription details.
    QJsonArray info = eob.value(u"supportingInfo"_s).toArray();
    for (qsizetype i = 0; i < info.size(); ++i) {
        QJsonObject s = info.at(i).toObject();
        const QString category = categoryCode(s);
        if (s.contains(u"timingDate"_s))
            s.insert(u"timingDate"_s, isoDate(c.endDay + 7 + prng.range(0, 10)));
        if (s.contains(u"timingPeriod"_s))
            s.insert(u"timingPeriod"_s, QJsonObject {{u"start"_s, start}, {u"end"_s, end}});
        if (category == u"dayssupply"_s)
            s.insert(u"valueQuantity"_s, QJsonObject {{u"value"_s, c.daysSupply}});
        else if (category == u"refillnum"_s)
            s.insert(u"valueQuantity"_s, QJsonObject {{u"value"_s, c.fill}});
        info.replace(i, s);
    }
    if (!info.isEmpty())
        eob.insert(u"supportingInfo"_s, info);

    return compactJson(eob);
}

} // namespace bb::sandbox
