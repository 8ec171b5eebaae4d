#include "views/claimjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace bb::views {

namespace {

// Adds only what is present: an absent value stays absent, like in the resource.
void put(QJsonObject &o, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        o.insert(key, value);
}

void put(QJsonObject &o, const QString &key, const QDate &value)
{
    if (value.isValid())
        o.insert(key, value.toString(Qt::ISODate));
}

void put(QJsonObject &o, const QString &key, std::optional<fhir::Money> value)
{
    // A decimal string keeps the exact cents ("1234.50") where a double could print 1234.5.
    if (value)
        o.insert(key, value->toPlainString());
}

void put(QJsonObject &o, const QString &key, std::optional<double> value)
{
    if (value)
        o.insert(key, *value);
}

QJsonObject coding(const fhir::Coding &c)
{
    QJsonObject o;
    put(o, u"system"_s, c.system);
    put(o, u"code"_s, c.code);
    put(o, u"display"_s, c.display);
    return o;
}

void putCoding(QJsonObject &o, const QString &key, const fhir::Coding &c)
{
    if (!c.isEmpty())
        o.insert(key, coding(c));
}

void putRange(QJsonObject &o, const QString &key, const fhir::DateRange &r)
{
    if (r.isEmpty())
        return;
    QJsonObject p;
    put(p, u"start"_s, r.start);
    put(p, u"end"_s, r.end);
    o.insert(key, p);
}

QJsonObject amounts(const fhir::AmountSummary &a)
{
    QJsonObject o;
    put(o, u"billed"_s, a.billed);
    put(o, u"allowed"_s, a.allowed);
    put(o, u"medicarePaid"_s, a.medicarePaid);
    put(o, u"paidToProvider"_s, a.paidToProvider);
    put(o, u"paidToPatient"_s, a.paidToPatient);
    put(o, u"deductible"_s, a.deductible);
    put(o, u"coinsurance"_s, a.coinsurance);
    put(o, u"patientPaid"_s, a.patientPaid);
    put(o, u"priorPayerPaid"_s, a.priorPayerPaid);
    put(o, u"nonCovered"_s, a.nonCovered);
    put(o, u"drugCost"_s, a.drugCost);
    return o;
}

QJsonArray adjudications(const QList<fhir::Adjudication> &list)
{
    QJsonArray out;
    for (const fhir::Adjudication &a : list) {
        QJsonObject o;
        put(o, u"category"_s, a.category);
        put(o, u"variable"_s, a.variable);
        put(o, u"label"_s, a.label);
        put(o, u"amount"_s, a.amount);
        put(o, u"reason"_s, a.reason);
        out.append(o);
    }
    return out;
}

// Writes `list` as an array of objects under `key`, each started with its sequence number and
// filled by `fill`; nothing is written for an empty list.
template<class T, class Fill>
void putSequenced(QJsonObject &o, const QString &key, const QList<T> &list, Fill fill)
{
    QJsonArray array;
    for (const T &element : list) {
        QJsonObject j {{u"sequence"_s, element.sequence}};
        fill(j, element);
        array.append(j);
    }
    if (!array.isEmpty())
        o.insert(key, array);
}

} // namespace

