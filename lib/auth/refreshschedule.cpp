#include "auth/refreshschedule.h"

#include <algorithm>
#include <cmath>

namespace bb::auth::refreshschedule {

std::optional<qint64> lifetimeMs(double expiresInSeconds)
{
    // Written so that NaN fails too.
    if (!(expiresInSeconds > 0))
        return std::nullopt;
    // Clamped as a double first: converting an out-of-range double to an integer is undefined.
    const double ms = std::min(expiresInSeconds * 1000.0, double(kMaximumLifetimeMs));
    return std::max<qint64>(1, qint64(std::llround(ms)));
}

std::optional<int> delayMs(double expiresInSeconds, int leadSeconds)
{
    const std::optional<qint64> lifetime = lifetimeMs(expiresInSeconds);
    if (!lifetime)
        return std::nullopt;
    const qint64 due = *lifetime - qint64(leadSeconds) * 1000;
    return int(std::clamp<qint64>(due, kMinimumDelayMs, kMaximumDelayMs));
}

} // namespace bb::auth::refreshschedule
