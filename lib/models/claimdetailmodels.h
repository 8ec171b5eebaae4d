#pragma once

#include "fhir/claim.h"
#include "models/tablemodel.h"

namespace bb::models {

// Small tables for the detail view of one claim. Each is filled by setClaim() with a model
// reset; the claim is copied (its lists are implicitly shared, so this is cheap).

// The claim's lines: service code and description, modifiers, date, quantity, place of
// service and the line's money.
class LineItemsModel : public TableModel
{
    Q_OBJECT
public:
    enum Column {
        Sequence,
        Service,
        Modifiers,
        Date,
        Quantity,
        PlaceOfService,
        Billed,
        Allowed,
        Paid,
        YouMayOwe,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit LineItemsModel(QObject *parent = nullptr);
    void setClaim(const fhir::Claim &claim);
    void clear();

protected:
    int rows() const override { return int(m_items.size()); }
    Cell cell(int row, int column) const override;

private:
    QList<fhir::LineItem> m_items;
};

// Diagnoses in sequence order; the principal one is marked in the Type column and by
// isPrincipal().
class DiagnosesModel : public TableModel
{
    Q_OBJECT
public:
    enum Column { Sequence, Code, Description, CodeSystem, Type, PresentOnAdmission, ColumnCount };
    Q_ENUM(Column)

    explicit DiagnosesModel(QObject *parent = nullptr);
    void setClaim(const fhir::Claim &claim);
    void clear();
    bool isPrincipal(int row) const;

    // "Principal", "Admitting", ... translated; an unknown type code as received.
    static QString typeText(const QString &type);

protected:
    int rows() const override { return int(m_diagnoses.size()); }
    Cell cell(int row, int column) const override;

private:
    QList<fhir::Diagnosis> m_diagnoses;
};

class ProceduresModel : public TableModel
{
    Q_OBJECT
public:
    enum Column { Sequence, Code, Description, Date, ColumnCount };
    Q_ENUM(Column)

    explicit ProceduresModel(QObject *parent = nullptr);
    void setClaim(const fhir::Claim &claim);
    void clear();

protected:
    int rows() const override { return int(m_procedures.size()); }
    Cell cell(int row, int column) const override;

private:
    QList<fhir::Procedure> m_procedures;
};

class CareTeamModel : public TableModel
{
    Q_OBJECT
public:
    enum Column { Sequence, Name, Role, Identifier, Specialty, ColumnCount };
    Q_ENUM(Column)

    explicit CareTeamModel(QObject *parent = nullptr);
    void setClaim(const fhir::Claim &claim);
    void clear();

protected:
    int rows() const override { return int(m_members.size()); }
    Cell cell(int row, int column) const override;

private:
    QList<fhir::CareTeamMember> m_members;
};

// Supporting information: the claim's received date, admission period, codes such as the
// discharge status, in the server's own words.
class SupportingInfoModel : public TableModel
{
    Q_OBJECT
public:
    enum Column { Sequence, Information, Value, Start, End, ColumnCount };
    Q_ENUM(Column)

    explicit SupportingInfoModel(QObject *parent = nullptr);
    void setClaim(const fhir::Claim &claim);
    void clear();

protected:
    int rows() const override { return int(m_infos.size()); }
    Cell cell(int row, int column) const override;

private:
    QList<fhir::SupportingInfo> m_infos;
};

} // namespace bb::models
