#include "auth/urlpolicy.h"

#include <QCoreApplication>
#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace bb::auth {

bool isLoopbackHost(const QString &host)
{
    if (host.compare("localhost"_L1, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

UrlProblem checkUrl(const QUrl &url, UrlRole role)
{
    if (url.isEmpty())
        return UrlProblem::Empty;
    if (!url.isValid() || url.isRelative())
        return UrlProblem::Malformed;
    if (!url.userInfo().isEmpty())
        return UrlProblem::HasCredentials;
    const QString scheme = url.scheme().toLower();
    if (scheme != "https"_L1 && scheme != "http"_L1)
        return UrlProblem::UnsupportedScheme;
    if (url.host().isEmpty())
        return UrlProblem::MissingHost;
    if (scheme == "http"_L1 && !isLoopbackHost(url.host()))
        return UrlProblem::InsecureHttp;
    if (url.hasFragment())
        return UrlProblem::HasFragment;
    if (role != UrlRole::RedirectUri && url.hasQuery())
        return UrlProblem::HasQuery;
    return UrlProblem::None;
}

UrlProblem parseUrl(const QString &text, UrlRole role, QUrl *url)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return UrlProblem::Empty;
    const QUrl parsed(trimmed, QUrl::StrictMode);
    // "example.org" parses as a relative path, not a host: say so instead of guessing https.
    if (!parsed.isValid() || parsed.scheme().isEmpty())
        return UrlProblem::Malformed;
    const UrlProblem problem = checkUrl(parsed, role);
    if (problem == UrlProblem::None && url)
        *url = parsed;
    return problem;
}

QString describeUrlProblem(UrlProblem problem)
{
    switch (problem) {
    case UrlProblem::None:
        return {};
    case UrlProblem::Empty:
        return QCoreApplication::translate("bb::auth::UrlPolicy", "Enter an address.");
    case UrlProblem::Malformed:
        return QCoreApplication::translate("bb::auth::UrlPolicy",
            "This is not a complete web address. It should look like https://example.org/.");
    case UrlProblem::MissingHost:
        return QCoreApplication::translate(
            "bb::auth::UrlPolicy", "The address has no server name.");
    case UrlProblem::UnsupportedScheme:
        return QCoreApplication::translate(
            "bb::auth::UrlPolicy", "The address must start with https://.");
    case UrlProblem::InsecureHttp:
        return QCoreApplication::translate("bb::auth::UrlPolicy",
            "Use https://. Plain http:// is only allowed for addresses on this computer "
            "(127.0.0.1, [::1] or localhost).");
    case UrlProblem::HasCredentials:
        return QCoreApplication::translate("bb::auth::UrlPolicy",
            "Remove the user name and password from the address. Secrets are never stored "
            "in addresses.");
    case UrlProblem::HasQuery:
        return QCoreApplication::translate(
            "bb::auth::UrlPolicy", "Remove the part after \"?\" from the address.");
    case UrlProblem::HasFragment:
        return QCoreApplication::translate(
            "bb::auth::UrlPolicy", "Remove the part after \"#\" from the address.");
    }
    return {};
}

} // namespace bb::auth
