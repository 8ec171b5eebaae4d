#pragma once

#include "net/claimquery.h"

namespace bb::account {

// What one sync fetches and keeps. The app asks for everything and streams it into its
// models; `bbviewer export` asks for what its output needs and takes the results whole.
struct SyncRequest
{
    bool userInfo = true; // the account's name (and, with a bare access token, whose it is)
    bool patient = true;
    bool coverage = true;
    bool claims = true;
    net::ClaimQuery claimQuery; // default: every claim
    // How many claims the server has in all (Sync::Part::ClaimCount), beside an incremental
    // claims query: fewer than kept means some were removed.
    bool claimCount = false;

    enum class RawJson : quint8 {
        None,
        // Compressed on a worker thread as pages arrive (Sync::rawArchived): the app's Raw FHIR
        // tab and Export All Data as FHIR JSON.
        Archived,
        // Kept uncompressed in each part's result (net::FetchResult::raw).
        Collected,
    };
    RawJson rawJson = RawJson::None;
    // Keep every resource in the parts' results too (net::FetchOptions::accumulate). Off when
    // the receiver keeps its own copy of what the signals stream.
    bool collect = false;
    // Requests in flight at once (Settings > Downloads in the app).
    int maxConcurrentRequests = 6;
};

} // namespace bb::account
