#pragma once

#include "api/replylimit.h"
#include "net/retrypolicy.h"

namespace bb::net {

// How a search walks its pages.
enum class PagingStrategy : quint8 {
    // Page 0 first; once it reveals `total`, every other page by `startIndex`, several at once.
    Parallel,
    // Follow Bundle.link[next] one page at a time (what the official SDKs do). Slower; kept
    // for servers whose links cannot be rewritten, and as the benchmark's baseline.
    FollowNext,
};

// How the client talks to its server: the same for every request it makes.
struct ClientOptions
{
    int pageSize = 50; // `_count`; Blue Button's maximum
    // Requests in flight per fetch. 6 is QNetworkAccessManager's HTTP/1.1 connection limit
    // per host: more would only queue inside it (see docs/networking.md for the figures).
    int maxConcurrentRequests = 6;
    PagingStrategy paging = PagingStrategy::Parallel;
    RetryPolicy retry;
    // What a server may make the client do. Bundle.total and the paging links come from the
    // server: without bounds, `total=1e9` with `_count=1` would queue a billion requests.
    // The heaviest users have about 10,000 claims; a search that reports more than
    // maxSearchTotal resources, or needs more than maxSearchPages pages, fails (TooMany).
    qint64 maxSearchTotal = 100'000;
    int maxSearchPages = 2'000;
    // The largest FHIR page or read accepted (TooLarge over it), checked as bytes arrive.
    qint64 maxPageBytes = api::kMaxFhirPageBytes;
};

// What one request keeps of what it receives: given with each call of BlueButtonClient.
struct FetchOptions
{
    // Also hand out each resource's JSON exactly as received (Page::raw, FetchResult::raw),
    // taken in the same walk that reads the typed resources. Off by default because 10,000
    // claims are about 270 MB of JSON.
    bool keepRawJson = false;
    // Collect every resource in FetchResult as well as streaming it through pageReady(). A
    // receiver that keeps its own copy turns this off to halve the memory.
    bool accumulate = true;
};

} // namespace bb::net
