#pragma once

#include <QLoggingCategory>

// "bb.ui": the app shell (sign-in orchestration, sync, windows).
Q_DECLARE_LOGGING_CATEGORY(lcShell)
