#include "models/claimdetailmodels.h"

#include "codes/decode.h"
#include "models/claimrow.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace bb::models {

namespace {

// A code with its meaning (bb::codes::decode: Medicare's display, else the codebook's); a
// code with none says so and carries the code as the raw value. The tooltip names the field
// and where the meaning comes from, in words.
Cell codedCell(const fhir::Coding &coding)
{
    if (coding.isEmpty())
        return {};
    const codes::Decoded d = codes::decode(coding.system, coding.code, coding.display);
    Cell c = Cell::text(d.cellText(), d.toolTip());
    c.exportValue = coding.code.isEmpty() ? coding.display : coding.code;
    if (d.meaning.isEmpty())
        c.raw = coding.code;
    return c;
}

// The system of a supporting information's code: its category, when that is a CMS variable.
QString infoSystem(const fhir::SupportingInfo &s)
{
    return s.category.contains(u'_')
        ? u"https://bluebutton.cms.gov/resources/variables/"_s + s.category
        : QString();
}

Cell sequenceCell(int sequence)
{
    return sequence > 0 ? Cell::integer(sequence) : Cell();
}

} // namespace

LineItemsModel::LineItemsModel(QObject *parent)
    : TableModel("bb::models::LineItemsModel",
        {{"line", QT_TRANSLATE_NOOP("bb::models::LineItemsModel", "Line")},
            {"service", QT_TRANSLATE_NOOP("bb::models::LineItemsModel", "Service")},
            {"modifiers", QT_TRANSLATE_NOOP("bb::models::LineItemsModel", "Modifiers")},
            {"date", QT_TRANSLATE_NOOP("bb::models::LineItemsModel", "Date")},
            {"quantity", QT_TRANSLATE_NOOP("bb::models::LineItemsModel", "Quantity")},
            {"place_of_service",
                QT_TRANSLATE_NOOP("bb::models::LineItemsModel", "Place of service")},
            {"billed", QT_TRANSLATE_NOOP("bb::models::LineItemsModel", "Amount billed")},
            {"allowed", QT_TRANSLATE_NOOP("bb::models::LineItemsModel", "Medicare-approved")},
            {"medicare_paid", QT_TRANSLATE_NOOP("bb::models::LineItemsModel", "Medicare paid")},
            {"you_may_owe", QT_TRANSLATE_NOOP("bb::models::LineItemsModel", "You may owe")}},
        parent)
{
}

void LineItemsModel::setClaim(const fhir::Claim &claim)
{
    beginResetModel();
    m_items = claim.items;
    endResetModel();
}

void LineItemsModel::clear()
{
    beginResetModel();
    m_items.clear();
    endResetModel();
}

Cell LineItemsModel::cell(int row, int column) const
{
    const fhir::LineItem &item = m_items.at(row);
    switch (Column(column)) {
    case Sequence:
        return sequenceCell(item.sequence);
    case Service:
        if (!item.service.isEmpty())
            return codedCell(item.service);
        return codedCell(item.revenue.isEmpty() ? item.ndc : item.revenue);
    case Modifiers:
        return Cell::text(item.modifiers.join(u", "_s));
    case Date:
        return Cell::date(item.serviced.start.isValid() ? item.serviced.start : item.serviced.end);
    case Quantity:
        return Cell::number(item.quantity);
    case PlaceOfService:
        return codedCell(item.placeOfService);
    case Billed:
        return Cell::money(item.amounts.billed);
    case Allowed:
        return Cell::money(item.amounts.allowed);
    case Paid:
        return Cell::money(item.amounts.medicarePaid);
    case YouMayOwe:
        return Cell::money(item.amounts.patientResponsibility());
    case ColumnCount:
        break;
    }
    return {};
}

