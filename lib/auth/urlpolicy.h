#pragma once

#include <QString>
#include <QUrl>

// Which URLs we accept in an environment's configuration. OAuth codes and tokens travel to
// these addresses, so plain http is only allowed where it cannot leave the machine.
namespace bb::auth {

enum class UrlRole {
    // The server root (base URL): no query, no fragment; a path prefix is allowed.
    ServiceBase,
    // A token-exchange proxy endpoint: no query (it would end up in QSettings), no fragment.
    TokenProxy,
    // The OAuth redirect URI: a query is allowed (RFC 6749 §3.1.2), a fragment is not.
    RedirectUri,
};

enum class UrlProblem {
    None,
    Empty,
    Malformed,
    MissingHost,
    UnsupportedScheme,
    // http to anything but a loopback address.
    InsecureHttp,
    // user:password@host: credentials would be written to the settings file and logs.
    HasCredentials,
    HasQuery,
    HasFragment,
};

// 127.0.0.0/8, ::1 and "localhost" (RFC 8252 §8.3 prefers the literal addresses, but for the
// traffic's confidentiality all three stay on the machine).
bool isLoopbackHost(const QString &host);

UrlProblem checkUrl(const QUrl &url, UrlRole role);

// Parses what a user typed (surrounding whitespace ignored) strictly, without guessing a
// scheme the way QUrl::fromUserInput would, and checks it. `url` is set only on success.
UrlProblem parseUrl(const QString &text, UrlRole role, QUrl *url);

// A translated sentence for the settings dialog, e.g. "Use https:// (http:// is only
// allowed for this computer's own addresses)." Empty for UrlProblem::None.
QString describeUrlProblem(UrlProblem problem);

} // namespace bb::auth
