#pragma once

#include <QByteArray>

// Reference walks over the same bytes the typed reader sees: parse and touch every value.
// Each returns a checksum so the work cannot be optimised away.
quint64 walkWithQJsonDocument(const QByteArray &json);
quint64 walkWithSimdjsonOnDemand(const QByteArray &json);
const char *simdjsonOnDemandKernel();
bool simdjsonOnDemandSupported();
