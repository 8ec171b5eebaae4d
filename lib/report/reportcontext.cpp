#include "report/reportcontext.h"

#include "fhir/claimtype.h"
#include "models/cell.h"
#include "models/claimfilter.h"

#include <QCoreApplication>
#include <QLocale>

namespace bb::report {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("bb::report", text);
}

} // namespace

ReportDocument makeReport(
    const QString &title, const ReportContext &context, const QList<Field> &extraFacts)
{
    ReportDocument document;
    document.title = title;
    if (!context.patientName.isEmpty())
        document.facts << Field {tr("Patient"), context.patientName};
    else if (context.patientNotShared)
        document.facts << Field {tr("Patient"), tr("Not shared")};
    if (!context.medicareNumber.isEmpty())
        document.facts << Field {tr("Medicare number"), context.medicareNumber};
    document.facts << extraFacts;
    const QString generated = QLocale().toString(context.generatedAt, QLocale::LongFormat);
    document.facts << Field {tr("Generated"), generated};
    document.runningHeader =
        context.patientName.isEmpty() ? title : tr("%1 · %2").arg(title, context.patientName);
    document.footer = tr("From Medicare Blue Button data · %1")
                          .arg(QLocale().toString(context.generatedAt, QLocale::ShortFormat));
    return document;
}

QString describeFilter(const models::ClaimFilter &filter)
{
    if (filter.isPassThrough())
        return tr("All claims");
    QStringList parts;
    QStringList types;
    bool allTypes = true;
    for (const fhir::ClaimType type : fhir::allClaimTypes) {
        if (filter.isTypeShown(type))
            types << fhir::claimTypeDisplayName(type);
        else
            allTypes = false;
    }
    if (!allTypes) {
        parts << (types.isEmpty() ? tr("no claim types")
                                  : tr("types: %1").arg(types.join(QStringLiteral(", "))));
    }
    if (filter.from().isValid() || filter.to().isValid()) {
        if (filter.from().isValid() && filter.to().isValid())
            parts
                << tr("service dates: %1").arg(models::formatDateRange(filter.from(), filter.to()));
        else if (filter.from().isValid())
            parts << tr("service dates from %1").arg(models::formatDate(filter.from()));
        else
            parts << tr("service dates until %1").arg(models::formatDate(filter.to()));
    }
    if (!filter.searchText().trimmed().isEmpty())
        parts << tr("search: “%1”").arg(filter.searchText().trimmed());
    if (filter.onlyPatientResponsibility())
        parts << tr("only claims where you may owe");
    if (parts.isEmpty())
        return tr("All claims");
    QString text = parts.join(QStringLiteral("; "));
    text[0] = text[0].toUpper();
    return text;
}

} // namespace bb::report
