#include "report/visitsummary.h"

#include "models/cell.h"
#include "models/claimrow.h"
#include "models/claimsentence.h"
#include "models/coveragemodels.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace bb::report {

namespace {

// The context of the other reports' words (claimstatement.cpp, viewreports.cpp).
QString tr(const char *text)
{
    return QCoreApplication::translate("bb::report", text);
}

// The day a claim counts on: its last day of service, else its first.
QDate claimDay(const fhir::Claim &c)
{
    return c.serviceEnd().isValid() ? c.serviceEnd() : c.serviceStart();
}

QString specialtyOf(const fhir::Claim &c)
{
    for (const fhir::CareTeamMember &m : c.careTeam) {
        if (!m.specialty.isEmpty() && (m.id == c.providerId || m.responsible))
            return m.specialty;
    }
    for (const fhir::CareTeamMember &m : c.careTeam) {
        if (!m.specialty.isEmpty())
            return m.specialty;
    }
    return {};
}

QString number(qint64 n)
{
    return QLocale().toString(n);
}

TableColumn textColumn(const QString &title)
{
    return {title, Qt::AlignLeft, true};
}

TableColumn fixedColumn(const QString &title, Qt::Alignment alignment = Qt::AlignLeft)
{
    return {title, alignment, false};
}

} // namespace

VisitSummary summarizeForVisit(
    const QList<fhir::Claim> &claims, const QList<fhir::Coverage> &coverages, const QDate &today)
{
    VisitSummary s;
    s.today = today;
    s.diagnosesSince = today.addMonths(-24);
    s.prescriptionsSince = today.addMonths(-12);

    for (const fhir::Coverage &c : coverages) {
        const bool current = c.status == "active"_L1
            && (!c.period.start.isValid() || c.period.start <= today)
            && (!c.period.end.isValid() || c.period.end >= today);
        if (!current)
            continue;
        QString plan = c.contractId;
        if (!plan.isEmpty() && !c.planBenefitPackage.isEmpty())
            plan += u'-' + c.planBenefitPackage;
        const QString part = models::CoverageModel::partText(c.part);
        s.coverageNow << (plan.isEmpty() ? part : tr("%1: plan %2").arg(part, plan));
    }

    QHash<QString, qsizetype> diagnosisAt, drugAt, providerAt;
    for (const fhir::Claim &c : claims) {
        const QDate day = claimDay(c);
        if (!day.isValid() || day > today || day < s.diagnosesSince)
            continue;
        QSet<QString> codesOfClaim;
        for (const fhir::Diagnosis &d : c.diagnoses) {
            if (d.code.isEmpty() || codesOfClaim.contains(d.code))
                continue;
            codesOfClaim.insert(d.code);
            auto it = diagnosisAt.constFind(d.code);
            if (it == diagnosisAt.cend()) {
                it = diagnosisAt.insert(d.code, s.diagnoses.size());
                s.diagnoses.append({d.code, d.display, 0, {}});
            }
            VisitSummary::Diagnosis &seen = s.diagnoses[*it];
            ++seen.claims;
            if (seen.meaning.isEmpty())
                seen.meaning = d.display;
            seen.last = std::max(seen.last, day);
        }
        if (c.type == fhir::ClaimType::Pde) {
            if (day < s.prescriptionsSince || !c.fill)
                continue;
            const fhir::PrescriptionFill &f = *c.fill;
            const QString key = f.drug.code.isEmpty() ? f.drug.display : f.drug.code;
            auto it = drugAt.constFind(key);
            if (it == drugAt.cend()) {
                it = drugAt.insert(key, s.prescriptions.size());
                s.prescriptions.emplaceBack();
            }
            VisitSummary::Prescription &p = s.prescriptions[*it];
            ++p.fills;
            if (!p.lastFill.isValid() || day >= p.lastFill) {
                p.lastFill = day;
                p.drug = f.drug.display.isEmpty() ? f.drug.code : f.drug.display;
                p.ndc = f.drug.code;
                p.daysSupply = f.daysSupply;
                p.prescriber = f.prescriberName.isEmpty() ? f.prescriberId : f.prescriberName;
            }
            continue;
        }
        const QString name = c.providerDisplayName();
        const QString key = c.providerId.isEmpty() ? name : c.providerId;
        if (!key.isEmpty()) {
            auto it = providerAt.constFind(key);
            if (it == providerAt.cend()) {
                it = providerAt.insert(key, s.providers.size());
                s.providers.append({name, c.providerId, {}, {}, 0});
            }
            VisitSummary::Provider &p = s.providers[*it];
            ++p.claims;
            if (p.name.isEmpty())
                p.name = name;
            if (p.specialty.isEmpty())
                p.specialty = specialtyOf(c);
            p.lastVisit = std::max(p.lastVisit, day);
        }
        if (c.type == fhir::ClaimType::Inpatient || c.type == fhir::ClaimType::Snf) {
            VisitSummary::Stay stay;
            stay.type = c.type;
            stay.place = name;
            stay.from = c.admission.start.isValid() ? c.admission.start : c.serviceStart();
            stay.to = c.admission.end.isValid() ? c.admission.end : c.serviceEnd();
            if (const fhir::Diagnosis *d = c.principalDiagnosis())
                stay.diagnosis = models::codeWithDisplay(d->code, d->display);
            s.stays.append(stay);
        }
    }
    std::stable_sort(s.diagnoses.begin(), s.diagnoses.end(), [](const auto &a, const auto &b) {
        return a.claims != b.claims ? a.claims > b.claims : a.last > b.last;
    });
    std::stable_sort(s.prescriptions.begin(), s.prescriptions.end(),
        [](const auto &a, const auto &b) { return a.lastFill > b.lastFill; });
    std::stable_sort(s.providers.begin(), s.providers.end(),
        [](const auto &a, const auto &b) { return a.lastVisit > b.lastVisit; });
    std::stable_sort(s.stays.begin(), s.stays.end(),
        [](const auto &a, const auto &b) { return a.from > b.from; });
    return s;
}

