#pragma once

#include <QString>

namespace bb {

// Identity of the application as seen by QSettings, QStandardPaths, the keychain and the
// window system. Set once, before anything reads settings.
void initApplicationInfo();

QString applicationVersion();

} // namespace bb
