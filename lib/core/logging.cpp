#include "core/logging.h"

Q_LOGGING_CATEGORY(lcCore, "bb.core", QtInfoMsg)
