#include "views/contrast.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace bb::views {

namespace {

double linear(double channel)
{
    return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

QColor opaque(const QColor &color, const QColor &over)
{
    // A translucent colour is seen as blended with what is under it.
    if (color.alpha() == 255)
        return color;
    const double a = color.alphaF();
    return QColor::fromRgbF(float(color.redF() * a + over.redF() * (1 - a)),
        float(color.greenF() * a + over.greenF() * (1 - a)),
        float(color.blueF() * a + over.blueF() * (1 - a)));
}

} // namespace

double relativeLuminance(const QColor &color)
{
    const QColor c = color.toRgb();
    return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const QColor top = opaque(a, b);
    const double l1 = relativeLuminance(top);
    const double l2 = relativeLuminance(b);
    return (std::max(l1, l2) + 0.05) / (std::min(l1, l2) + 0.05);
}

QList<ColourPair> paletteColourPairs()
{
    using R = QPalette::ColorRole;
    return {
        {u"Text on Base"_s, R::Text, R::Base, textContrast},
        {u"Text on AlternateBase"_s, R::Text, R::AlternateBase, textContrast},
        {u"WindowText on Window"_s, R::WindowText, R::Window, textContrast},
        {u"ButtonText on Button"_s, R::ButtonText, R::Button, textContrast},
        {u"HighlightedText on Highlight"_s, R::HighlightedText, R::Highlight, textContrast},
        {u"PlaceholderText on Base"_s, R::PlaceholderText, R::Base, textContrast},
        {u"PlaceholderText on Window"_s, R::PlaceholderText, R::Window, textContrast},
        {u"Link on Base"_s, R::Link, R::Base, textContrast},
        {u"ToolTipText on ToolTipBase"_s, R::ToolTipText, R::ToolTipBase, textContrast},
        // The focus frame and the selection are drawn in Highlight.
        {u"Highlight on Base"_s, R::Highlight, R::Base, graphicsContrast},
    };
}

QPalette highContrastPalette()
{
    const QColor black(0, 0, 0);
    const QColor white(255, 255, 255);
    const QColor yellow(255, 255, 0);
    const QColor cyan(0, 255, 255);
    QPalette p(white, black);
    for (const auto group : {QPalette::Active, QPalette::Inactive}) {
        p.setColor(group, QPalette::Window, black);
        p.setColor(group, QPalette::WindowText, white);
        p.setColor(group, QPalette::Base, black);
        p.setColor(group, QPalette::AlternateBase, QColor(0x1a, 0x1a, 0x1a));
        p.setColor(group, QPalette::Text, white);
        p.setColor(group, QPalette::Button, black);
        p.setColor(group, QPalette::ButtonText, white);
        p.setColor(group, QPalette::BrightText, yellow);
        p.setColor(group, QPalette::Highlight, yellow);
        p.setColor(group, QPalette::HighlightedText, black);
        p.setColor(group, QPalette::Link, cyan);
        p.setColor(group, QPalette::LinkVisited, QColor(0xff, 0x80, 0xff));
        p.setColor(group, QPalette::ToolTipBase, black);
        p.setColor(group, QPalette::ToolTipText, white);
        p.setColor(group, QPalette::PlaceholderText, QColor(0xd0, 0xd0, 0xd0));
        // Frames and separators: visible lines, not shades.
        p.setColor(group, QPalette::Light, white);
        p.setColor(group, QPalette::Midlight, QColor(0xc0, 0xc0, 0xc0));
        p.setColor(group, QPalette::Mid, QColor(0xa0, 0xa0, 0xa0));
        p.setColor(group, QPalette::Dark, white);
        p.setColor(group, QPalette::Shadow, white);
    }
    // Disabled: still readable (grey on black at 5:1), so a reader can tell what it is.
    const QColor disabled(0x9a, 0x9a, 0x9a);
    p.setColor(QPalette::Disabled, QPalette::WindowText, disabled);
    p.setColor(QPalette::Disabled, QPalette::Text, disabled);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, disabled);
    p.setColor(QPalette::Disabled, QPalette::Window, black);
    p.setColor(QPalette::Disabled, QPalette::Base, black);
    p.setColor(QPalette::Disabled, QPalette::Button, black);
    return p;
}

QPalette withReadableText(QPalette palette)
{
    for (const auto group : {QPalette::Active, QPalette::Inactive}) {
        for (const ColourPair &pair : paletteColourPairs()) {
            const QColor background = palette.color(group, pair.background);
            QColor fg = opaque(palette.color(group, pair.foreground), background);
            if (contrastRatio(fg, background) >= pair.minimum)
                continue;
            // Toward whichever end of the scale is farther from the background.
            const bool darken = relativeLuminance(background) > 0.18;
            for (int step = 0; step < 40 && contrastRatio(fg, background) < pair.minimum; ++step)
                fg = darken ? fg.darker(110) : fg.lighter(112);
            if (contrastRatio(fg, background) < pair.minimum)
                fg = darken ? QColor(Qt::black) : QColor(Qt::white);
            palette.setColor(group, pair.foreground, fg);
        }
    }
    return palette;
}

} // namespace bb::views
