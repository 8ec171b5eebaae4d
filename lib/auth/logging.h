#pragma once

#include <QLoggingCategory>

// "bb.auth": turn on with QT_LOGGING_RULES="bb.auth.debug=true". Whatever goes through it is
// still passed through the redacting message handler (redaction.h) before it is written.
Q_DECLARE_LOGGING_CATEGORY(lcAuth)
