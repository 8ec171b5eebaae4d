#include "views/logging.h"

Q_LOGGING_CATEGORY(lcViews, "bb.views", QtInfoMsg)
