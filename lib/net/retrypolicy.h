#pragma once

#include <QByteArrayView>
#include <QDateTime>

#include <optional>

namespace bb::net {

// When and how often a failed request is tried again. Times are in milliseconds.
struct RetryPolicy
{
    // Tries in all for network errors, timeouts, 5xx and unreadable pages (first try included).
    int maxAttempts = 4;
    // 429 is the server asking to slow down, not a failure: it gets more tries.
    int maxRateLimitedAttempts = 10;
    int baseDelayMs = 250; // first back-off; doubles each time
    int maxDelayMs = 8000;
    int maxRetryAfterMs = 60000; // a longer Retry-After fails the page instead of stalling
    // No byte for this long aborts the request (slow bodies that keep arriving are fine).
    int inactivityTimeoutMs = 30000; // BB2 waits 30 s for its backend
    int requestTimeoutMs = 180000; // hard cap for one request, however slowly it trickles

    // Back-off before try number `failures + 1`, with "equal jitter": half the exponential
    // delay is fixed, half random (`unitRandom` in [0, 1)), so parallel pages that failed
    // together do not come back together.
    int backoffMs(int failures, double unitRandom) const;
};

// A Retry-After header value (delta-seconds or an HTTP-date) in milliseconds from `now`.
std::optional<int> parseRetryAfterMs(QByteArrayView value, const QDateTime &now);

} // namespace bb::net
