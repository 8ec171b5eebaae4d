#pragma once

#include <QTextStream>

// `bbbench export`: the exporters over the sandbox's benchmark user: CSV of every claim as
// the Claims tab shows them, PDF of the newest claims, and a claim statement PDF.
int runExportBench(QTextStream &out, int claimCount, int repetitions);
