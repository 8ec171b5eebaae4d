#include "models/datanotes.h"

namespace bb::models {

QString DataNotes::futureStart(const QDate &start, const QDate &today)
{
    if (!start.isValid() || !today.isValid() || start <= today)
        return {};
    //: After a coverage start date later than today.
    return tr("(a date in the future, as Medicare sent it)");
}

QString DataNotes::coveredDays(
    std::optional<qint64> covered, const QDate &admitted, const QDate &discharged)
{
    if (!covered || !admitted.isValid() || !discharged.isValid() || discharged < admitted)
        return {};
    // Counted generously (both the first and the last day), so only a real mismatch shows.
    const qint64 stayDays = admitted.daysTo(discharged) + 1;
    if (*covered <= stayDays)
        return {};
    //: After the days Medicare covered when they are more than the stay lasted.
    return tr(
        "(more than the %Ln day(s) of the stay, as Medicare sent it)", nullptr, int(stayDays));
}

} // namespace bb::models
