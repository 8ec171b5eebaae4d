#pragma once

#include <QtGlobal>

#include <optional>

// When a token's proactive refresh runs, from the `expires_in` the server sent. That number is
// not trusted: a lifetime no longer than the lead would make the refresh run at once after
// every refresh (a loop of rotations and keychain writes), and a huge one would overflow
// QTimer's int milliseconds and QDateTime arithmetic.
namespace bb::auth::refreshschedule {

// No proactive refresh sooner than this after a token arrived; until then a token that has
// already expired is refreshed on demand, after a 401.
inline constexpr int kMinimumDelayMs = 30 * 1000;
// Nor later than this: the timer is simply set again by the next refresh.
inline constexpr int kMaximumDelayMs = 24 * 60 * 60 * 1000;
// The longest lifetime believed, for the expiry date (ten years).
inline constexpr qint64 kMaximumLifetimeMs = 10LL * 365 * 24 * 60 * 60 * 1000;

// The token's lifetime in milliseconds, at most kMaximumLifetimeMs; nullopt when `expires_in`
// is absent, zero, negative or not a number (the expiry is unknown).
std::optional<qint64> lifetimeMs(double expiresInSeconds);

// How long after the token arrived its refresh runs: `leadSeconds` before it expires, within
// [kMinimumDelayMs, kMaximumDelayMs]; nullopt when the expiry is unknown (no proactive
// refresh, only on demand).
std::optional<int> delayMs(double expiresInSeconds, int leadSeconds);

} // namespace bb::auth::refreshschedule
