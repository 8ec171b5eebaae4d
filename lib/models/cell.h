#pragma once

#include "fhir/money.h"

#include <QDate>
#include <QString>
#include <QVariant>

#include <optional>

namespace bb::models {

// What one table cell shows and exports. The models build cells on demand; only the sort
// and filter paths of the large claims list bypass them for speed.
struct Cell
{
    enum class Kind : quint8 { Text, Money, Date, Number };

    Kind kind = Kind::Text;
    QString display;
    QVariant sortKey; // invalid when unknown
    QString exportValue;
    QVariant cents; // money only
    QString toolTip;
    QString raw; // RawValueRole

    static Cell text(const QString &text, const QString &toolTip = {});
    static Cell money(std::optional<fhir::Money> amount);
    static Cell date(const QDate &date);
    static Cell number(std::optional<double> value);
    static Cell integer(std::optional<qint64> value);
};

// What a cell answers for a role of docs/models.md (invalid for roles it does not serve).
QVariant cellData(const Cell &cell, int role);
// Whether cellData() can answer `role`: lets models skip building a cell for other roles.
bool isCellRole(int role);

// Localised currency text for an amount of US dollars, exact to the cent: "$1,234.50"
// (en_US), "1.234,50 US$" (es_ES). Empty for an unknown amount.
QString formatMoney(std::optional<fhir::Money> amount);
QString formatMoney(fhir::Money amount);
// Whole dollars in the locale, for chart axes: "$2,000,000", "2.000.000 US$".
QString formatWholeDollars(double dollars);
// Localised short date, empty when invalid.
QString formatDate(const QDate &date);
// The format formatDate writes (for date editors: "M/d/yyyy", "d/M/yyyy").
QString dateFormat();
// "Jan 5, 2023" for a one-day range, "Jan 5, 2023 – Jan 7, 2023" otherwise.
QString formatDateRange(const QDate &start, const QDate &end);

} // namespace bb::models
