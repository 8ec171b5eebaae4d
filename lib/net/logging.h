#pragma once

#include <QLoggingCategory>

// "bb.net": requests, retries and paging decisions. Turn on with
// QT_LOGGING_RULES="bb.net.debug=true"; tokens never go through it (only URLs and statuses).
Q_DECLARE_LOGGING_CATEGORY(lcNet)
