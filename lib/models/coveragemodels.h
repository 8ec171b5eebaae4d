#pragma once

#include "fhir/coverage.h"
#include "models/keyvaluemodel.h"
#include "models/tablemodel.h"

namespace bb::models {

// One row per Medicare part, A to D (then any unknown part): status, period, plan or
// contract, and the coded details a person understands (entitlement reason, dual status...).
class CoverageModel : public TableModel
{
    Q_OBJECT
public:
    enum Column { Part, Status, Start, End, Plan, Details, ColumnCount };
    Q_ENUM(Column)

    explicit CoverageModel(QObject *parent = nullptr);

    void setCoverages(QList<fhir::Coverage> coverages);
    void clear();
    const fhir::Coverage &coverage(int row) const { return m_coverages.at(row); }

    static QString partText(fhir::Coverage::Part part);
    // "Active", "Cancelled", ... translated; an unknown status as received.
    static QString statusText(const QString &status);

protected:
    int rows() const override { return int(m_coverages.size()); }
    Cell cell(int row, int column) const override;

private:
    QList<fhir::Coverage> m_coverages;
};

// Every field of one Coverage, then each coded extension ("orec: 1: Disability ...").
class CoverageDetailModel : public KeyValueModel
{
    Q_OBJECT
public:
    explicit CoverageDetailModel(QObject *parent = nullptr);
    void setCoverage(const fhir::Coverage &coverage);
    void clear();
};

} // namespace bb::models
