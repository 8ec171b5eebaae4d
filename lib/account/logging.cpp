#include "account/logging.h"

Q_LOGGING_CATEGORY(lcAccount, "bb.account", QtInfoMsg)
