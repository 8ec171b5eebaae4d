#pragma once

#include <QString>

namespace bb::cli {

struct AccessTokenFile
{
    QString token; // empty on error
    QString error; // translated, one line, never containing the token
};

// Reads a file holding just an access token (surrounding whitespace ignored). Refused: a
// missing, unreadable or empty file, more than one line of text, and a file every user of
// the computer may read (a token is a password to the person's Medicare data). The token is
// registered with the log redaction before anything else sees it.
AccessTokenFile readAccessTokenFile(const QString &path);

} // namespace bb::cli
