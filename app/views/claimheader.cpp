#include "views/claimheader.h"

#include "models/cell.h"
#include "models/claimrow.h"
#include "models/claimsentence.h"

#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bb::views {

namespace {

QString statusText(const QString &status)
{
    // FHIR EOB status codes; anything else is shown as received.
    if (status == "active"_L1)
        //: Claim status (FHIR "active"): the claim stands as processed.
        return ClaimHeader::tr("Processed");
    if (status == "cancelled"_L1)
        //: Claim status (FHIR "cancelled").
        return ClaimHeader::tr("Cancelled");
    if (status == "draft"_L1)
        //: Claim status (FHIR "draft").
        return ClaimHeader::tr("Draft");
    if (status == "entered-in-error"_L1)
        //: Claim status (FHIR "entered-in-error").
        return ClaimHeader::tr("Entered in error");
    return status;
}

QString withId(const QString &name, const QString &id)
{
    if (id.isEmpty())
        return name;
    if (name.isEmpty())
        //: A provider known only by number: %1 the NPI.
        return ClaimHeader::tr("NPI %1").arg(id);
    //: A provider and their number: %1 the name, %2 the NPI.
    return ClaimHeader::tr("%1 (NPI %2)").arg(name, id);
}

} // namespace

ClaimHeader::ClaimHeader(QWidget *parent)
    : QWidget(parent)
{
    m_title = new QLabel(this);
    m_title->setObjectName(u"titleValue"_s);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setTextFormat(Qt::PlainText); // may hold the server's type text
    m_title->setWordWrap(true);

    m_facts = new QLabel(this);
    m_facts->setObjectName(u"factsValue"_s);
    m_facts->setTextFormat(Qt::PlainText);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_facts->setWordWrap(true);

    auto *moneyFrame = new QFrame(this);
    moneyFrame->setFrameShape(QFrame::StyledPanel);
    m_money = new QGridLayout(moneyFrame);
    m_money->setHorizontalSpacing(18);
    m_money->setVerticalSpacing(2);

    // Facts on the left, money on the right: the summary stays readable in a short pane.
    auto *row = new QHBoxLayout;
    row->addWidget(m_facts, 1, Qt::AlignTop);
    row->addWidget(moneyFrame, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addLayout(row);
}

void ClaimHeader::clear()
{
    m_fields.clear();
    m_title->clear();
    m_facts->clear();
    clearMoney();
}

QString ClaimHeader::fieldText(const QString &key) const
{
    return m_fields.value(key);
}

void ClaimHeader::clearMoney()
{
    qDeleteAll(m_moneyWidgets);
    m_moneyWidgets.clear();
    m_moneyRow = 0;
}

void ClaimHeader::setClaim(const fhir::Claim &claim)
{
    clear();
    m_fields.insert(u"type"_s, models::claimTypeText(claim));
    m_fields.insert(u"dates"_s, models::formatDateRange(claim.serviceStart(), claim.serviceEnd()));
    m_fields.insert(u"status"_s, statusText(claim.status));
    const bool pde = claim.type == fhir::ClaimType::Pde;
    m_fields.insert(u"provider"_s, withId(claim.providerDisplayName(), claim.providerId));
    if (!claim.facilityName.isEmpty() || !claim.facilityId.isEmpty())
        m_fields.insert(u"facility"_s, withId(claim.facilityName, claim.facilityId));
    m_fields.insert(u"claim_id"_s, claim.id);

    const QString dates = m_fields.value(u"dates"_s);
    m_title->setText(dates.isEmpty() ? m_fields.value(u"type"_s)
                                     //: Detail title: %1 the claim type, %2 its service dates.
                                     : tr("%1 · %2").arg(m_fields.value(u"type"_s), dates));

    // The claim in one plain sentence first; the facts below give each part.
    m_fields.insert(u"summary"_s, models::claimSentence(claim));
    QStringList facts {m_fields.value(u"summary"_s)};
    if (!claim.status.isEmpty())
        //: Detail header line: %1 the claim's status.
        facts << tr("Status: %1").arg(m_fields.value(u"status"_s));
    if (!m_fields.value(u"provider"_s).isEmpty())
        facts << (pde
                //: Detail header line: %1 the pharmacy (and its NPI).
                ? tr("Pharmacy: %1")
                //: Detail header line: %1 the provider (and NPI).
                : tr("Provider: %1"))
                     .arg(m_fields.value(u"provider"_s));
    if (m_fields.contains(u"facility"_s))
        //: Detail header line: %1 the facility (and NPI).
        facts << tr("Facility: %1").arg(m_fields.value(u"facility"_s));
    //: Detail header line: %1 the claim's id as the server gives it.
    facts << tr("Claim ID: %1").arg(claim.id);
    m_facts->setText(facts.join(u'\n'));

    const fhir::AmountSummary &a = claim.amounts;
    if (pde) {
        //: Money summary of a prescription: the full price of the fill.
        addMoneyRow(u"drug_cost"_s, tr("Drug cost"),
            //: Tooltip of "Drug cost".
            tr("The total price of this fill: ingredient cost, dispensing fee and taxes."),
            a.drugCost ? a.drugCost : a.billed);
        //: Money summary of a prescription: what the Part D plan paid.
        addMoneyRow(u"plan_paid"_s, tr("Plan paid"),
            //: Tooltip of "Plan paid".
            tr("What your Medicare drug plan paid the pharmacy."), a.medicarePaid);
        //: Money summary of a prescription: what the beneficiary paid at the pharmacy.
        addMoneyRow(u"you_paid"_s, tr("You paid"),
            //: Tooltip of "You paid".
            tr("What you paid at the pharmacy: copay, coinsurance or deductible."),
            a.patientPaid ? a.patientPaid : a.patientResponsibility(), true);
        return;
    }
    // The lines of a Medicare Summary Notice, in its order.
    //: Money summary (Medicare Summary Notice wording).
    addMoneyRow(u"billed"_s, tr("Amount the provider charged"),
        //: Tooltip of "Amount the provider charged".
        tr("What the provider billed Medicare for these services."), a.billed);
    //: Money summary (Medicare Summary Notice wording).
    addMoneyRow(u"allowed"_s, tr("Medicare-approved amount"),
        //: Tooltip of "Medicare-approved amount".
        tr("The most the provider may be paid for these services under Medicare."), a.allowed);
    //: Money summary (Medicare Summary Notice wording).
    addMoneyRow(u"medicare_paid"_s, tr("Medicare paid"),
        //: Tooltip of "Medicare paid".
        tr("What Medicare paid, to the provider or to you."), a.medicarePaid);
    //: Money summary: the part of the deductible applied to this claim.
    addMoneyRow(u"deductible"_s, tr("Deductible"),
        //: Tooltip of "Deductible".
        tr("The part of your yearly deductible applied to this claim."), a.deductible);
    //: Money summary: the coinsurance of this claim.
    addMoneyRow(u"coinsurance"_s, tr("Coinsurance"),
        //: Tooltip of "Coinsurance".
        tr("Your share of the Medicare-approved amount after the deductible."), a.coinsurance);
    //: Money summary (Medicare Summary Notice wording): deductible plus coinsurance.
    addMoneyRow(u"you_may_owe"_s, tr("You may owe"),
        //: Tooltip of "You may owe".
        tr("The most the provider may bill you: deductible plus coinsurance. A supplement or "
           "other insurance may pay part of it."),
        a.patientResponsibility(), true);
}

void ClaimHeader::addMoneyRow(const QString &key, const QString &caption, const QString &help,
    std::optional<fhir::Money> amount, bool emphasised)
{
    const int row = m_moneyRow++;
    auto *label = new QLabel(caption, m_money->parentWidget());
    label->setToolTip(help);
    //: An amount the claim does not give (never shown as $0.00).
    const QString text = amount ? models::formatMoney(amount) : tr("Not given");
    auto *value = new QLabel(text, m_money->parentWidget());
    value->setObjectName(key + "Value"_L1);
    value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setToolTip(help);
    if (emphasised) {
        QFont bold = value->font();
        bold.setBold(true);
        value->setFont(bold);
        label->setFont(bold);
    }
    if (!amount)
        value->setEnabled(false); // greyed: unknown is not zero
    m_money->addWidget(label, row, 0);
    m_money->addWidget(value, row, 1);
    m_moneyWidgets << label << value;
    m_fields.insert(key, amount ? text : QString());
}

} // namespace bb::views
