#include "models/claimdatespan.h"

#include "models/claimfilter.h"
#include "models/claimlistmodel.h"

#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace bb::models {

namespace {

// The locale's long date without the weekday: "July 17, 2022", "17 de julio de 2022".
QString dateInWords(const QDate &date)
{
    const QLocale locale;
    QString format = locale.dateFormat(QLocale::LongFormat);
    format.remove(QRegularExpression(u"d{4}[,.]?\\s*"_s));
    return locale.toString(date, format.trimmed());
}

} // namespace

ClaimDateSpan claimDateSpan(const ClaimListModel &claims)
{
    ClaimDateSpan span;
    for (int i = 0; i < claims.claimCount(); ++i) {
        const ClaimRow &row = claims.claimRow(i);
        const QDate start = row.start.isValid() ? row.start : row.end;
        const QDate end = row.end.isValid() ? row.end : row.start;
        if (!start.isValid())
            continue;
        if (!span.years.contains(start.year()))
            span.years.append(start.year());
        if (!span.oldest.isValid() || start < span.oldest)
            span.oldest = start;
        if (!span.newest.isValid() || end > span.newest)
            span.newest = end;
    }
    std::sort(span.years.begin(), span.years.end(), std::greater<>());
    return span;
}

QString EmptyListText::claims(const ClaimFilter &filter, int loaded, const ClaimDateSpan &span)
{
    if (loaded == 0)
        //: Empty claims list before any claim arrived (or the person has none).
        return tr("No claims yet. Claims appear here as they arrive from Medicare.");
    const bool dated = filter.from().isValid() || filter.to().isValid();
    QString text;
    if (dated && filter.searchText().isEmpty() && !filter.onlyPatientResponsibility()) {
        //: Empty claims list: the date filter left nothing.
        text = tr("No claims in the chosen dates.");
        if (span.newest.isValid())
            //: Empty claims list: %1 is the service date of the newest claim, in words.
            text += u' ' + tr("Your newest claim is from %1.").arg(dateInWords(span.newest));
        //: Empty claims list: what to do. "All dates" is the date filter's first choice.
        text += u' ' + tr("Choose \"All dates\" to see every claim.");
        return text;
    }
    //: Empty claims list: filters left nothing; %Ln is how many claims there are in all.
    text = tr("None of your %Ln claim(s) match the filters.", nullptr, loaded);
    //: Empty claims list: what to do.
    text += u' ' + tr("Clear the search, tick more claim types or choose \"All dates\".");
    return text;
}

} // namespace bb::models

namespace bb::models {

QString EmptyListText::drugs(const ClaimFilter &filter, int prescriptions)
{
    if (prescriptions == 0)
        //: Empty Drugs tab: the person has no prescription drug claims (yet).
        return tr("No prescription drug claims. Fills covered by a Medicare drug plan (Part D) "
                  "appear here.");
    if (filter.isPassThrough())
        return {};
    //: Empty Drugs tab: the filters leave no prescription; %Ln is how many there are in all.
    QString text =
        tr("None of your %Ln prescription fill(s) match the filters.", nullptr, prescriptions);
    //: Empty Drugs tab: what to do.
    text += u' ' + tr("Clear the search or choose \"All dates\".");
    return text;
}

QString EmptyListText::lastTwelveMonths(
    int claimsInMonths, bool anyOwed, int loaded, const QDate &newest)
{
    if (anyOwed || loaded == 0)
        return {};
    if (claimsInMonths > 0)
        //: Under the monthly chart: claims in the last 12 months, none with anything to pay.
        return tr("Nothing to pay or owe for services in the last 12 months.");
    //: Under the monthly chart when no claim falls in the last 12 months.
    QString text = tr("No claims in the last 12 months.");
    if (newest.isValid())
        text += u' ' + tr("Your newest claim is from %1.").arg(dateInWords(newest));
    //: Under the empty monthly chart: where to see older claims.
    text += u' ' + tr("The Claims tab shows every date.");
    return text;
}

} // namespace bb::models
