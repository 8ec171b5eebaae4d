#pragma once

#include <QColor>
#include <QList>
#include <QPalette>
#include <QString>

namespace bb::views {

// WCAG 2.1 colour contrast: relative luminance and contrast ratio (1:1 to 21:1), as the
// standard defines them (sRGB, linearised). AA asks 4.5:1 for text and 3:1 for graphics such
// as chart bars and focus indicators.
double relativeLuminance(const QColor &color);
double contrastRatio(const QColor &a, const QColor &b);

constexpr double textContrast = 4.5;
constexpr double graphicsContrast = 3.0;

// A pair of palette colours the app draws one on the other, and what it must reach.
struct ColourPair
{
    QString what; // "Text on Base", for a failure message
    QPalette::ColorRole foreground;
    QPalette::ColorRole background;
    double minimum;
};

// Every foreground/background pair the app's widgets and labels use.
QList<ColourPair> paletteColourPairs();

// The built-in high-contrast palette (Settings > High contrast): white text on black,
// yellow selection and links, as the common high-contrast themes do; every pair above
// 7:1.
QPalette highContrastPalette();

// `palette` with every text role that reads below 4.5:1 on its background moved toward
// black or white until it does (the active and inactive groups; disabled controls are
// exempt in WCAG). A system theme's placeholder grey is often too faint; everything else is
// left as the system chose.
QPalette withReadableText(QPalette palette);

} // namespace bb::views
