#include "export/claimscsv.h"

#include "export/csvwriter.h"

#include <QCoreApplication>

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

QString typeText(const Claim &c, CsvHeaders headers)
{
    if (c.type == fhir::ClaimType::Unknown)
        return c.typeCode.toLower();
    return headers == CsvHeaders::Labels ? fhir::claimTypeDisplayName(c.type)
                                         : fhir::claimTypeKey(c.type);
}

QString label(const char *text)
{
    return QCoreApplication::translate("bb::exporting::ClaimsCsv", text);
}

// The headers as shown on screen, in the app's language.
template<std::size_t N>
QStringList labels(const char *const (&titles)[N])
{
    QStringList out;
    out.reserve(qsizetype(N));
    for (const char *t : titles)
        out << label(t);
    return out;
}

} // namespace

QStringList claimsCsvLabels()
{
    static const char *const titles[] = {QT_TRANSLATE_NOOP("bb::exporting::ClaimsCsv", "Claim ID"),
        QT_TRANSLATE_NOOP("bb::exporting::ClaimsCsv", "Type"),
        QT_TRANSLATE_NOOP("bb::exporting::ClaimsCsv", "From"),
        QT_TRANSLATE_NOOP("bb::exporting::ClaimsCsv", "To"),
        QT_TRANSLATE_NOOP("bb::exporting::ClaimsCsv", "Payment"),
        QT_TRANSLATE_NOOP("bb::exporting::ClaimsCsv", "Amount billed"),
        QT_TRANSLATE_NOOP("bb::exporting::ClaimsCsv", "Medicare-approved amount"),
        QT_TRANSLATE_NOOP("bb::exporting::ClaimsCsv", "Medicare paid"),
        QT_TRANSLATE_NOOP("bb::exporting::ClaimsCsv", "Deductible"),
        QT_TRANSLATE_NOOP("bb::exporting::ClaimsCsv", "Coinsurance"),
        QT_TRANSLATE_NOOP("bb::exporting::ClaimsCsv", "You paid"),
        QT_TRANSLATE_NOOP("bb::exporting::ClaimsCsv", "You may owe"),
        QT_TRANSLATE_NOOP("bb::exporting::ClaimsCsv", "Other insurance paid"),
        QT_TRANSLATE_NOOP("bb::exporting::ClaimsCsv", "Not covered"),
        QT_TRANSLATE_NOOP("bb::exporting::ClaimsCsv", "Status"),
        QT_TRANSLATE_NOOP("bb::exporting::ClaimsCsv", "Provider NPI"),
        QT_TRANSLATE_NOOP("bb::exporting::ClaimsCsv", "Provider or pharmacy"),
        QT_TRANSLATE_NOOP("bb::exporting::ClaimsCsv", "Main diagnosis"),
        QT_TRANSLATE_NOOP("bb::exporting::ClaimsCsv", "Diagnosis codes"),
        QT_TRANSLATE_NOOP("bb::exporting::ClaimsCsv", "Drug code (NDC)"),
        QT_TRANSLATE_NOOP("bb::exporting::ClaimsCsv", "Drug"),
        QT_TRANSLATE_NOOP("bb::exporting::ClaimsCsv", "Days' supply"),
        QT_TRANSLATE_NOOP("bb::exporting::ClaimsCsv", "Lines")};
    return labels(titles);
}

QStringList claimLinesCsvLabels()
{
    static const char *const titles[] = {QT_TRANSLATE_NOOP("bb::exporting::ClaimsCsv", "Claim ID"),
        QT_TRANSLATE_NOOP("bb::exporting::ClaimsCsv", "Type"),
        QT_TRANSLATE_NOOP("bb::exporting::ClaimsCsv", "Line"),
        QT_TRANSLATE_NOOP("bb::exporting::ClaimsCsv", "Service code"),
        QT_TRANSLATE_NOOP("bb::exporting::ClaimsCsv", "Code system"),
        QT_TRANSLATE_NOOP("bb::exporting::ClaimsCsv", "Service"),
        QT_TRANSLATE_NOOP("bb::exporting::ClaimsCsv", "Modifiers"),
        QT_TRANSLATE_NOOP("bb::exporting::ClaimsCsv", "Revenue center"),
        QT_TRANSLATE_NOOP("bb::exporting::ClaimsCsv", "From"),
        QT_TRANSLATE_NOOP("bb::exporting::ClaimsCsv", "To"),
        QT_TRANSLATE_NOOP("bb::exporting::ClaimsCsv", "Quantity"),
        QT_TRANSLATE_NOOP("bb::exporting::ClaimsCsv", "Place of service"),
        QT_TRANSLATE_NOOP("bb::exporting::ClaimsCsv", "Amount billed"),
        QT_TRANSLATE_NOOP("bb::exporting::ClaimsCsv", "Medicare-approved amount"),
        QT_TRANSLATE_NOOP("bb::exporting::ClaimsCsv", "Medicare paid"),
        QT_TRANSLATE_NOOP("bb::exporting::ClaimsCsv", "Deductible"),
        QT_TRANSLATE_NOOP("bb::exporting::ClaimsCsv", "Coinsurance"),
        QT_TRANSLATE_NOOP("bb::exporting::ClaimsCsv", "You paid")};
    return labels(titles);
}

QStringList claimsCsvColumns()
{
    return {u"claim_id"_s, u"claim_type"_s, u"service_start"_s, u"service_end"_s,
        u"payment_amount"_s, u"billed_amount"_s, u"allowed_amount"_s, u"medicare_paid"_s,
        u"deductible"_s, u"coinsurance"_s, u"patient_paid"_s, u"patient_responsibility"_s,
        u"prior_payer_paid"_s, u"non_covered"_s, u"status"_s, u"provider_id"_s, u"provider_name"_s,
        u"principal_diagnosis"_s, u"diagnosis_codes"_s, u"drug_ndc"_s, u"drug_name"_s,
        u"days_supply"_s, u"line_count"_s};
}

QString claimsCsv(const QList<Claim> &claims, CsvHeaders headers)
{
    CsvWriter csv;
    csv.addHeader(headers == CsvHeaders::Labels ? claimsCsvLabels() : claimsCsvColumns());
    for (const Claim &c : claims) {
        csv.text(c.id);
        csv.text(typeText(c, headers));
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

QString claimLinesCsv(const QList<Claim> &claims, CsvHeaders headers)
{
    CsvWriter csv;
    csv.addHeader(headers == CsvHeaders::Labels ? claimLinesCsvLabels() : claimLinesCsvColumns());
    for (const Claim &c : claims) {
        for (const fhir::LineItem &l : c.items) {
            csv.text(c.id);
            csv.text(
                headers == CsvHeaders::Labels ? typeText(c, headers) : fhir::claimTypeKey(c.type));
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
