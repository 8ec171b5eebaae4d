#pragma once

#include "fhir/claimtype.h"

#include <QDate>
#include <QStringList>

namespace bb::models {

struct ClaimRow;

enum class DatePreset : quint8 { AllDates, Last12Months, ThisYear };

// The filters of the claims list, shared by the drugs and overview models so every view
// filters the same way. All parts combine (AND).
class ClaimFilter
{
public:
    // Every type shown, every date, no text: accepts all claims.
    ClaimFilter() = default;

    void setTypeShown(fhir::ClaimType type, bool shown);
    void setTypes(const QList<fhir::ClaimType> &types); // only these; Unknown may be listed
    void showAllTypes();
    bool isTypeShown(fhir::ClaimType type) const;

    // Claims whose service period overlaps [from, to]; an invalid end is open. Claims with no
    // service date at all pass only when both ends are open.
    void setDateRange(const QDate &from, const QDate &to);
    // Last12Months: today.addMonths(-12) through today; ThisYear: Jan 1 to Dec 31 of today's
    // year. `today` is a parameter so tests and the views agree on the day.
    void setDatePreset(DatePreset preset, const QDate &today);
    QDate from() const { return m_from; }
    QDate to() const { return m_to; }

    // Words separated by spaces, each of which must occur (case-insensitively) in a
    // provider, diagnosis, procedure, drug, code or id of the claim.
    void setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }

    void setOnlyPatientResponsibility(bool only) { m_onlyOwe = only; }
    bool onlyPatientResponsibility() const { return m_onlyOwe; }

    bool accepts(const ClaimRow &row) const;
    bool acceptsDates(const QDate &start, const QDate &end) const;
    bool isPassThrough() const;

    friend bool operator==(const ClaimFilter &, const ClaimFilter &) = default;

private:
    static quint32 bit(fhir::ClaimType type) { return 1u << quint32(type); }
    static constexpr quint32 kAllTypes = 0x1ff; // Unknown + the eight types

    quint32 m_types = kAllTypes;
    QDate m_from;
    QDate m_to;
    QString m_searchText;
    QStringList m_words; // case-folded
    bool m_onlyOwe = false;
};

} // namespace bb::models
