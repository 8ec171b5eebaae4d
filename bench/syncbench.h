#pragma once

#include <QList>
#include <QTextStream>

// `bbbench sync`: a full claims sync against the local sandbox (on its own thread) with
// injected latency, plain sequential `next` following against bbviewer's client, side by side.
struct SyncBenchOptions
{
    int latencyMs = 250;
    int concurrency = 0; // 0: the client's default
    QList<int> sweep; // concurrencies to try on the ~3,000-claim user (empty: none)
};

int runSyncBench(QTextStream &out, const SyncBenchOptions &options);
