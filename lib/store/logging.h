#pragma once

#include <QLoggingCategory>

// "bb.store": turn on with QT_LOGGING_RULES="bb.store.debug=true". Messages name files by
// their hashed names and never carry a key or any of the stored data.
Q_DECLARE_LOGGING_CATEGORY(lcStore)
