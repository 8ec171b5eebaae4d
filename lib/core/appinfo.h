#pragma once

#include <QString>

namespace bb {

// Identity of the application as seen by QSettings, QStandardPaths, the keychain and the
// window system. Set once, before anything reads settings.
void initApplicationInfo();

// The one version number: the CMake project version, behind --version, Help → About, the
// package and its AppStream metainfo.
QString applicationVersion();

// The day this build was configured, as YYYY-MM-DD (UTC).
QString buildDate();

// The Qt running the app, and the one it was built with when they differ: "6.4.2", or
// "6.4.3 (built with 6.4.2)".
QString qtVersionText();

// The AppStream and desktop-entry identifier (reverse domain name), also the name of the
// installed desktop file without ".desktop".
QString applicationId();

} // namespace bb