ReportDocument visitSummaryReport(
    const fhir::Patient *patient, const VisitSummary &s, const ReportContext &context)
{
    QList<Field> facts;
    if (patient && patient->birthDate.isValid())
        facts << Field {tr("Birth date"), models::longDate(patient->birthDate)};
    //: Summary fact: the time the claims cover.
    facts << Field {tr("Period covered"),
        tr("%1 to %2").arg(models::longDate(s.diagnosesSince), models::longDate(s.today))};
    ReportDocument doc = makeReport(tr("Summary for a Doctor Visit"), context, facts);

    doc.blocks << TextBlock {tr("This summary comes from the claims Medicare paid or processed. "
                                "It is not a medical record: it shows what was billed, not what "
                                "a doctor found. Care Medicare did not pay for is not in it."),
        false};

    FieldsBlock coverage;
    coverage.caption = tr("Medicare coverage now");
    if (s.coverageNow.isEmpty())
        coverage.fields << Field {tr("Coverage"), tr("No active coverage in Medicare's data")};
    for (const QString &c : s.coverageNow)
        coverage.fields << Field {tr("Coverage"), c};
    doc.blocks << coverage;

    TableBlock diagnoses;
    diagnoses.caption = tr("Diagnoses on claims since %1").arg(models::longDate(s.diagnosesSince));
    diagnoses.columns = {fixedColumn(tr("Code")), textColumn(tr("Meaning")),
        fixedColumn(tr("Times seen"), Qt::AlignRight), fixedColumn(tr("Last seen"))};
    for (const auto &d : s.diagnoses) {
        diagnoses.rows << TableRow {
            {d.code, d.meaning.isEmpty() ? tr("Medicare sent no description") : d.meaning,
                number(d.claims), models::formatDate(d.last)}};
    }
    diagnoses.emptyText = tr("No diagnoses on claims in this period.");
    doc.blocks << diagnoses;

    TableBlock drugs;
    drugs.caption = tr("Prescriptions filled since %1").arg(models::longDate(s.prescriptionsSince));
    drugs.columns = {textColumn(tr("Drug and strength")), fixedColumn(tr("Last fill")),
        fixedColumn(tr("Days' supply"), Qt::AlignRight), textColumn(tr("Prescriber")),
        fixedColumn(tr("Fills"), Qt::AlignRight)};
    for (const auto &p : s.prescriptions) {
        drugs.rows << TableRow {{p.drug, models::formatDate(p.lastFill),
            p.daysSupply ? number(*p.daysSupply) : QString(), p.prescriber, number(p.fills)}};
    }
    drugs.emptyText = tr("No prescriptions filled in this period.");
    doc.blocks << drugs;

    TableBlock providers;
    providers.caption = tr("Providers seen since %1").arg(models::longDate(s.diagnosesSince));
    providers.columns = {textColumn(tr("Provider")), fixedColumn(tr("NPI")),
        textColumn(tr("Specialty")), fixedColumn(tr("Last visit")),
        fixedColumn(tr("Claims"), Qt::AlignRight)};
    for (const auto &p : s.providers) {
        providers.rows << TableRow {{p.name.isEmpty() ? p.npi : p.name, p.npi, p.specialty,
            models::formatDate(p.lastVisit), number(p.claims)}};
    }
    providers.emptyText = tr("No providers on claims in this period.");
    doc.blocks << providers;

    TableBlock stays;
    stays.caption =
        tr("Hospital and skilled nursing stays since %1").arg(models::longDate(s.diagnosesSince));
    stays.columns = {fixedColumn(tr("Kind")), textColumn(tr("Where")), fixedColumn(tr("From")),
        fixedColumn(tr("To")), textColumn(tr("Main diagnosis"))};
    for (const auto &st : s.stays) {
        stays.rows << TableRow {
            {st.type == fhir::ClaimType::Snf ? tr("Skilled nursing") : tr("Hospital"), st.place,
                models::formatDate(st.from), models::formatDate(st.to), st.diagnosis}};
    }
    stays.emptyText = tr("No hospital or skilled nursing stays in this period.");
    doc.blocks << stays;
    return doc;
}

} // namespace bb::report
