#pragma once

#include <QLoggingCategory>

// The models layer's category: QT_LOGGING_RULES="bb.models.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcModels)
