#include "login/logging.h"

Q_LOGGING_CATEGORY(lcLogin, "bb.login", QtInfoMsg)
