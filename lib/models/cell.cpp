#include "models/cell.h"

#include "models/roles.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTextDocument>

#include <cmath>

using namespace Qt::StringLiterals;

namespace bb::models {

Cell Cell::text(const QString &text, const QString &toolTip)
{
    Cell c;
    c.display = text;
    c.exportValue = text;
    if (!text.isEmpty())
        c.sortKey = text.toCaseFolded();
    c.toolTip = toolTip;
    return c;
}

Cell Cell::money(std::optional<fhir::Money> amount)
{
    Cell c;
    c.kind = Kind::Money;
    if (amount) {
        c.display = formatMoney(*amount);
        c.sortKey = amount->cents();
        c.cents = amount->cents();
        c.exportValue = amount->toPlainString();
    }
    return c;
}

Cell Cell::date(const QDate &date)
{
    Cell c;
    c.kind = Kind::Date;
    if (date.isValid()) {
        c.display = formatDate(date);
        c.sortKey = date;
        c.exportValue = date.toString(Qt::ISODate);
    }
    return c;
}

Cell Cell::number(std::optional<double> value)
{
    Cell c;
    c.kind = Kind::Number;
    if (value) {
        c.display = QLocale().toString(*value, 'g', 12);
        c.sortKey = *value;
        c.exportValue = QString::number(*value, 'g', 12);
    }
    return c;
}

Cell Cell::integer(std::optional<qint64> value)
{
    Cell c;
    c.kind = Kind::Number;
    if (value) {
        c.display = QLocale().toString(*value);
        c.sortKey = *value;
        c.exportValue = QString::number(*value);
    }
    return c;
}

QVariant cellData(const Cell &c, int role)
{
    switch (role) {
    case Qt::DisplayRole:
        return c.display;
    case Qt::ToolTipRole:
        // Tool tips render what looks like markup as rich text; a server's text that does
        // (a system URL or code with <img> in it) is escaped so it shows as written.
        if (c.toolTip.isEmpty())
            return {};
        return Qt::mightBeRichText(c.toolTip)
            ? Qt::convertFromPlainText(c.toolTip, Qt::WhiteSpaceNormal)
            : c.toolTip;
    case Qt::TextAlignmentRole:
        // Amounts and counts line up on their last digit.
        if (c.kind == Cell::Kind::Money || c.kind == Cell::Kind::Number)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case SortRole:
        return c.sortKey;
    case ExportRole:
        return c.exportValue;
    case CentsRole:
        return c.cents;
    case RawValueRole:
        return c.raw.isEmpty() ? QVariant() : QVariant(c.raw);
    }
    return {};
}

bool isCellRole(int role)
{
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case Qt::TextAlignmentRole:
    case SortRole:
    case ExportRole:
    case CentsRole:
    case RawValueRole:
        return true;
    }
    return false;
}

namespace {

// Amounts are US dollars whatever the language: only a US locale may write a bare "$".
QString dollarSymbol(const QLocale &locale)
{
    return locale.currencySymbol(QLocale::CurrencyIsoCode) == "USD"_L1
        ? locale.currencySymbol(QLocale::CurrencySymbol)
        : u"US$"_s;
}

} // namespace

QString formatMoney(fhir::Money amount)
{
    const QLocale locale;
    // Exact: any cent count below 2^53 divided by 100 rounds back to the same two decimals.
    return locale.toCurrencyString(double(amount.cents()) / 100.0, dollarSymbol(locale), 2);
}

QString formatWholeDollars(double dollars)
{
    const QLocale locale;
    return locale.toCurrencyString(std::round(dollars), dollarSymbol(locale), 0);
}

QString formatMoney(std::optional<fhir::Money> amount)
{
    return amount ? formatMoney(*amount) : QString();
}

QString dateFormat()
{
    // The locale's short format, but with a four-digit year: claims span decades, and
    // "1/15/16" could be 1916 to someone reading an old record.
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(u"yyyy"_s))
        format.replace(u"yy"_s, u"yyyy"_s);
    return format;
}

QString formatDate(const QDate &date)
{
    if (!date.isValid())
        return {};
    return QLocale().toString(date, dateFormat());
}

QString formatDateRange(const QDate &start, const QDate &end)
{
    if (!start.isValid() || !end.isValid() || start == end)
        return formatDate(start.isValid() ? start : end);
    //: A range of service dates: first day – last day.
    return QCoreApplication::translate("bb::models::Cell", "%1 – %2")
        .arg(formatDate(start), formatDate(end));
}

} // namespace bb::models
