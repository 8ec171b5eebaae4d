#pragma once

#include <QTextStream>

// `bbbench store`: the encrypted store of a person's data (lib/store) on the recorded
// responses and on the sandbox's two big users (2,919 and 10,000 claims), fetched in-process:
// zlib against zstd at several levels, then LocalStore's save and load with each; then the
// app's record reopened from the store and synced incrementally (recordbench.h).
struct StoreBenchOptions
{
    int repetitions = 3;
    int latencyMs = 250; // the record's syncs
    bool recordOnly = false; // skip the compression table and the snapshot store
};
int runStoreBench(QTextStream &out, const StoreBenchOptions &options);
