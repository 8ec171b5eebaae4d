#pragma once

#include <QTextStream>

// `bbbench parse`: JSON bytes -> typed claims, against two reference walks over the same bytes.
int runParseBench(QTextStream &out, int largeClaimCount, int repetitions);
