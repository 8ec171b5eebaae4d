#pragma once

#include "fhir/claimtype.h"

#include <QColor>
#include <QFont>
#include <QPalette>

class QChart;
class QChartView;

namespace bb::views {

// Charts follow the application palette: light or dark theme by the window colour, the
// palette's own background and text, and one colour per claim type that reads on both
// (the Okabe–Ito colour-blind-safe set, each darkened or lightened until it stands out from
// the background by 3:1, as WCAG 2.1 asks of graphics).
bool isDarkPalette(const QPalette &palette);
void applyChartPalette(QChart *chart, const QPalette &palette);
QColor claimTypeColor(fhir::ClaimType type, const QPalette &palette);
// The single-series colour (what you paid per month).
QColor accentColor(const QPalette &palette);

// Chart text in `font` (the widget's, which follows View > Zoom), the title a little larger:
// the chart theme would otherwise keep its own fixed sizes.
void applyChartFont(QChart *chart, const QFont &font);
// Value-axis ticks whose labels fit `plotHeight` pixels of `font` text with room between them
// (3 to 6): large text gets fewer, never overlapping, labels.
int fittingTickCount(int plotHeight, const QFont &font);
// Turns the category (bottom) axis labels upright when they do not fit side by side in the
// view's width, so years and months are never cut to "2…" or "M…".
void fitCategoryLabels(QChartView *view);

} // namespace bb::views
