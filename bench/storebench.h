#pragma once

#include <QTextStream>

// `bbbench store`: the encrypted store of a person's data (lib/store) on the recorded
// responses and on the sandbox's two big users (2,919 and 10,000 claims), fetched in-process:
// zlib against zstd at several levels, then LocalStore's save and load with each.
int runStoreBench(QTextStream &out, int repetitions);
