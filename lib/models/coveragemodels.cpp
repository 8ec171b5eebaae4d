#include "models/coveragemodels.h"

#include "models/claimrow.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace bb::models {

CoverageModel::CoverageModel(QObject *parent)
    : TableModel({{"part", QT_TRANSLATE_NOOP("bb::models::CoverageModel", "Part")},
                     {"status", QT_TRANSLATE_NOOP("bb::models::CoverageModel", "Status")},
                     {"start", QT_TRANSLATE_NOOP("bb::models::CoverageModel", "From")},
                     {"end", QT_TRANSLATE_NOOP("bb::models::CoverageModel", "To")},
                     {"plan", QT_TRANSLATE_NOOP("bb::models::CoverageModel", "Plan or contract")},
                     {"details", QT_TRANSLATE_NOOP("bb::models::CoverageModel", "Details")}},
        parent)
{
}

QString CoverageModel::partText(fhir::Coverage::Part part)
{
    switch (part) {
    case fhir::Coverage::Part::A:
        return tr("Part A (hospital)");
    case fhir::Coverage::Part::B:
        return tr("Part B (medical)");
    case fhir::Coverage::Part::C:
        return tr("Part C (Medicare Advantage)");
    case fhir::Coverage::Part::D:
        return tr("Part D (drugs)");
    case fhir::Coverage::Part::Unknown:
        break;
    }
    return tr("Unknown part");
}

QString CoverageModel::statusText(const QString &status)
{
    if (status == "active"_L1)
        return tr("Active");
    if (status == "cancelled"_L1)
        return tr("Cancelled");
    if (status == "draft"_L1)
        return tr("Draft");
    if (status == "entered-in-error"_L1)
        return tr("Entered in error");
    return status;
}

void CoverageModel::setCoverages(QList<fhir::Coverage> coverages)
{
    // Parts in their natural order; an unknown part (enum value 0) goes last.
    std::stable_sort(coverages.begin(), coverages.end(), [](const auto &a, const auto &b) {
        const auto rank = [](fhir::Coverage::Part p) {
            return p == fhir::Coverage::Part::Unknown ? 99 : int(p);
        };
        return rank(a.part) < rank(b.part);
    });
    beginResetModel();
    m_coverages = std::move(coverages);
    endResetModel();
}

void CoverageModel::clear()
{
    setCoverages({});
}

Cell CoverageModel::cell(int row, int column) const
{
    const fhir::Coverage &c = m_coverages.at(row);
    switch (Column(column)) {
    case Part: {
        Cell cell = Cell::text(partText(c.part));
        cell.sortKey = int(c.part == fhir::Coverage::Part::Unknown ? 99 : int(c.part));
        if (c.part == fhir::Coverage::Part::Unknown) {
            cell.display += u" (" + c.id + u')';
            cell.raw = c.id;
        }
        cell.exportValue = c.plan.isEmpty() ? c.id : c.plan;
        return cell;
    }
    case Status: {
        Cell cell = Cell::text(statusText(c.status));
        cell.exportValue = c.status;
        if (cell.display == c.status)
            cell.raw = c.status;
        return cell;
    }
    case Start:
        return Cell::date(c.period.start);
    case End:
        return Cell::date(c.period.end);
    case Plan: {
        QString plan = c.contractId;
        if (!plan.isEmpty() && !c.planBenefitPackage.isEmpty())
            plan += u'-' + c.planBenefitPackage;
        return Cell::text(plan.isEmpty() ? c.plan : plan);
    }
    case Details: {
        QStringList parts;
        for (const QString *s : {&c.medicareStatus, &c.entitlementReason,
                 &c.currentEntitlementReason, &c.esrd, &c.dualStatus, &c.terminationCode}) {
            if (!s->isEmpty() && !parts.contains(*s))
                parts << *s;
        }
        return Cell::text(parts.join(u"; "_s));
    }
    case ColumnCount:
        break;
    }
    return {};
}

CoverageDetailModel::CoverageDetailModel(QObject *parent)
    : KeyValueModel(parent)
{
}

void CoverageDetailModel::clear()
{
    setEntries({});
}

void CoverageDetailModel::setCoverage(const fhir::Coverage &c)
{
    QList<Entry> rows;
    const auto add = [&](const QString &key, const QString &label, const Cell &value) {
        if (!value.display.isEmpty())
            rows.append({key, label, value});
    };
    Cell part = Cell::text(CoverageModel::partText(c.part));
    part.exportValue = c.plan;
    add(u"part"_s, tr("Part"), part);
    Cell status = Cell::text(CoverageModel::statusText(c.status));
    status.exportValue = c.status;
    add(u"status"_s, tr("Status"), status);
    add(u"start"_s, tr("Coverage start"), Cell::date(c.period.start));
    add(u"end"_s, tr("Coverage end"), Cell::date(c.period.end));
    add(u"plan"_s, tr("Plan"), Cell::text(c.plan));
    add(u"group"_s, tr("Group"), Cell::text(c.group));
    add(u"contract"_s, tr("Contract"), Cell::text(c.contractId));
    add(u"plan_benefit_package"_s, tr("Plan benefit package"), Cell::text(c.planBenefitPackage));
    add(u"medicare_status"_s, tr("Medicare status"), Cell::text(c.medicareStatus));
    add(u"entitlement_reason"_s, tr("Original reason for entitlement"),
        Cell::text(c.entitlementReason));
    add(u"current_entitlement_reason"_s, tr("Current reason for entitlement"),
        Cell::text(c.currentEntitlementReason));
    add(u"esrd"_s, tr("End-stage renal disease"), Cell::text(c.esrd));
    add(u"dual_status"_s, tr("Medicare–Medicaid status"), Cell::text(c.dualStatus));
    add(u"termination"_s, tr("Termination"), Cell::text(c.terminationCode));
    add(u"payor"_s, tr("Payer"), Cell::text(c.payor));
    add(u"relationship"_s, tr("Relationship"), Cell::text(c.relationship));
    if (c.referenceYear > 0)
        add(u"reference_year"_s, tr("Reference year"), Cell::integer(c.referenceYear));
    add(u"id"_s, tr("Coverage ID"), Cell::text(c.id));
    // Every coded extension as received: the variable name is the label the server gives.
    for (const fhir::CoverageDetail &d : c.details) {
        Cell value = Cell::text(codeWithDisplay(d.code, d.display));
        value.exportValue = d.code;
        if (d.display.isEmpty())
            value.raw = d.code;
        rows.append({u"extension:"_s + d.variable, d.variable, value});
    }
    setEntries(rows);
}

} // namespace bb::models
