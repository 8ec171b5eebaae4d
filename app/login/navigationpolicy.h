#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

namespace bb::auth {
class Environment;
}

namespace bb::login {

// Decides, for every navigation of the embedded login browser, whether it is the OAuth
// redirect (caught, never loaded), a page the login may show, or something to refuse.
// Kept free of WebEngine so the rules can be tested without a browser.
class NavigationPolicy
{
public:
    enum class Decision {
        Redirect, // the registered redirect URI: hand the URL to the OAuth flow
        Allow, // an allow-listed login page
        Block, // anything else: never loaded
    };

    NavigationPolicy() = default;
    // `allowedHosts` entries are "host", "*.domain" (the domain and any subdomain) or, for
    // loopback servers, "host:port". Non-loopback hosts are only allowed over https.
    NavigationPolicy(const QUrl &redirectUri, const QStringList &allowedHosts);

    // The login hosts Blue Button sends people to besides its own (configurable per
    // environment): Medicare.gov's login and CMS's own domains.
    static QStringList defaultCmsLoginHosts();
    // The environment's own host plus `extraHosts`; for a loopback base URL (the built-in
    // sandbox) only its exact host:port, since nothing else on this machine is part of the
    // login.
    static NavigationPolicy forEnvironment(const bb::auth::Environment &environment,
        const QUrl &redirectUri, const QStringList &extraHosts = defaultCmsLoginHosts());

    Decision decide(const QUrl &url, bool isMainFrame = true) const;
    bool isRedirect(const QUrl &url) const;
    bool isAllowed(const QUrl &url) const;

    QUrl redirectUri() const { return m_redirectUri; }
    QStringList allowedHosts() const { return m_allowedHosts; }

private:
    QUrl m_redirectUri;
    QStringList m_allowedHosts;
};

// Scheme, host, port and path equal; the query and fragment are ignored. A registration of
// http://127.0.0.1/<path> or http://[::1]/<path> without a port matches any port (RFC 8252
// §7.3, as Blue Button does); `localhost` and every other host need the same port.
bool matchesRedirectUri(const QUrl &url, const QUrl &registered);

} // namespace bb::login
