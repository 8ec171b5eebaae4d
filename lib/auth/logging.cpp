#include "auth/logging.h"

// Debug output is off by default: even redacted, OAuth traffic is nobody's business.
Q_LOGGING_CATEGORY(lcAuth, "bb.auth", QtInfoMsg)
