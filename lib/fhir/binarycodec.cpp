#include "binarycodec.h"

#include <QDataStream>
#include <QHash>
#include <QIODevice>
#include <QtEndian>

#include <cstring>
#include <type_traits>

namespace bb::fhir::binarycodec {

namespace {

constexpr quint32 kMagic = 0x42425459; // "BBTY"

// Writes the body; strings become numbers into a table written in front of it.
class Writer
{
public:
    Writer()
        : m_out(&m_body, QIODevice::WriteOnly)
    {
        m_out.setVersion(QDataStream::Qt_6_4);
        m_table.append(QString()); // 0: the empty string
    }

    QByteArray finish()
    {
        QByteArray bytes;
        QDataStream out(&bytes, QIODevice::WriteOnly);
        out.setVersion(QDataStream::Qt_6_4);
        out << kMagic << kVersion << m_table;
        bytes += m_body;
        return bytes;
    }

    void str(const QString &s)
    {
        if (s.isEmpty()) {
            m_out << quint32(0);
            return;
        }
        auto it = m_ids.constFind(s);
        if (it == m_ids.cend()) {
            it = m_ids.insert(s, quint32(m_table.size()));
            m_table.append(s);
        }
        m_out << *it;
    }
    void strs(const QStringList &list)
    {
        m_out << quint32(list.size());
        for (const QString &s : list)
            str(s);
    }
    template<typename T>
    void num(T value)
    {
        m_out << value;
    }
    void date(const QDate &d) { m_out << qint64(d.isValid() ? d.toJulianDay() : INT64_MIN); }
    void time(const QDateTime &t)
    {
        m_out << qint64(t.isValid() ? t.toMSecsSinceEpoch() : INT64_MIN);
        m_out << qint32(t.isValid() ? t.offsetFromUtc() : 0);
    }
    void range(const DateRange &r)
    {
        date(r.start);
        date(r.end);
    }
    void money(const std::optional<Money> &m) { m_out << bool(m) << qint64(m ? m->cents() : 0); }
    template<typename T>
    void opt(const std::optional<T> &v)
    {
        m_out << bool(v) << (v ? *v : T {});
    }
    void coding(const Coding &c)
    {
        str(c.system);
        str(c.code);
        str(c.display);
    }
    template<typename T, typename F>
    void list(const QList<T> &items, F each)
    {
        m_out << quint32(items.size());
        for (const T &item : items)
            each(item);
    }

private:
    QByteArray m_body;
    QDataStream m_out;
    QHash<QString, quint32> m_ids;
    QStringList m_table;
};

// Reads what Writer wrote. The string table goes through QDataStream; the body, hundreds of
// small numbers per claim, is read straight from the bytes in QDataStream's layout (big-endian,
// bool as one byte, double as eight): a stream call per number made decoding a 10,000-claim
// record several times slower.
class Reader
{
public:
    explicit Reader(const QByteArray &bytes)
        : m_bytes(bytes)
    {
        QDataStream in(bytes);
        in.setVersion(QDataStream::Qt_6_4);
        quint32 magic = 0;
        quint32 version = 0;
        in >> magic >> version;
        if (magic != kMagic || version != kVersion)
            return;
        in >> m_table;
        if (in.status() != QDataStream::Ok || m_table.isEmpty())
            return;
        const qint64 offset = in.device()->pos();
        m_next = reinterpret_cast<const uchar *>(m_bytes.constData()) + offset;
        m_end = reinterpret_cast<const uchar *>(m_bytes.constData()) + m_bytes.size();
        m_ok = true;
    }

    bool ok() const { return m_ok; }
    bool atEnd() const { return m_next == m_end; }

