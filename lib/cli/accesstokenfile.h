#pragma once

#include <QString>

namespace bb::cli {

struct AccessTokenFile
{
    QString token; // empty on error
    QString error; // translated, one line, never containing the token
};

// Reads a file holding just an access token (surrounding whitespace ignored). Refused: a
// missing, unreadable or empty file, more than one line of text, and a file anyone but its
// owner may read, through its group or as any user (a token is a password to the person's
// Medicare data). The token is
// registered with the log redaction before anything else sees it.
AccessTokenFile readAccessTokenFile(const QString &path);

} // namespace bb::cli