DiagnosesModel::DiagnosesModel(QObject *parent)
    : TableModel("bb::models::DiagnosesModel",
        {{"sequence", QT_TRANSLATE_NOOP("bb::models::DiagnosesModel", "#")},
            {"code", QT_TRANSLATE_NOOP("bb::models::DiagnosesModel", "Code")},
            {"description", QT_TRANSLATE_NOOP("bb::models::DiagnosesModel", "Description")},
            {"code_system", QT_TRANSLATE_NOOP("bb::models::DiagnosesModel", "Code system")},
            {"type", QT_TRANSLATE_NOOP("bb::models::DiagnosesModel", "Type")},
            {"present_on_admission",
                QT_TRANSLATE_NOOP("bb::models::DiagnosesModel", "Present on admission")}},
        parent)
{
}

void DiagnosesModel::setClaim(const fhir::Claim &claim)
{
    beginResetModel();
    m_diagnoses = claim.diagnoses;
    endResetModel();
}

void DiagnosesModel::clear()
{
    beginResetModel();
    m_diagnoses.clear();
    endResetModel();
}

bool DiagnosesModel::isPrincipal(int row) const
{
    return row >= 0 && row < m_diagnoses.size() && m_diagnoses.at(row).isPrincipal();
}

QString DiagnosesModel::typeText(const QString &type)
{
    static const struct
    {
        const char *code;
        const char *text;
    } known[] = {
        {"principal", QT_TRANSLATE_NOOP("bb::models::DiagnosesModel", "Principal")},
        {"admitting", QT_TRANSLATE_NOOP("bb::models::DiagnosesModel", "Admitting")},
        {"secondary", QT_TRANSLATE_NOOP("bb::models::DiagnosesModel", "Secondary")},
        {"other", QT_TRANSLATE_NOOP("bb::models::DiagnosesModel", "Other")},
        {"externalcauseofinjury",
            QT_TRANSLATE_NOOP("bb::models::DiagnosesModel", "External cause of injury")},
        {"patientreasonforvisit",
            QT_TRANSLATE_NOOP("bb::models::DiagnosesModel", "Reason for visit")},
    };
    for (const auto &k : known) {
        if (type == QLatin1String(k.code))
            return QCoreApplication::translate("bb::models::DiagnosesModel", k.text);
    }
    return type;
}

Cell DiagnosesModel::cell(int row, int column) const
{
    const fhir::Diagnosis &d = m_diagnoses.at(row);
    switch (Column(column)) {
    case Sequence:
        return sequenceCell(d.sequence);
    case Code: {
        Cell c = Cell::text(d.code, d.system);
        if (d.display.isEmpty())
            c.raw = d.code;
        return c;
    }
    case Description:
        return Cell::text(d.display);
    case CodeSystem:
        return Cell::text(d.codeSystemName().isEmpty() ? d.system : d.codeSystemName());
    case Type: {
        Cell c = Cell::text(typeText(d.type));
        c.exportValue = d.type;
        if (c.display == d.type)
            c.raw = d.type;
        return c;
    }
    case PresentOnAdmission:
        return Cell::text(d.onAdmission);
    case ColumnCount:
        break;
    }
    return {};
}

ProceduresModel::ProceduresModel(QObject *parent)
    : TableModel("bb::models::ProceduresModel",
        {{"sequence", QT_TRANSLATE_NOOP("bb::models::ProceduresModel", "#")},
            {"code", QT_TRANSLATE_NOOP("bb::models::ProceduresModel", "Code")},
            {"description", QT_TRANSLATE_NOOP("bb::models::ProceduresModel", "Description")},
            {"date", QT_TRANSLATE_NOOP("bb::models::ProceduresModel", "Date")}},
        parent)
{
}

void ProceduresModel::setClaim(const fhir::Claim &claim)
{
    beginResetModel();
    m_procedures = claim.procedures;
    endResetModel();
}

void ProceduresModel::clear()
{
    beginResetModel();
    m_procedures.clear();
    endResetModel();
}

