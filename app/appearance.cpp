#include "appearance.h"

#include "views/contrast.h"

#include <QApplication>
#include <QPalette>

namespace bb {

namespace {

constexpr char systemPaletteProperty[] = "bbSystemPalette";

QPalette systemPalette()
{
    const QVariant stored = qApp->property(systemPaletteProperty);
    if (stored.isValid())
        return stored.value<QPalette>();
    const QPalette palette = QApplication::palette();
    qApp->setProperty(systemPaletteProperty, palette);
    return palette;
}

} // namespace

void applyAppearance(bool highContrast)
{
    const QPalette system = systemPalette();
    if (highContrast) {
        QApplication::setPalette(views::highContrastPalette());
        return;
    }
    const QPalette readable = views::withReadableText(system);
    // An unresolved palette gives the app back to the system's.
    QApplication::setPalette(readable == system ? QPalette() : readable);
}

} // namespace bb
