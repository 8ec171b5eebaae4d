#pragma once

#include <QIcon>
#include <QString>

class QWidget;

namespace bb {

// An icon of resources/icons/<name>.svg drawn in the palette's text colour (the files use
// `currentColor`), so it follows light and dark themes; sharp at any device pixel ratio.
// `widget` gives the palette; the application's when null.
QIcon themedIcon(const QString &name, const QWidget *widget = nullptr);

} // namespace bb
