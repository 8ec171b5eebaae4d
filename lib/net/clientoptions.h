#pragma once

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

struct ClientOptions
{
    int pageSize = 50; // `_count`; Blue Button's maximum
    // Requests in flight per fetch. 6 is QNetworkAccessManager's HTTP/1.1 connection limit
    // per host: more would only queue inside it (see docs/networking.md for the figures).
    int maxConcurrentRequests = 6;
    PagingStrategy paging = PagingStrategy::Parallel;
    RetryPolicy retry;
    // Keep every page's JSON in FetchResult::rawPages (for "export raw FHIR JSON"); off by
    // default because 10,000 claims are about 270 MB of JSON.
    bool keepRawJson = false;
    // Collect every resource in FetchResult as well as streaming it through pageReady(). A
    // model that keeps its own copy can turn this off to halve the memory.
    bool accumulate = true;
};

} // namespace bb::net
