#pragma once

#include <QLoggingCategory>

// "bb.account": sign-ins, restores and syncs of the account service. Never a token.
Q_DECLARE_LOGGING_CATEGORY(lcAccount)
