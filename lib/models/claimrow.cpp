#include "models/claimrow.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace bb::models {

QString codeWithDisplay(const QString &code, const QString &display)
{
    if (code.isEmpty())
        return display;
    if (display.isEmpty() || display == code)
        return code;
    return code + u' ' + display;
}

QString claimTypeText(const fhir::Claim &claim)
{
    if (claim.type != fhir::ClaimType::Unknown)
        return fhir::claimTypeDisplayName(claim.type);
    if (claim.typeCode.isEmpty())
        return fhir::claimTypeDisplayName(claim.type);
    //: %1 is the claim type code exactly as the server sent it.
    return QCoreApplication::translate("bb::models::ClaimListModel", "Unknown claim type (%1)")
        .arg(claim.typeCode);
}

QString claimDetailText(const fhir::Claim &claim)
{
    if (claim.fill && !claim.fill->drug.isEmpty())
        return claim.fill->drug.display.isEmpty() ? claim.fill->drug.code
                                                  : claim.fill->drug.display;
    if (const fhir::Diagnosis *d = claim.principalDiagnosis())
        return codeWithDisplay(d->code, d->display);
    for (const fhir::LineItem &item : claim.items) {
        if (!item.service.isEmpty())
            return codeWithDisplay(item.service.code, item.service.display);
    }
    return {};
}

namespace {

void addCoding(QString &text, const fhir::Coding &coding)
{
    if (coding.isEmpty())
        return;
    text += coding.code;
    text += u'\n';
    text += coding.display;
    text += u'\n';
}

void addText(QString &text, const QString &value)
{
    if (value.isEmpty())
        return;
    text += value;
    text += u'\n';
}

QString searchTextOf(const fhir::Claim &c, const QString &typeText)
{
    QString text;
    for (const QString *s : {&c.id, &c.claimNumber, &c.typeCode, &typeText, &c.providerName,
             &c.providerId, &c.facilityName, &c.facilityId})
        addText(text, *s);
    for (const fhir::CareTeamMember &m : c.careTeam) {
        addText(text, m.name);
        addText(text, m.id);
    }
    for (const fhir::Diagnosis &d : c.diagnoses) {
        addText(text, d.code);
        addText(text, d.display);
    }
    for (const fhir::Procedure &p : c.procedures) {
        addText(text, p.code);
        addText(text, p.display);
    }
    for (const fhir::LineItem &item : c.items) {
        addCoding(text, item.service);
        addCoding(text, item.ndc);
        addCoding(text, item.revenue);
    }
    addCoding(text, c.drg);
    if (c.fill) {
        addCoding(text, c.fill->drug);
        addText(text, c.fill->pharmacyName);
        addText(text, c.fill->pharmacyId);
        addText(text, c.fill->prescriberName);
        addText(text, c.fill->prescriberId);
    }
    return std::move(text).toCaseFolded(); // in place: the text is ours
}

} // namespace

ClaimRow makeClaimRow(fhir::Claim claim)
{
    ClaimRow row;
    row.start = claim.serviceStart();
    row.end = claim.serviceEnd();
    row.billed = claim.amounts.billed;
    row.paid = claim.amounts.medicarePaid;
    row.owe = claim.amounts.patientResponsibility();
    row.typeText = claimTypeText(claim);
    row.providerText = claim.providerDisplayName();
    row.detailText = claimDetailText(claim);
    row.typeKey = row.typeText.toCaseFolded();
    row.providerKey = row.providerText.toCaseFolded();
    row.detailKey = row.detailText.toCaseFolded();
    row.searchText = searchTextOf(claim, row.typeText);
    row.claim = std::move(claim);
    return row;
}

} // namespace bb::models
