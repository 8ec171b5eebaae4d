#include "store/logging.h"

Q_LOGGING_CATEGORY(lcStore, "bb.store", QtInfoMsg)
