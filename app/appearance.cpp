#include "appearance.h"

#include "views/contrast.h"

#include <QApplication>
#include <QPalette>

namespace bb {

namespace {

constexpr char systemPaletteProperty[] = "bbSystemPalette";

// The style draws control outlines as shades of the window colour, which vanish on black:
// in high contrast every field, box and button gets a white frame (3:1 for the outline of a
// control, WCAG 1.4.11) and the one with the keyboard focus a yellow one.
constexpr auto highContrastStyleSheet = R"(
QLineEdit, QSpinBox, QDateEdit, QPlainTextEdit, QTextEdit, QComboBox, QPushButton, QToolButton {
    border: 2px solid #ffffff; padding: 2px 4px; }
QLineEdit:focus, QSpinBox:focus, QDateEdit:focus, QPlainTextEdit:focus, QTextEdit:focus,
QComboBox:focus, QPushButton:focus, QToolButton:focus, QAbstractItemView:focus {
    border: 2px solid #ffff00; }
QCheckBox::indicator, QRadioButton::indicator { border: 2px solid #ffffff; width: 0.9em; height: 0.9em; }
QCheckBox::indicator:checked, QRadioButton::indicator:checked { background: #ffff00; }
QCheckBox:focus, QRadioButton:focus { color: #ffff00; }
)";

QPalette systemPalette()
{
    const QVariant stored = qApp->property(systemPaletteProperty);
    if (stored.isValid())
        return stored.value<QPalette>();
    QPalette palette = QApplication::palette();
    qApp->setProperty(systemPaletteProperty, palette);
    return palette;
}

} // namespace

void applyAppearance(bool highContrast)
{
    const QPalette system = systemPalette();
    if (highContrast) {
        QApplication::setPalette(views::highContrastPalette());
        qApp->setStyleSheet(QString::fromLatin1(highContrastStyleSheet));
        return;
    }
    qApp->setStyleSheet(QString());
    const QPalette readable = views::withReadableText(system);
    // An unresolved palette gives the app back to the system's.
    QApplication::setPalette(readable == system ? QPalette() : readable);
}

} // namespace bb
