#pragma once

#include <QByteArrayList>

// The recorded 6-page sandbox run (52 claims), each page re-serialised compactly as it
// travels over the wire.
QByteArrayList sandboxPagesCompact();

// `claimCount` claims in pages of 50, made from the recorded claims of every type with fresh
// ids, compact JSON. Deterministic.
QByteArrayList generatedPages(int claimCount);
