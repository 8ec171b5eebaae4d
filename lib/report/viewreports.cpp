#include "report/viewreports.h"

#include "fhir/patient.h"
#include "models/patientmodel.h"
#include "report/modeltable.h"

#include <QAbstractItemModel>
#include <QCoreApplication>

namespace bb::report {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("bb::report", text, disambiguation, n);
}

} // namespace

ReportContext reportContext(const fhir::Patient *patient, bool fullMedicareNumber, bool notShared)
{
    ReportContext context;
    context.patientNotShared = notShared && !patient;
    context.fullMedicareNumber = fullMedicareNumber;
    if (patient) {
        context.patientName = patient->displayName();
        const QString mbi = patient->currentMbi();
        if (!mbi.isEmpty())
            context.medicareNumber = models::PatientModel::formatMbi(mbi, fullMedicareNumber);
    }
    return context;
}

ReportDocument claimsReport(const QAbstractItemModel *claims, const models::ClaimFilter &filter,
    const ReportContext &context, const QList<int> &columns, const QString &note)
{
    const int count = claims ? claims->rowCount() : 0;
    ReportDocument document = makeReport(tr("Claims"), context,
        {{tr("Showing"), describeFilter(filter)},
            {tr("Claims"), tr("%Ln claim(s)", nullptr, count)}});
    ModelTableOptions options;
    options.columns = columns;
    options.totals = true;
    options.totalsLabel = tr("Total");
    options.emptyText = tr("No claims match the filters.");
    document.blocks << tableFromModel(claims, options);
    if (!note.isEmpty())
        document.blocks << TextBlock {note, true};
    return document;
}

ReportDocument drugsReport(const QAbstractItemModel *drugs, const models::ClaimFilter &filter,
    const ReportContext &context, const QList<int> &columns, const QString &note)
{
    ReportDocument document =
        makeReport(tr("Prescription drugs"), context, {{tr("Showing"), describeFilter(filter)}});
    ModelTableOptions options;
    options.columns = columns;
    options.includeChildren = true;
    options.totals = true;
    options.totalsLabel = tr("Total");
    options.emptyText = tr("No prescriptions match the filters.");
    document.blocks << tableFromModel(drugs, options);
    if (!note.isEmpty())
        document.blocks << TextBlock {note, true};
    return document;
}

ReportDocument patientReport(const models::PatientModel *patient, const ReportContext &context)
{
    ReportDocument document = makeReport(tr("Patient"), context);
    document.blocks << fieldsFromModel(patient);
    return document;
}

ReportDocument coverageReport(const QAbstractItemModel *coverage, const ReportContext &context)
{
    ReportDocument document = makeReport(tr("Coverage"), context);
    ModelTableOptions options;
    options.emptyText = tr("No coverage was received.");
    document.blocks << tableFromModel(coverage, options);
    return document;
}

} // namespace bb::report
