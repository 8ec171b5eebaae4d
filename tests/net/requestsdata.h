#pragma once

#include <QByteArray>

// Bodies for tst_net_requests, kept out of the Q_OBJECT file: moc 6.4 mis-parses raw string
// literals with brackets and then generates nothing.
namespace requestsdata {
QByteArray emptyBundle();
QByteArray capabilityStatement();
QByteArray bundleWithForeignNextLink();
QByteArray errorDetail(); // {"detail": "Server says no."}
} // namespace requestsdata
