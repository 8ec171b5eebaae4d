#include "sandbox/sandboxlogging.h"

Q_LOGGING_CATEGORY(lcSandbox, "bb.sandbox", QtInfoMsg)
