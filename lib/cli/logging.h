#pragma once

#include <QLoggingCategory>

// "bb.cli": what `bbviewer export` decided (sources, fetches, writers). Never a token.
Q_DECLARE_LOGGING_CATEGORY(lcCli)
