#include "net/logging.h"

Q_LOGGING_CATEGORY(lcNet, "bb.net", QtInfoMsg)
