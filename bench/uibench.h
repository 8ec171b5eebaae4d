#pragma once

#include <QTextStream>

// `bbbench ui`: the claims list's models over a large beneficiary from the sandbox generator:
// loading pages, then each filter and sort change a view can make, and the memory they take.
int runUiBench(QTextStream &out, int claimCount, int repetitions);
