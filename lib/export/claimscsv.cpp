#include "export/claimscsv.h"

#include "export/csvwriter.h"

using namespace Qt::StringLiterals;

namespace bb::exporting {

namespace {

using fhir::Claim;
using fhir::Money;

QString isoDate(QDate d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString amount(const std::optional<Money> &m)
{
    return m ? m->toPlainString() : QString();
}

QString quantity(const std::optional<double> &q)
{
    return q ? QString::number(*q, 'g', 12) : QString();
}

} // namespace

QStringList claimsCsvColumns()
{
    return {u"claim_id"_s, u"claim_type"_s, u"service_start"_s, u"service_end"_s,
        u"payment_amount"_s, u"billed_amount"_s, u"allowed_amount"_s, u"medicare_paid"_s,
        u"deductible"_s, u"coinsurance"_s, u"patient_paid"_s, u"patient_responsibility"_s,
        u"prior_payer_paid"_s, u"non_covered"_s, u"status"_s, u"provider_id"_s, u"provider_name"_s,
        u"principal_diagnosis"_s, u"diagnosis_codes"_s, u"drug_ndc"_s, u"drug_name"_s,
        u"days_supply"_s, u"line_count"_s};
}

QString claimsCsv(const QList<Claim> &claims)
{
    CsvWriter csv;
    csv.addHeader(claimsCsvColumns());
    for (const Claim &c : claims) {
        csv.text(c.id);
        csv.text(
            c.type == fhir::ClaimType::Unknown ? c.typeCode.toLower() : fhir::claimTypeKey(c.type));
        csv.text(isoDate(c.billablePeriod.start));
        csv.text(isoDate(c.billablePeriod.end));
        csv.number(amount(c.payment));
        const fhir::AmountSummary &a = c.amounts;
        csv.number(amount(a.billed));
        csv.number(amount(a.allowed));
        csv.number(amount(a.medicarePaid));
        csv.number(amount(a.deductible));
        csv.number(amount(a.coinsurance));
        csv.number(amount(a.patientPaid));
        csv.number(amount(a.patientResponsibility()));
        csv.number(amount(a.priorPayerPaid));
        csv.number(amount(a.nonCovered));
        csv.text(c.status);
        csv.text(c.fill ? c.fill->pharmacyId : c.providerId);
        csv.text(c.providerDisplayName());
        const fhir::Diagnosis *principal = c.principalDiagnosis();
        csv.text(principal ? principal->code : QString());
        QStringList codes;
        for (const fhir::Diagnosis &d : c.diagnoses) {
            if (!d.code.isEmpty()) // an entry without a code is no item of the list
                codes << d.code;
        }
        csv.text(codes.join(u';'));
        csv.text(c.fill ? c.fill->drug.code : QString());
        csv.text(c.fill ? c.fill->drug.display : QString());
        csv.number(c.fill && c.fill->daysSupply ? QString::number(*c.fill->daysSupply) : QString());
        csv.number(QString::number(c.items.size()));
        csv.endRow();
    }
    return csv.result();
}

QStringList claimLinesCsvColumns()
{
    return {u"claim_id"_s, u"claim_type"_s, u"line_number"_s, u"service_code"_s,
        u"service_system"_s, u"service_name"_s, u"modifiers"_s, u"revenue_code"_s,
        u"service_start"_s, u"service_end"_s, u"quantity"_s, u"place_of_service"_s,
        u"billed_amount"_s, u"allowed_amount"_s, u"medicare_paid"_s, u"deductible"_s,
        u"coinsurance"_s, u"patient_paid"_s};
}

QString claimLinesCsv(const QList<Claim> &claims)
{
    CsvWriter csv;
    csv.addHeader(claimLinesCsvColumns());
    for (const Claim &c : claims) {
        for (const fhir::LineItem &l : c.items) {
            csv.text(c.id);
            csv.text(fhir::claimTypeKey(c.type));
            csv.number(QString::number(l.sequence));
            csv.text(l.service.code);
            csv.text(l.service.system.mid(l.service.system.lastIndexOf(u'/') + 1));
            csv.text(l.service.display.isEmpty() ? l.ndc.display : l.service.display);
            csv.text(l.modifiers.join(u';'));
            csv.text(l.revenue.code);
            csv.text(isoDate(l.serviced.start));
            csv.text(isoDate(l.serviced.end));
            csv.number(quantity(l.quantity));
            csv.text(l.placeOfService.display.isEmpty()
                    ? l.placeOfService.code
                    : l.placeOfService.code + u": "_s + l.placeOfService.display);
            csv.number(amount(l.amounts.billed));
            csv.number(amount(l.amounts.allowed));
            csv.number(amount(l.amounts.medicarePaid));
            csv.number(amount(l.amounts.deductible));
            csv.number(amount(l.amounts.coinsurance));
            csv.number(amount(l.amounts.patientPaid));
            csv.endRow();
        }
    }
    return csv.result();
}

} // namespace bb::exporting
