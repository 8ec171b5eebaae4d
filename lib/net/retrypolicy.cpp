#include "net/retrypolicy.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace bb::net {

int RetryPolicy::backoffMs(int failures, double unitRandom) const
{
    const int exponent = std::clamp(failures - 1, 0, 20);
    const double full = std::min(double(maxDelayMs), double(baseDelayMs) * std::pow(2.0, exponent));
    const double r = std::clamp(unitRandom, 0.0, 1.0);
    return int(full / 2 + r * full / 2);
}

std::optional<int> parseRetryAfterMs(QByteArrayView value, const QDateTime &now)
{
    const QByteArray text = value.toByteArray().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 seconds = text.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? std::nullopt
                           : std::optional<int>(int(std::min<qint64>(seconds, 86400) * 1000));
    // RFC 9110 IMF-fixdate: "Sun, 06 Nov 1994 08:49:37 GMT".
    const QDateTime at = QLocale::c().toDateTime(
        QString::fromLatin1(text), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!at.isValid())
        return std::nullopt;
    QDateTime utc = at;
    utc.setTimeSpec(Qt::UTC);
    return int(std::clamp<qint64>(now.msecsTo(utc), 0, 86400 * 1000));
}

} // namespace bb::net
