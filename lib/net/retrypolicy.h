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
    // 429 is the server asking to slow down, not a failure: its Retry-After is honoured for
    // as long as the whole job has waited less than rateLimitBudgetMs in all (parallel pages
    // waiting together count once). A Retry-After beyond what is left fails the page at once
    // instead of stalling. The tries are counted only as a guard against `Retry-After: 0`
    // for ever.
    int rateLimitBudgetMs = 120000;
    int maxRateLimitedAttempts = 200;
    int baseDelayMs = 250; // first back-off; doubles each time
    int maxDelayMs = 8000;
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
