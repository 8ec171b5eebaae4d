#pragma once

#include <QJsonObject>
#include <QTextStream>

// The app-level figures of the local store and incremental sync (the second part of
// `bbbench store`), on the sandbox's 2,919- and 10,000-claim users with `latencyMs` per
// request: a full sync, a reopen from the store to filled views, incremental syncs with
// nothing new and with changed claims, the store's size, and the main loop's longest stall
// while saving and loading. Adds them to `figures` under "record"; false when a run failed.
bool runRecordBench(QTextStream &out, QJsonObject &figures, int repetitions, int latencyMs);
