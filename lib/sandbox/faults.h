#pragma once

#include <QString>

namespace bb::sandbox {

// Fault injection knobs. All off by default: a default-constructed value is a well-behaved
// sandbox. Rates are probabilities per request in [0, 1]; the draws come from a generator
// seeded by `seed`, so a run with the same settings fails the same requests.
struct FaultSettings
{
    int latencyMs = 0; // added to every response
    int jitterMs = 0; // plus a uniform random 0..jitterMs
    double errorRate = 0.0; // answered 500, 502 or 503 (in turn) with the v2 bodies
    double throttleRate = 0.0; // answered 429 with Retry-After
    int throttleStormRequests = 0; // the next N requests are all answered 429 (a storm)
    int retryAfterSeconds = 1; // Retry-After of injected 429s
    int rateLimitPerSecond = 0; // per access token; 0 = the real default (100000/s)
    double truncateRate = 0.0; // 200 whose body is cut in half (Content-Length matches)
    double dropRate = 0.0; // connection reset after the headers and half of the body
    int slowBodyBytesPerSecond = 0; // body trickles out at this rate; 0 = full speed
    int accessTokenLifetimeSeconds = 3600; // expires_in of new access tokens
    bool loopingNextLink = false; // EOB search pages point `next` back at themselves
    // A server that lies about sizes: EOB search pages say `total` is this (0: the real count)
    // and their paging links carry this `_count` (0: the one asked for).
    qint64 reportedTotal = 0;
    int nextLinkCount = 0;
    bool includeOAuth = false; // faults also hit /v2/o/ and /v2/connect/ (default: FHIR only)
    quint64 seed = 0x5eed;

    bool anyRequestFault() const
    {
        return latencyMs > 0 || jitterMs > 0 || errorRate > 0 || throttleRate > 0
            || throttleStormRequests > 0 || truncateRate > 0 || dropRate > 0
            || slowBodyBytesPerSecond > 0;
    }
};

// What the injector decided for one request.
struct FaultPlan
{
    int delayMs = 0;
    int forcedStatus = 0; // 0 = the real answer; else 429, 500, 502 or 503
    bool truncate = false;
    bool drop = false;
    int slowBytesPerSecond = 0;
};

class FaultInjector
{
public:
    void setSettings(const FaultSettings &settings);
    const FaultSettings &settings() const { return m_settings; }

    // `path` decides whether the request is in scope at all (FHIR only unless includeOAuth).
    FaultPlan plan(const QString &path);

private:
    double draw();

    FaultSettings m_settings;
    quint64 m_counter = 0;
    int m_stormLeft = 0;
    int m_errorTurn = 0;
};

} // namespace bb::sandbox
