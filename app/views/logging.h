#pragma once

#include <QLoggingCategory>

// "bb.views": the claims, drugs and overview tabs. Logs counts and timings, never amounts or
// names (they are the beneficiary's health data).
Q_DECLARE_LOGGING_CATEGORY(lcViews)
