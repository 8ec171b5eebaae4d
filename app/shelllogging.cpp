#include "shelllogging.h"

Q_LOGGING_CATEGORY(lcShell, "bb.ui", QtInfoMsg)
