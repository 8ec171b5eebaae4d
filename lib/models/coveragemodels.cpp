#include "models/coveragemodels.h"

#include "codes/decode.h"
#include "models/claimrow.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace bb::models {

namespace {

const QString kVariables = u"https://bluebutton.cms.gov/resources/variables/"_s;

codes::Decoded decodeDetail(const fhir::CoverageDetail &d)
{
    return codes::decode(QString(kVariables + d.variable), d.code, d.display);
}

// The extension of that name, or for a monthly one ("dual_") the latest month sent.
const fhir::CoverageDetail *findDetail(const fhir::Coverage &c, QStringView name)
{
    const fhir::CoverageDetail *found = nullptr;
    for (const fhir::CoverageDetail &d : c.details) {
        if (d.variable == name)
            return &d;
        if (name.endsWith(u'_') && d.variable.startsWith(name)
            && d.variable.size() == name.size() + 2 && (!found || d.variable > found->variable))
            found = &d;
    }
    return found;
}

// The coded facts a person understands, decoded, in the order the Details column lists them.
QList<codes::Decoded> keyFacts(const fhir::Coverage &c)
{
    QList<codes::Decoded> facts;
    for (const QStringView name :
        {u"ms_cd", u"crec", u"esrd_ind", u"dual_", u"a_trm_cd", u"b_trm_cd"}) {
        if (const fhir::CoverageDetail *d = findDetail(c, name))
            facts.append(decodeDetail(*d));
    }
    return facts;
}

Cell decodedCell(const codes::Decoded &d)
{
    Cell cell = Cell::text(d.text(), d.explanation());
    cell.exportValue = d.codeAndText();
    if (d.meaning.isEmpty())
        cell.raw = d.code;
    return cell;
}

} // namespace

CoverageModel::CoverageModel(QObject *parent)
    : TableModel("bb::models::CoverageModel",
        {{"part", QT_TRANSLATE_NOOP("bb::models::CoverageModel", "Part")},
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
        // "Label: meaning" for the facts Medicare sent a meaning for, or the app knows one;
        // codes without one are listed in the coverage's details with the reason.
        QStringList parts, tips;
        for (const codes::Decoded &d : keyFacts(c)) {
            if (d.meaning.isEmpty())
                continue;
            parts << tr("%1: %2").arg(d.label, d.meaning);
            tips << (d.asSent.isEmpty() || d.asSent == d.meaning
                    ? parts.last()
                    : tr("%1 (Medicare's text: %2)").arg(parts.last(), d.asSent));
        }
        Cell cell = Cell::text(parts.join(u"; "_s), tips.join(u'\n'));
        return cell;
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
    // The coded facts in plain words; Medicare's own text is in the tooltip and the export.
    const auto fact = [&](const QString &key, QStringView variable) {
        if (const fhir::CoverageDetail *d = findDetail(c, variable)) {
            const codes::Decoded decoded = decodeDetail(*d);
            add(key, decoded.label, decodedCell(decoded));
        }
    };
    fact(u"medicare_status"_s, u"ms_cd");
    fact(u"entitlement_reason"_s, u"orec");
    fact(u"current_entitlement_reason"_s, u"crec");
    fact(u"esrd"_s, u"esrd_ind");
    fact(u"dual_status"_s, u"dual_");
    fact(u"termination"_s, c.part == fhir::Coverage::Part::B ? u"b_trm_cd" : u"a_trm_cd");
    add(u"payor"_s, tr("Payer"), Cell::text(c.payor));
    add(u"relationship"_s, tr("Relationship"), Cell::text(c.relationship));
    if (c.referenceYear > 0)
        add(u"reference_year"_s, tr("Reference year"), Cell::integer(c.referenceYear));
    add(u"id"_s, tr("Coverage ID"), Cell::text(c.id));
    // Every coded extension as received, with its field's name and its meaning; the export
    // keeps the code.
    for (const fhir::CoverageDetail &d : c.details) {
        const codes::Decoded decoded = decodeDetail(d);
        Cell value = decodedCell(decoded);
        value.exportValue = d.code;
        rows.append({u"extension:"_s + d.variable, decoded.label, value});
    }
    setEntries(rows);
}

} // namespace bb::models