    QString str()
    {
        const quint32 id = num<quint32>();
        if (id >= quint32(m_table.size())) {
            m_ok = false;
            return {};
        }
        return m_table.at(id);
    }
    QStringList strs()
    {
        QStringList list;
        const quint32 n = count();
        list.reserve(n);
        for (quint32 i = 0; i < n && ok(); ++i)
            list.append(str());
        return list;
    }
    template<typename T>
    T num()
    {
        if (!m_ok || m_end - m_next < qsizetype(sizeof(T))) {
            m_ok = false;
            m_next = m_end;
            return T {};
        }
        T value {};
        if constexpr (std::is_same_v<T, bool>) {
            value = *m_next != 0;
        } else if constexpr (std::is_same_v<T, double>) {
            const quint64 bits = qFromBigEndian<quint64>(m_next);
            std::memcpy(&value, &bits, sizeof value);
        } else {
            static_assert(std::is_integral_v<T>);
            value = qFromBigEndian<T>(m_next);
        }
        m_next += sizeof(T);
        return value;
    }
    QDate date()
    {
        const qint64 day = num<qint64>();
        return day == INT64_MIN ? QDate() : QDate::fromJulianDay(day);
    }
    QDateTime time()
    {
        const qint64 ms = num<qint64>();
        const qint32 offset = num<qint32>();
        if (ms == INT64_MIN)
            return {};
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::OffsetFromUTC, offset);
    }
    DateRange range()
    {
        DateRange r;
        r.start = date();
        r.end = date();
        return r;
    }
    std::optional<Money> money()
    {
        const bool has = num<bool>();
        const qint64 cents = num<qint64>();
        return has ? std::optional<Money>(Money::fromCents(cents)) : std::nullopt;
    }
    template<typename T>
    std::optional<T> opt()
    {
        const bool has = num<bool>();
        const T value = num<T>();
        return has ? std::optional<T>(value) : std::nullopt;
    }
    Coding coding()
    {
        Coding c;
        c.system = str();
        c.code = str();
        c.display = str();
        return c;
    }
    // A list length, refused when it could not possibly fit in what is left (a damaged
    // length must not make us reserve gigabytes).
    quint32 count()
    {
        const quint32 n = num<quint32>();
        if (qint64(n) > m_end - m_next) {
            m_ok = false;
            return 0;
        }
        return n;
    }
    template<typename T, typename F>
    QList<T> list(F each)
    {
        QList<T> items;
        const quint32 n = count();
        items.reserve(n);
        for (quint32 i = 0; i < n && ok(); ++i)
            items.append(each());
        return items;
    }

private:
    QByteArray m_bytes; // shared with the caller's; keeps m_next valid
    QStringList m_table;
    const uchar *m_next = nullptr;
    const uchar *m_end = nullptr;
    bool m_ok = false;
};

void amounts(Writer &w, const AmountSummary &a)
{
    for (const auto *m :
        {&a.billed, &a.allowed, &a.medicarePaid, &a.paidToProvider, &a.paidToPatient, &a.deductible,
            &a.coinsurance, &a.patientPaid, &a.priorPayerPaid, &a.nonCovered, &a.drugCost})
        w.money(*m);
}

AmountSummary amounts(Reader &r)
{
    AmountSummary a;
    for (auto *m :
        {&a.billed, &a.allowed, &a.medicarePaid, &a.paidToProvider, &a.paidToPatient, &a.deductible,
            &a.coinsurance, &a.patientPaid, &a.priorPayerPaid, &a.nonCovered, &a.drugCost})
        *m = r.money();
    return a;
}

void adjudication(Writer &w, const Adjudication &a)
{
    w.num(quint8(a.meaning));
    w.str(a.category);
    w.str(a.variable);
    w.str(a.label);
    w.money(a.amount);
    w.str(a.reason);
}

Adjudication adjudication(Reader &r)
{
    Adjudication a;
    a.meaning = AmountMeaning(r.num<quint8>());
    a.category = r.str();
    a.variable = r.str();
    a.label = r.str();
    a.amount = r.money();
    a.reason = r.str();
    return a;
}

void patient(Writer &w, const Patient &p)
{
    w.str(p.id);
    w.list(p.names, [&w](const HumanName &n) {
        w.str(n.use);
        w.str(n.family);
        w.strs(n.given);
        w.str(n.text);
    });
    w.str(p.gender);
    w.str(p.sex);
    w.date(p.birthDate);
    w.num(p.deceased);
    w.date(p.deceasedDate);
    w.str(p.race);
    w.str(p.ethnicity);
    w.str(p.state);
    w.str(p.postalCode);
    w.list(p.identifiers, [&w](const PatientIdentifier &i) {
        w.num(quint8(i.kind));
        w.str(i.system);
        w.str(i.value);
        w.str(i.typeCode);
        w.num(i.current);
        w.date(i.since);
    });
    w.num(qint32(p.referenceYear));
    w.str(p.dualStatus);
    w.time(p.lastUpdated);
}

Patient patient(Reader &r)
{
    Patient p;
    p.id = r.str();
    p.names = r.list<HumanName>([&r]() {
        HumanName n;
        n.use = r.str();
        n.family = r.str();
        n.given = r.strs();
        n.text = r.str();
        return n;
    });
    p.gender = r.str();
    p.sex = r.str();
    p.birthDate = r.date();
    p.deceased = r.num<bool>();
    p.deceasedDate = r.date();
    p.race = r.str();
    p.ethnicity = r.str();
    p.state = r.str();
    p.postalCode = r.str();
    p.identifiers = r.list<PatientIdentifier>([&r]() {
        PatientIdentifier i;
        i.kind = PatientIdentifier::Kind(r.num<quint8>());
        i.system = r.str();
        i.value = r.str();
        i.typeCode = r.str();
        i.current = r.num<bool>();
        i.since = r.date();
        return i;
    });
    p.referenceYear = r.num<qint32>();
    p.dualStatus = r.str();
    p.lastUpdated = r.time();
    return p;
}

void coverage(Writer &w, const Coverage &c)
{
    w.str(c.id);
    w.num(quint8(c.part));
    for (const QString *s : {&c.plan, &c.group, &c.status})
        w.str(*s);
    w.range(c.period);
    for (const QString *s : {&c.subscriberId, &c.beneficiary, &c.relationship, &c.payor})
        w.str(*s);
    w.num(qint32(c.referenceYear));
    for (const QString *s : {&c.medicareStatus, &c.entitlementReason, &c.currentEntitlementReason,
             &c.esrd, &c.terminationCode, &c.dualStatus, &c.contractId, &c.planBenefitPackage})
        w.str(*s);
    w.list(c.details, [&w](const CoverageDetail &d) {
        w.str(d.variable);
        w.str(d.code);
        w.str(d.display);
    });
    w.time(c.lastUpdated);
}

Coverage coverage(Reader &r)
{
    Coverage c;
    c.id = r.str();
    c.part = Coverage::Part(r.num<quint8>());
    for (QString *s : {&c.plan, &c.group, &c.status})
        *s = r.str();
    c.period = r.range();
    for (QString *s : {&c.subscriberId, &c.beneficiary, &c.relationship, &c.payor})
        *s = r.str();
    c.referenceYear = r.num<qint32>();
    for (QString *s : {&c.medicareStatus, &c.entitlementReason, &c.currentEntitlementReason,
             &c.esrd, &c.terminationCode, &c.dualStatus, &c.contractId, &c.planBenefitPackage})
        *s = r.str();
    c.details = r.list<CoverageDetail>([&r]() {
        CoverageDetail d;
        d.variable = r.str();
        d.code = r.str();
        d.display = r.str();
        return d;
    });
    c.lastUpdated = r.time();
    return c;
}

void claim(Writer &w, const Claim &c)
{
    w.str(c.id);
    w.num(quint8(c.type));
    for (const QString *s : {&c.typeCode, &c.status, &c.outcome, &c.claimNumber, &c.claimGroup,
             &c.patient, &c.coverage})
        w.str(*s);
    w.range(c.billablePeriod);
    w.time(c.created);
    w.time(c.lastUpdated);
    for (const QString *s : {&c.providerId, &c.providerName, &c.facilityName, &c.facilityId})
        w.str(*s);
    w.list(c.careTeam, [&w](const CareTeamMember &m) {
        w.num(qint32(m.sequence));
        for (const QString *s : {&m.id, &m.idType, &m.name, &m.role, &m.roleDisplay, &m.specialty})
            w.str(*s);
        w.num(m.responsible);
    });
    w.list(c.diagnoses, [&w](const Diagnosis &d) {
        w.num(qint32(d.sequence));
        for (const QString *s : {&d.code, &d.system, &d.display, &d.type, &d.onAdmission})
            w.str(*s);
    });
    w.list(c.procedures, [&w](const Procedure &p) {
        w.num(qint32(p.sequence));
        for (const QString *s : {&p.code, &p.system, &p.display})
            w.str(*s);
        w.date(p.date);
    });
    w.list(c.supportingInfo, [&w](const SupportingInfo &i) {
        w.num(qint32(i.sequence));
        for (const QString *s : {&i.category, &i.label, &i.code, &i.codeDisplay})
            w.str(*s);
        w.range(i.timing);
        w.opt(i.quantity);
    });
    w.list(c.items, [&w](const LineItem &l) {
        w.num(qint32(l.sequence));
        w.coding(l.service);
        w.coding(l.ndc);
        w.coding(l.revenue);
        w.strs(l.modifiers);
        w.range(l.serviced);
        w.opt(l.quantity);
        w.coding(l.placeOfService);
        w.str(l.locationState);
        w.list(l.adjudications, [&w](const Adjudication &a) { adjudication(w, a); });
        amounts(w, l.amounts);
    });
    w.list(c.totals, [&w](const Adjudication &a) { adjudication(w, a); });
    w.money(c.payment);
    w.date(c.paymentDate);
    w.list(c.benefitBalances, [&w](const BenefitBalance &b) {
        w.str(b.variable);
        w.str(b.label);
        w.money(b.money);
        w.opt(b.count);
    });
    amounts(w, c.amounts);
    w.num(bool(c.fill));
    if (c.fill) {
        const PrescriptionFill &f = *c.fill;
        w.coding(f.drug);
        w.opt(f.quantity);
        w.opt(f.daysSupply);
        w.opt(f.fillNumber);
        for (const QString *s :
            {&f.pharmacyId, &f.pharmacyName, &f.pharmacyType, &f.prescriberId, &f.prescriberName})
            w.str(*s);
    }
    w.range(c.admission);
    w.coding(c.drg);
    w.date(c.receivedDate);
}

Claim claim(Reader &r)
{
    Claim c;
    c.id = r.str();
    c.type = ClaimType(r.num<quint8>());
    for (QString *s : {&c.typeCode, &c.status, &c.outcome, &c.claimNumber, &c.claimGroup,
             &c.patient, &c.coverage})
        *s = r.str();
    c.billablePeriod = r.range();
    c.created = r.time();
    c.lastUpdated = r.time();
    for (QString *s : {&c.providerId, &c.providerName, &c.facilityName, &c.facilityId})
        *s = r.str();
    c.careTeam = r.list<CareTeamMember>([&r]() {
        CareTeamMember m;
        m.sequence = r.num<qint32>();
        for (QString *s : {&m.id, &m.idType, &m.name, &m.role, &m.roleDisplay, &m.specialty})
            *s = r.str();
        m.responsible = r.num<bool>();
        return m;
    });
    c.diagnoses = r.list<Diagnosis>([&r]() {
        Diagnosis d;
        d.sequence = r.num<qint32>();
        for (QString *s : {&d.code, &d.system, &d.display, &d.type, &d.onAdmission})
            *s = r.str();
        return d;
    });
    c.procedures = r.list<Procedure>([&r]() {
        Procedure p;
        p.sequence = r.num<qint32>();
        for (QString *s : {&p.code, &p.system, &p.display})
            *s = r.str();
        p.date = r.date();
        return p;
    });
    c.supportingInfo = r.list<SupportingInfo>([&r]() {
        SupportingInfo i;
        i.sequence = r.num<qint32>();
        for (QString *s : {&i.category, &i.label, &i.code, &i.codeDisplay})
            *s = r.str();
        i.timing = r.range();
        i.quantity = r.opt<double>();
        return i;
    });
    c.items = r.list<LineItem>([&r]() {
        LineItem l;
        l.sequence = r.num<qint32>();
        l.service = r.coding();
        l.ndc = r.coding();
        l.revenue = r.coding();
        l.modifiers = r.strs();
        l.serviced = r.range();
        l.quantity = r.opt<double>();
        l.placeOfService = r.coding();
        l.locationState = r.str();
        l.adjudications = r.list<Adjudication>([&r]() { return adjudication(r); });
        l.amounts = amounts(r);
        return l;
    });
    c.totals = r.list<Adjudication>([&r]() { return adjudication(r); });
    c.payment = r.money();
    c.paymentDate = r.date();
    c.benefitBalances = r.list<BenefitBalance>([&r]() {
        BenefitBalance b;
        b.variable = r.str();
        b.label = r.str();
        b.money = r.money();
        b.count = r.opt<qint64>();
        return b;
    });
    c.amounts = amounts(r);
    if (r.num<bool>()) {
        PrescriptionFill f;
        f.drug = r.coding();
        f.quantity = r.opt<double>();
        f.daysSupply = r.opt<int>();
        f.fillNumber = r.opt<int>();
        for (QString *s :
            {&f.pharmacyId, &f.pharmacyName, &f.pharmacyType, &f.prescriberId, &f.prescriberName})
            *s = r.str();
        c.fill = f;
    }
    c.admission = r.range();
    c.drg = r.coding();
    c.receivedDate = r.date();
    return c;
}

} // namespace

QByteArray encode(const TypedResources &resources)
{
    Writer w;
    w.list(resources.patients, [&w](const Patient &p) { patient(w, p); });
    w.list(resources.coverages, [&w](const Coverage &c) { coverage(w, c); });
    w.list(resources.claims, [&w](const Claim &c) { claim(w, c); });
    return w.finish();
}

std::optional<TypedResources> decode(const QByteArray &bytes)
{
    Reader r(bytes);
    if (!r.ok())
        return std::nullopt;
    TypedResources out;
    out.patients = r.list<Patient>([&r]() { return patient(r); });
    out.coverages = r.list<Coverage>([&r]() { return coverage(r); });
    out.claims = r.list<Claim>([&r]() { return claim(r); });
    if (!r.ok() || !r.atEnd())
        return std::nullopt;
    return out;
}

} // namespace bb::fhir::binarycodec
