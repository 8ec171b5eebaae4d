#pragma once

namespace bb::store {

// Initialises libsodium once per process (thread-safe); false when it cannot be used, which
// only happens when the system has no source of randomness.
bool ensureSodium();

} // namespace bb::store