QByteArray claimFieldsJson(const fhir::Claim &c)
{
    QJsonObject o;
    put(o, u"id"_s, c.id);
    put(o, u"type"_s, c.typeCode);
    put(o, u"status"_s, c.status);
    put(o, u"outcome"_s, c.outcome);
    put(o, u"claimNumber"_s, c.claimNumber);
    put(o, u"claimGroup"_s, c.claimGroup);
    put(o, u"patient"_s, c.patient);
    put(o, u"coverage"_s, c.coverage);
    putRange(o, u"billablePeriod"_s, c.billablePeriod);
    if (c.lastUpdated.isValid())
        o.insert(u"lastUpdated"_s, c.lastUpdated.toString(Qt::ISODateWithMs));
    put(o, u"providerId"_s, c.providerId);
    put(o, u"providerName"_s, c.providerName);
    put(o, u"facilityId"_s, c.facilityId);
    put(o, u"facilityName"_s, c.facilityName);
    o.insert(u"amounts"_s, amounts(c.amounts));
    put(o, u"payment"_s, c.payment);
    put(o, u"paymentDate"_s, c.paymentDate);
    putRange(o, u"admission"_s, c.admission);
    putCoding(o, u"drg"_s, c.drg);
    put(o, u"receivedDate"_s, c.receivedDate);

    putSequenced(o, u"careTeam"_s, c.careTeam, [](QJsonObject &t, const fhir::CareTeamMember &m) {
        put(t, u"id"_s, m.id);
        put(t, u"idType"_s, m.idType);
        put(t, u"name"_s, m.name);
        put(t, u"role"_s, m.role);
        put(t, u"specialty"_s, m.specialty);
    });

    putSequenced(o, u"diagnoses"_s, c.diagnoses, [](QJsonObject &j, const fhir::Diagnosis &d) {
        put(j, u"code"_s, d.code);
        put(j, u"system"_s, d.system);
        put(j, u"display"_s, d.display);
        put(j, u"type"_s, d.type);
        put(j, u"onAdmission"_s, d.onAdmission);
    });

    putSequenced(o, u"procedures"_s, c.procedures, [](QJsonObject &j, const fhir::Procedure &p) {
        put(j, u"code"_s, p.code);
        put(j, u"system"_s, p.system);
        put(j, u"display"_s, p.display);
        put(j, u"date"_s, p.date);
    });

    putSequenced(o, u"supportingInfo"_s, c.supportingInfo,
        [](QJsonObject &j, const fhir::SupportingInfo &s) {
            put(j, u"category"_s, s.category);
            put(j, u"label"_s, s.label);
            put(j, u"code"_s, s.code);
            put(j, u"codeDisplay"_s, s.codeDisplay);
            putRange(j, u"timing"_s, s.timing);
            put(j, u"quantity"_s, s.quantity);
        });

    putSequenced(o, u"items"_s, c.items, [](QJsonObject &j, const fhir::LineItem &i) {
        putCoding(j, u"service"_s, i.service);
        putCoding(j, u"ndc"_s, i.ndc);
        putCoding(j, u"revenue"_s, i.revenue);
        if (!i.modifiers.isEmpty())
            j.insert(u"modifiers"_s, QJsonArray::fromStringList(i.modifiers));
        putRange(j, u"serviced"_s, i.serviced);
        put(j, u"quantity"_s, i.quantity);
        putCoding(j, u"placeOfService"_s, i.placeOfService);
        put(j, u"locationState"_s, i.locationState);
        j.insert(u"amounts"_s, amounts(i.amounts));
        j.insert(u"adjudications"_s, adjudications(i.adjudications));
    });
    if (!c.totals.isEmpty())
        o.insert(u"totals"_s, adjudications(c.totals));

    if (c.fill) {
        const fhir::PrescriptionFill &f = *c.fill;
        QJsonObject j;
        putCoding(j, u"drug"_s, f.drug);
        put(j, u"quantity"_s, f.quantity);
        if (f.daysSupply)
            j.insert(u"daysSupply"_s, *f.daysSupply);
        if (f.fillNumber)
            j.insert(u"fillNumber"_s, *f.fillNumber);
        put(j, u"pharmacyId"_s, f.pharmacyId);
        put(j, u"pharmacyName"_s, f.pharmacyName);
        put(j, u"pharmacyType"_s, f.pharmacyType);
        put(j, u"prescriberId"_s, f.prescriberId);
        put(j, u"prescriberName"_s, f.prescriberName);
        o.insert(u"prescription"_s, j);
    }
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

QByteArray indentedJson(const QByteArray &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    return doc.isNull() ? json : doc.toJson(QJsonDocument::Indented);
}

} // namespace bb::views
