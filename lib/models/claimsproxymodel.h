#pragma once

#include "fhir/claim.h"
#include "models/claimfilter.h"

#include <QPointer>
#include <QSortFilterProxyModel>

#include <optional>

namespace bb::models {

class ClaimListModel;

// The footer of the claims list: what is shown, summed exactly in cents. Unknown amounts
// are left out of a sum and counted, so a view can say "3 claims without an amount".
struct ClaimTotals
{
    int shown = 0;
    fhir::Money billed;
    fhir::Money paid;
    fhir::Money youMayOwe;
    int billedUnknown = 0;
    int paidUnknown = 0;
    int oweUnknown = 0;
    // Of the whole list, not just what is shown: "totals cover N of M claims".
    int loaded = 0;
    std::optional<qint64> expected;
    bool complete = false;
};

// Filters and sorts a ClaimListModel. Newest first by default. Sorting compares the typed
// values (dates, cents), never the display text; filtering reads precomputed rows, so a
// change over 10,000 claims takes milliseconds (bbbench ui).
class ClaimsProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ClaimsProxyModel(QObject *parent = nullptr);

    // Must be a ClaimListModel (anything else is refused with a warning and shows nothing).
    void setSourceModel(QAbstractItemModel *model) override;
    ClaimListModel *claimListModel() const { return m_source.data(); }

    void setClaimTypeShown(fhir::ClaimType type, bool shown);
    void setClaimTypes(const QList<fhir::ClaimType> &types);
    void showAllClaimTypes();
    bool isClaimTypeShown(fhir::ClaimType type) const { return m_filter.isTypeShown(type); }
    void setDateRange(const QDate &from, const QDate &to);
    void setDatePreset(DatePreset preset, const QDate &today);
    void setSearchText(const QString &text);
    void setOnlyPatientResponsibility(bool only);
    // Replaces every filter at once (one re-filter instead of several).
    void setFilter(const ClaimFilter &filter);
    const ClaimFilter &filter() const { return m_filter; }

    ClaimTotals totals() const;

Q_SIGNALS:
    void filterChanged();
    // The shown rows or the list's completeness changed: re-read totals().
    void totalsChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void applyFilter(const ClaimFilter &filter);

    ClaimFilter m_filter;
    QPointer<ClaimListModel> m_source;
    QMetaObject::Connection m_completeness;
};

} // namespace bb::models
