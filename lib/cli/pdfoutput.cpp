#include "cli/pdfoutput.h"

#include "export/claimselection.h"
#include "models/claimlistmodel.h"
#include "models/claimsproxymodel.h"
#include "models/coveragemodels.h"
#include "models/drugsmodel.h"
#include "models/drugssortmodel.h"
#include "models/patientmodel.h"
#include "report/claimstatement.h"
#include "report/pdfreport.h"
#include "report/viewreports.h"
#include "report/visitsummary.h"

#include <QBuffer>
#include <QCoreApplication>

namespace bb::cli {

report::ReportDocument buildReport(const ExportOptions &options, const ExportData &data)
{
    const exporting::LoadedInput &in = data.input;
    const fhir::Patient *patient =
        data.patientNotShared || in.patients.isEmpty() ? nullptr : &in.patients.constFirst();
    const report::ReportContext context =
        report::reportContext(patient, false, data.patientNotShared);

    switch (options.what) {
    case ExportWhat::Claims: {
        models::ClaimListModel list;
        list.appendClaims(in.claims);
        models::ClaimsProxyModel proxy; // newest first, as the Claims tab opens
        proxy.setSourceModel(&list);
        proxy.setFilter(options.filter);
        return report::claimsReport(&proxy, options.filter, context);
    }
    case ExportWhat::ClaimLines: {
        QHash<QString, QByteArray> json; // every coded field, when the JSON was kept
        for (const fhir::RawResource &r : in.raw) {
            if (r.resourceType == QLatin1StringView("ExplanationOfBenefit"))
                json.insert(r.id, r.json);
        }
        return report::claimStatements(
            exporting::filterClaims(in.claims, options.filter), context, json);
    }
    case ExportWhat::Drugs: {
        models::ClaimListModel list;
        list.appendClaims(in.claims);
        models::DrugsModel drugs;
        drugs.setSourceModel(&list);
        drugs.setFilter(options.filter);
        models::DrugsSortModel sorted;
        sorted.setSourceModel(&drugs);
        sorted.sort(
            models::DrugsSortModel::defaultSortColumn, models::DrugsSortModel::defaultSortOrder);
        return report::drugsReport(&sorted, options.filter, context);
    }
    case ExportWhat::Coverage: {
        models::CoverageModel coverage;
        coverage.setCoverages(in.coverages);
        return report::coverageReport(&coverage, context);
    }
    case ExportWhat::Summary:
        return report::visitSummaryReport(patient,
            report::summarizeForVisit(in.claims, in.coverages, context.generatedAt.date()),
            context);
    case ExportWhat::Patient: {
        models::PatientModel model;
        if (data.patientNotShared)
            model.setNotShared();
        else if (patient)
            model.setPatient(*patient);
        return report::patientReport(&model, context);
    }
    }
    return {};
}

bool PdfOutput::render(
    const ExportOptions &options, const ExportData &data, QByteArray *bytes, QString *error) const
{
    const report::ReportDocument document = buildReport(options, data);
    QBuffer buffer(bytes);
    buffer.open(QIODevice::WriteOnly);
    if (report::writePdf(document, &buffer) == report::RenderResult::Done)
        return true;
    if (error) {
        *error = QCoreApplication::translate("bb::cli::PdfOutput", "The PDF could not be drawn.");
    }
    return false;
}

} // namespace bb::cli
