#pragma once

#include "models/claimrow.h"
#include "models/tablemodel.h"

#include <QHash>
#include <QList>

#include <optional>

namespace bb::models {

// Every claim of the beneficiary, one row each, in the order they arrived. Rows are
// appended as sync pages stream in; a claim id that arrives again replaces its row in place.
// ClaimsProxyModel puts them newest first and filters them.
class ClaimListModel : public TableModel
{
    Q_OBJECT
public:
    enum Column {
        ServiceStart,
        ServiceEnd,
        Type,
        Provider,
        Detail, // main diagnosis, or the drug of a prescription
        Billed,
        Paid, // Medicare paid (Part D: plan paid)
        YouMayOwe,
        ClaimId,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit ClaimListModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // Appends new claims with one beginInsertRows for the page; a known id replaces its row
    // (dataChanged) unless the stored copy has a newer lastUpdated.
    void appendClaims(QList<fhir::Claim> claims);

    // Rows made ahead, on any thread, for fillPrepared(): a kept record of 10,000 claims then
    // reaches the list without holding the window while its rows are made.
    struct PreparedRows
    {
        QList<ClaimRow> rows;
        QHash<QString, int> rowById;
    };
    // Duplicates within `claims` are folded as appendClaims() folds them. Thread-safe.
    static PreparedRows prepareRows(QList<fhir::Claim> claims);
    // Replaces every row with `prepared`.
    void fillPrepared(PreparedRows prepared);
    void clear();

    int claimCount() const { return int(m_rows.size()); }
    const ClaimRow &claimRow(int row) const { return m_rows.at(row); }
    const fhir::Claim &claim(int row) const { return m_rows.at(row).claim; }
    int rowForId(const QString &id) const { return m_rowById.value(id, -1); }

    // Sync progress: how many claims the server said there are (Bundle.total) and whether
    // every page arrived. Totals computed before that are partial and must say so.
    void setExpectedTotal(std::optional<qint64> total);
    std::optional<qint64> expectedTotal() const { return m_expected; }
    void setSyncComplete(bool complete);
    bool isSyncComplete() const { return m_syncComplete; }
    // Complete when the sync finished and nothing the server announced is missing.
    bool isComplete() const;
    // Empty when complete, else "Totals cover 120 of 130 claims" (or "... of an unknown
    // number of claims").
    QString completenessText() const;

    // Orders two source rows by a column's underlying value (dates, cents, folded text);
    // unknown values first. <0, 0 or >0.
    int compareRows(int column, int left, int right) const;

Q_SIGNALS:
    void completenessChanged();

protected:
    int rows() const override { return int(m_rows.size()); }
    Cell cell(int row, int column) const override;

private:
    void fillEmpty(QList<fhir::Claim> claims);

    QList<ClaimRow> m_rows;
    QHash<QString, int> m_rowById;
    std::optional<qint64> m_expected;
    bool m_syncComplete = false;
};

} // namespace bb::models
