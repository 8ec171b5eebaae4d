#include "cli/logging.h"

Q_LOGGING_CATEGORY(lcCli, "bb.cli", QtWarningMsg)
