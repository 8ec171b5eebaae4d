#include "report/claimstatement.h"

#include "models/claimdetailmodels.h"
#include "models/claimsummarymodel.h"
#include "models/codedfieldsmodel.h"
#include "report/modeltable.h"

#include <QCoreApplication>
#include <QLocale>

namespace bb::report {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("bb::report", text);
}

void addTable(ReportDocument &document, const QAbstractItemModel &model, const QString &caption,
    bool totals = false)
{
    if (model.rowCount() == 0)
        return;
    ModelTableOptions options;
    options.caption = caption;
    options.totals = totals && model.rowCount() > 1;
    options.totalsLabel = tr("Total");
    document.blocks << tableFromModel(&model, options);
}

TextBlock notABill()
{
    return TextBlock {tr("This is not a bill. It shows what Medicare received and paid for this "
                         "claim, as reported by the Medicare Blue Button service."),
        false};
}

// A claim's own blocks: its summary, then each table it has something for.
void appendStatement(ReportDocument &document, const fhir::Claim &claim, const QString &caption,
    const QByteArray &json)
{
    models::ClaimSummaryModel summary;
    summary.setClaim(claim);
    document.blocks << fieldsFromModel(&summary, caption);

    models::LineItemsModel lines;
    lines.setClaim(claim);
    addTable(document, lines, tr("Services"), true);
    models::DiagnosesModel diagnoses;
    diagnoses.setClaim(claim);
    addTable(document, diagnoses, tr("Diagnoses"));
    models::ProceduresModel procedures;
    procedures.setClaim(claim);
    addTable(document, procedures, tr("Procedures"));
    models::CareTeamModel careTeam;
    careTeam.setClaim(claim);
    addTable(document, careTeam, tr("Care team"));
    models::SupportingInfoModel more;
    more.setClaim(claim);
    addTable(document, more, tr("More details"));
    models::CodedFieldsModel codes;
    codes.setJson(json);
    addTable(document, codes, tr("All codes Medicare sent"));
    document.blocks << notABill();
}

} // namespace

ReportDocument claimStatement(
    const fhir::Claim &claim, const ReportContext &context, const QByteArray &json)
{
    const bool prescription = claim.type == fhir::ClaimType::Pde;
    ReportDocument document =
        makeReport(prescription ? tr("Prescription fill") : tr("Claim statement"), context,
            {Field {tr("Claim ID"), claim.id}});
    appendStatement(document, claim, tr("Summary"), json);
    return document;
}

ReportDocument claimStatements(const QList<fhir::Claim> &claims, const ReportContext &context,
    const QHash<QString, QByteArray> &json)
{
    ReportDocument document = makeReport(
        tr("Claim statements"), context, {Field {tr("Claims"), QLocale().toString(claims.size())}});
    for (qsizetype i = 0; i < claims.size(); ++i) {
        if (i > 0)
            document.blocks << PageBreak {};
        appendStatement(
            document, claims[i], tr("Claim %1").arg(claims[i].id), json.value(claims[i].id));
    }
    return document;
}

} // namespace bb::report
