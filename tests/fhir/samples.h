#pragma once

#include <QByteArray>

// A bundle of four entries where the 2nd and 3rd are unusable.
QByteArray mixedBundleSample();
// A claim of an unknown type with unexpected shapes in many fields.
QByteArray oddShapesSample();
