#pragma once

#include <QtGlobal>

// Resident set size of this process in bytes (Linux /proc/self/statm), 0 when unknown.
qint64 residentBytes();
