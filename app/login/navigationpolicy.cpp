#include "login/navigationpolicy.h"

#include "auth/environment.h"
#include "auth/urlpolicy.h"

#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace bb::login {

namespace {

bool isLoopbackAddressLiteral(const QString &host)
{
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

// An empty path and "/" are the same resource for an http(s) URL.
QString normalizedPath(const QUrl &url)
{
    const QString path = url.path(QUrl::FullyEncoded);
    return path.isEmpty() ? u"/"_s : path;
}

int defaultPort(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return scheme == "https"_L1 ? 443 : (scheme == "http"_L1 ? 80 : -1);
}

bool hostMatches(const QString &host, const QString &pattern)
{
    if (pattern.startsWith("*."_L1)) {
        const QString domain = pattern.mid(2);
        return host == domain || host.endsWith(u'.' + domain);
    }
    return host == pattern;
}

} // namespace

bool matchesRedirectUri(const QUrl &url, const QUrl &registered)
{
    if (!url.isValid() || !registered.isValid())
        return false;
    if (url.scheme().compare(registered.scheme(), Qt::CaseInsensitive) != 0)
        return false;
    if (url.host().compare(registered.host(), Qt::CaseInsensitive) != 0)
        return false;
    const bool anyPort = registered.scheme().compare("http"_L1, Qt::CaseInsensitive) == 0
        && registered.port() == -1 && isLoopbackAddressLiteral(registered.host());
    if (!anyPort && url.port(defaultPort(url)) != registered.port(defaultPort(registered)))
        return false;
    // Custom schemes (com.bbviewer.app://callback) have no path semantics worth normalising.
    const bool web = registered.scheme().startsWith("http"_L1, Qt::CaseInsensitive);
    return web ? normalizedPath(url) == normalizedPath(registered)
               : url.path() == registered.path();
}

NavigationPolicy::NavigationPolicy(const QUrl &redirectUri, const QStringList &allowedHosts)
    : m_redirectUri(redirectUri)
{
    for (const QString &host : allowedHosts) {
        const QString entry = host.trimmed().toLower();
        if (!entry.isEmpty() && !m_allowedHosts.contains(entry))
            m_allowedHosts << entry;
    }
}

QStringList NavigationPolicy::defaultCmsLoginHosts()
{
    return {u"*.medicare.gov"_s, u"*.cms.gov"_s};
}

NavigationPolicy NavigationPolicy::forEnvironment(const bb::auth::Environment &environment,
    const QUrl &redirectUri, const QStringList &extraHosts)
{
    const QUrl base = environment.baseUrl();
    const QString host = base.host().toLower();
    if (bb::auth::isLoopbackHost(host)) {
        const int port = base.port(defaultPort(base));
        return NavigationPolicy(redirectUri, {host + u':' + QString::number(port)});
    }
    QStringList hosts {host};
    hosts << extraHosts;
    return NavigationPolicy(redirectUri, hosts);
}

bool NavigationPolicy::isRedirect(const QUrl &url) const
{
    return matchesRedirectUri(url, m_redirectUri);
}

bool NavigationPolicy::isAllowed(const QUrl &url) const
{
    if (!url.isValid() || !url.userInfo().isEmpty())
        return false;
    const QString scheme = url.scheme().toLower();
    const QString host = url.host().toLower();
    if (host.isEmpty())
        return false;
    if (scheme == "http"_L1 || (scheme == "https"_L1 && bb::auth::isLoopbackHost(host))) {
        // Plain http only to the exact loopback server listed (the local sandbox): any other
        // port on this machine is some other program.
        if (!bb::auth::isLoopbackHost(host))
            return false;
        const QString hostPort = host + u':' + QString::number(url.port(defaultPort(url)));
        return m_allowedHosts.contains(hostPort);
    }
    if (scheme != "https"_L1)
        return false;
    for (const QString &pattern : m_allowedHosts) {
        if (hostMatches(host, pattern))
            return true;
    }
    return false;
}

NavigationPolicy::Decision NavigationPolicy::decide(const QUrl &url, bool isMainFrame) const
{
    if (isRedirect(url))
        return Decision::Redirect;
    if (isAllowed(url))
        return Decision::Allow;
    // Frames start out as about:blank or srcdoc documents; they have no origin of their own.
    if (!isMainFrame && url.scheme() == "about"_L1)
        return Decision::Allow;
    return Decision::Block;
}

} // namespace bb::login