Cell ProceduresModel::cell(int row, int column) const
{
    const fhir::Procedure &p = m_procedures.at(row);
    switch (Column(column)) {
    case Sequence:
        return sequenceCell(p.sequence);
    case Code: {
        Cell c = Cell::text(p.code, p.system);
        if (p.display.isEmpty())
            c.raw = p.code;
        return c;
    }
    case Description:
        return Cell::text(p.display);
    case Date:
        return Cell::date(p.date);
    case ColumnCount:
        break;
    }
    return {};
}

CareTeamModel::CareTeamModel(QObject *parent)
    : TableModel("bb::models::CareTeamModel",
        {{"sequence", QT_TRANSLATE_NOOP("bb::models::CareTeamModel", "#")},
            {"name", QT_TRANSLATE_NOOP("bb::models::CareTeamModel", "Name")},
            {"role", QT_TRANSLATE_NOOP("bb::models::CareTeamModel", "Role")},
            {"identifier", QT_TRANSLATE_NOOP("bb::models::CareTeamModel", "NPI or ID")},
            {"specialty", QT_TRANSLATE_NOOP("bb::models::CareTeamModel", "Specialty")}},
        parent)
{
}

void CareTeamModel::setClaim(const fhir::Claim &claim)
{
    beginResetModel();
    m_members = claim.careTeam;
    endResetModel();
}

void CareTeamModel::clear()
{
    beginResetModel();
    m_members.clear();
    endResetModel();
}

Cell CareTeamModel::cell(int row, int column) const
{
    const fhir::CareTeamMember &m = m_members.at(row);
    switch (Column(column)) {
    case Sequence:
        return sequenceCell(m.sequence);
    case Name:
        return Cell::text(m.name);
    case Role: {
        Cell c = Cell::text(m.roleDisplay.isEmpty() ? m.role : m.roleDisplay);
        c.exportValue = m.role;
        if (m.roleDisplay.isEmpty())
            c.raw = m.role;
        return c;
    }
    case Identifier:
        return Cell::text(m.id, m.idType);
    case Specialty:
        return Cell::text(m.specialty);
    case ColumnCount:
        break;
    }
    return {};
}

SupportingInfoModel::SupportingInfoModel(QObject *parent)
    : TableModel("bb::models::SupportingInfoModel",
        {{"sequence", QT_TRANSLATE_NOOP("bb::models::SupportingInfoModel", "#")},
            {"information", QT_TRANSLATE_NOOP("bb::models::SupportingInfoModel", "Information")},
            {"value", QT_TRANSLATE_NOOP("bb::models::SupportingInfoModel", "Value")},
            {"start", QT_TRANSLATE_NOOP("bb::models::SupportingInfoModel", "From")},
            {"end", QT_TRANSLATE_NOOP("bb::models::SupportingInfoModel", "To")}},
        parent)
{
}

void SupportingInfoModel::setClaim(const fhir::Claim &claim)
{
    beginResetModel();
    m_infos = claim.supportingInfo;
    endResetModel();
}

void SupportingInfoModel::clear()
{
    beginResetModel();
    m_infos.clear();
    endResetModel();
}

Cell SupportingInfoModel::cell(int row, int column) const
{
    const fhir::SupportingInfo &s = m_infos.at(row);
    switch (Column(column)) {
    case Sequence:
        return sequenceCell(s.sequence);
    case Information: {
        Cell c = Cell::text(s.label.isEmpty() ? s.category : s.label);
        c.exportValue = s.category;
        if (s.label.isEmpty())
            c.raw = s.category;
        return c;
    }
    case Value:
        if (!s.code.isEmpty() || !s.codeDisplay.isEmpty())
            return codedCell({infoSystem(s), s.code, s.codeDisplay});
        return Cell::number(s.quantity);
    case Start:
        return Cell::date(s.timing.start);
    case End:
        return Cell::date(s.timing.end);
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace bb::models
