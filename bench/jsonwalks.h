#pragma once

#include <QByteArray>

// Reference walks over the same bytes the typed reader sees: parse and touch every value.
// Each returns a checksum so the work cannot be optimised away.
quint64 walkWithQJsonDocument(const QByteArray &json);
// simdjson On-Demand as a default (portable) build compiles it: the "fallback" kernel.
quint64 walkWithSimdjsonPortable(const QByteArray &json);
// simdjson On-Demand built for AVX2 (x86-64 only; check simdjsonAvx2Supported() first).
quint64 walkWithSimdjsonAvx2(const QByteArray &json);
bool simdjsonAvx2Supported();
