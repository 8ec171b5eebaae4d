#pragma once

#include <QLoggingCategory>

// "bb.login": the embedded login browser. URLs logged here pass through the redacting message
// handler, which masks `code` and other secrets in their queries.
Q_DECLARE_LOGGING_CATEGORY(lcLogin)
