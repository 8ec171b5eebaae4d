#include "models/claimfilter.h"

#include "models/claimrow.h"

namespace bb::models {

void ClaimFilter::setTypeShown(fhir::ClaimType type, bool shown)
{
    m_types = shown ? (m_types | bit(type)) : (m_types & ~bit(type));
}

void ClaimFilter::setTypes(const QList<fhir::ClaimType> &types)
{
    m_types = 0;
    for (fhir::ClaimType t : types)
        m_types |= bit(t);
}

void ClaimFilter::showAllTypes()
{
    m_types = kAllTypes;
}

bool ClaimFilter::isTypeShown(fhir::ClaimType type) const
{
    return (m_types & bit(type)) != 0;
}

void ClaimFilter::setDateRange(const QDate &from, const QDate &to)
{
    m_from = from;
    m_to = to;
}

void ClaimFilter::setDatePreset(DatePreset preset, const QDate &today)
{
    switch (preset) {
    case DatePreset::AllDates:
        setDateRange({}, {});
        break;
    case DatePreset::Last12Months:
        setDateRange(today.addMonths(-12), today);
        break;
    case DatePreset::ThisYear:
        setDateRange(QDate(today.year(), 1, 1), QDate(today.year(), 12, 31));
        break;
    }
}

void ClaimFilter::setSearchText(const QString &text)
{
    m_searchText = text;
    m_words = text.toCaseFolded().split(u' ', Qt::SkipEmptyParts);
}

bool ClaimFilter::acceptsDates(const QDate &start, const QDate &end) const
{
    if (!m_from.isValid() && !m_to.isValid())
        return true;
    if (!start.isValid() && !end.isValid())
        return false;
    const QDate s = start.isValid() ? start : end;
    const QDate e = end.isValid() ? end : start;
    return (!m_to.isValid() || s <= m_to) && (!m_from.isValid() || e >= m_from);
}

bool ClaimFilter::accepts(const ClaimRow &row) const
{
    if (!isTypeShown(row.claim.type))
        return false;
    if (m_onlyOwe && !row.hasPatientResponsibility())
        return false;
    if (!acceptsDates(row.start, row.end))
        return false;
    for (const QString &word : m_words) {
        if (!row.searchText.contains(word))
            return false;
    }
    return true;
}

bool ClaimFilter::isPassThrough() const
{
    return m_types == kAllTypes && !m_from.isValid() && !m_to.isValid() && m_words.isEmpty()
        && !m_onlyOwe;
}

} // namespace bb::models
