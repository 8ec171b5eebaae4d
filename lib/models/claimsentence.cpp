#include "models/claimsentence.h"

#include "models/cell.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace bb::models {

// The translation context of the sentences.
class ClaimSentence
{
    Q_DECLARE_TR_FUNCTIONS(bb::models::ClaimSentence)
};

namespace {

// "on 3 March 2024" or "from 1 May 2024 to 9 May 2024"; empty without dates.
QString when(const fhir::Claim &c)
{
    const QDate start = c.serviceStart();
    const QDate end = c.serviceEnd();
    if (!start.isValid() && !end.isValid())
        return {};
    if (!start.isValid() || !end.isValid() || start == end)
        //: Claim sentence: %1 a long date.
        return ClaimSentence::tr("on %1").arg(longDate(start.isValid() ? start : end));
    //: Claim sentence: %1 and %2 long dates.
    return ClaimSentence::tr("from %1 to %2").arg(longDate(start), longDate(end));
}

// The first half: what, with whom, when.
QString what(const fhir::Claim &c, const QString &who, const QString &dates)
{
    using fhir::ClaimType;
    const char *withWho = nullptr;
    const char *alone = nullptr;
    switch (c.type) {
    case ClaimType::Carrier:
        withWho = QT_TRANSLATE_NOOP("bb::models::ClaimSentence", "Doctor visit with %1");
        alone = QT_TRANSLATE_NOOP("bb::models::ClaimSentence", "Doctor visit");
        break;
    case ClaimType::Dme:
        withWho = QT_TRANSLATE_NOOP("bb::models::ClaimSentence", "Medical equipment from %1");
        alone = QT_TRANSLATE_NOOP("bb::models::ClaimSentence", "Medical equipment");
        break;
    case ClaimType::Hha:
        withWho = QT_TRANSLATE_NOOP("bb::models::ClaimSentence", "Home health care from %1");
        alone = QT_TRANSLATE_NOOP("bb::models::ClaimSentence", "Home health care");
        break;
    case ClaimType::Hospice:
        withWho = QT_TRANSLATE_NOOP("bb::models::ClaimSentence", "Hospice care from %1");
        alone = QT_TRANSLATE_NOOP("bb::models::ClaimSentence", "Hospice care");
        break;
    case ClaimType::Inpatient:
        withWho = QT_TRANSLATE_NOOP("bb::models::ClaimSentence", "Hospital stay at %1");
        alone = QT_TRANSLATE_NOOP("bb::models::ClaimSentence", "Hospital stay");
        break;
    case ClaimType::Outpatient:
        withWho = QT_TRANSLATE_NOOP("bb::models::ClaimSentence", "Hospital outpatient care at %1");
        alone = QT_TRANSLATE_NOOP("bb::models::ClaimSentence", "Hospital outpatient care");
        break;
    case ClaimType::Snf:
        withWho = QT_TRANSLATE_NOOP("bb::models::ClaimSentence", "Skilled nursing stay at %1");
        alone = QT_TRANSLATE_NOOP("bb::models::ClaimSentence", "Skilled nursing stay");
        break;
    case ClaimType::Pde:
        withWho = QT_TRANSLATE_NOOP("bb::models::ClaimSentence", "Prescription filled at %1");
        alone = QT_TRANSLATE_NOOP("bb::models::ClaimSentence", "Prescription filled");
        break;
    case ClaimType::Unknown:
        withWho = QT_TRANSLATE_NOOP("bb::models::ClaimSentence", "Claim from %1");
        alone = QT_TRANSLATE_NOOP("bb::models::ClaimSentence", "Claim");
        break;
    }
    QString text = who.isEmpty() ? ClaimSentence::tr(alone) : ClaimSentence::tr(withWho).arg(who);
    if (c.type == fhir::ClaimType::Pde && c.fill && !c.fill->drug.display.isEmpty())
        //: Claim sentence of a prescription: %1 "Prescription filled at <pharmacy>", %2 the drug.
        text = ClaimSentence::tr("%1 (%2)").arg(text, c.fill->drug.display);
    if (!dates.isEmpty())
        //: Claim sentence: %1 what and who, %2 "on <date>" or "from <date> to <date>".
        text = ClaimSentence::tr("%1 %2").arg(text, dates);
    return text;
}

} // namespace

QString longDate(const QDate &date)
{
    if (!date.isValid())
        return {};
    //: Date format of the claim sentences and the visit summary (QDate format): "3 March 2024".
    return QLocale().toString(date, ClaimSentence::tr("d MMMM yyyy"));
}

QString claimSentence(const fhir::Claim &c)
{
    const QString who = c.type == fhir::ClaimType::Pde && c.fill && !c.fill->pharmacyName.isEmpty()
        ? c.fill->pharmacyName
        : c.providerDisplayName();
    QString head = what(c, who, when(c));
    QStringList money;
    const fhir::AmountSummary &a = c.amounts;
    if (c.type == fhir::ClaimType::Pde) {
        if (a.medicarePaid)
            //: Claim sentence: what the drug plan paid.
            money << ClaimSentence::tr("your plan paid %1").arg(formatMoney(a.medicarePaid));
        const auto paid = a.patientPaid ? a.patientPaid : a.patientResponsibility();
        if (paid)
            //: Claim sentence: what the person paid at the pharmacy.
            money << ClaimSentence::tr("you paid %1").arg(formatMoney(paid));
    } else {
        if (a.medicarePaid)
            //: Claim sentence: what Medicare paid.
            money << ClaimSentence::tr("Medicare paid %1").arg(formatMoney(a.medicarePaid));
        if (const auto owe = a.patientResponsibility())
            //: Claim sentence: deductible plus coinsurance.
            money << ClaimSentence::tr("you may owe %1").arg(formatMoney(owe));
    }
    if (money.isEmpty())
        return head;
    QString amounts = money.join(u"; "_s);
    amounts[0] = amounts[0].toUpper(); // "Medicare paid…" keeps its capital, "your…" gains one
    //: Claim sentence: %1 what, who and when, %2 the amounts.
    return ClaimSentence::tr("%1: %2").arg(head, amounts);
}

} // namespace bb::models
