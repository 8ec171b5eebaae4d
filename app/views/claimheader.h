#pragma once

#include "fhir/claim.h"

#include <QHash>
#include <QWidget>

class QGridLayout;
class QLabel;

namespace bb::views {

// The top of a claim's detail: who, when, what kind, then the money in the words of a
// Medicare Summary Notice (prescriptions: drug cost, plan paid, you paid).
//
//   ClaimHeader(QWidget *parent)
//   setClaim(const fhir::Claim &)   fills every label; unknown amounts read "Not given"
//   clear()
//   fieldText(key)                  what a label shows, by key: "type", "dates", "status",
//                                   "provider", "facility", "claim_id", and the money keys
//                                   "billed", "allowed", "medicare_paid", "deductible",
//                                   "coinsurance", "you_may_owe", "drug_cost", "plan_paid",
//                                   "you_paid" (empty when the claim has no such line)
//
// Every value label is named "<key>Value" so tests and accessibility tools can find it.
class ClaimHeader : public QWidget
{
    Q_OBJECT
public:
    explicit ClaimHeader(QWidget *parent = nullptr);

    void setClaim(const fhir::Claim &claim);
    void clear();
    QString fieldText(const QString &key) const;

private:
    void addMoneyRow(const QString &key, const QString &caption, const QString &help,
        std::optional<fhir::Money> amount, bool emphasised = false);
    void clearMoney();

    QLabel *m_title = nullptr; // type and dates, large
    QLabel *m_facts = nullptr; // status, provider with NPI, facility, claim id
    QGridLayout *m_money = nullptr;
    QList<QWidget *> m_moneyWidgets;
    int m_moneyRow = 0; // the grid never shrinks its row count; reuse rows from the top
    QHash<QString, QString> m_fields;
};

} // namespace bb::views
