#pragma once

#include "fhir/claimtype.h"

#include <QColor>
#include <QPalette>

class QChart;

namespace bb::views {

// Charts follow the application palette: light or dark theme by the window colour, the
// palette's own background and text, and one colour per claim type that reads on both
// (the Okabe–Ito colour-blind-safe set, lightened on dark backgrounds).
bool isDarkPalette(const QPalette &palette);
void applyChartPalette(QChart *chart, const QPalette &palette);
QColor claimTypeColor(fhir::ClaimType type, const QPalette &palette);
// The single-series colour (what you paid per month).
QColor accentColor(const QPalette &palette);

} // namespace bb::views
