#pragma once

namespace bb {

// The app's colours: the system's palette (light, dark or the desktop's own high contrast),
// with any text colour that reads below 4.5:1 on its background made darker or lighter until
// it does; or, when `highContrast`, the built-in high-contrast palette. The system's palette
// is the one the app started with. With nothing to correct, the app palette is left to the
// system, so a theme change on the desktop still comes through.
void applyAppearance(bool highContrast);

} // namespace bb
