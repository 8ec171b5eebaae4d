#pragma once

#include <QLoggingCategory>

// One category per layer, so a user can turn on e.g. QT_LOGGING_RULES="bb.net.debug=true"
// without drowning in everything else.
Q_DECLARE_LOGGING_CATEGORY(lcCore)
