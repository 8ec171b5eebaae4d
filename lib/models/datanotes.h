#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace bb::models {

// Short notes beside values Medicare sent that do not add up. The value is always shown as
// sent; the note says what looks wrong, so nobody wonders whether the app made it up.
class DataNotes
{
    Q_DECLARE_TR_FUNCTIONS(bb::models::DataNotes)
public:
    // A coverage that starts after `today`: "(a date in the future, as Medicare sent it)".
    static QString futureStart(const QDate &start, const QDate &today);
    // Covered days of a stay from `admitted` to `discharged` that are more than the stay's
    // days (the day of admission through the day of discharge).
    static QString coveredDays(
        std::optional<qint64> covered, const QDate &admitted, const QDate &discharged);
};

} // namespace bb::models
