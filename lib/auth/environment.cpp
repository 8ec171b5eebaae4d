#include "auth/environment.h"

#include "auth/urlpolicy.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace bb::auth {

Environment Environment::defaults(Kind kind)
{
    Environment env;
    env.m_kind = kind;
    switch (kind) {
    case Kind::Local:
        env.m_baseUrl = defaultLocalBaseUrl();
        break;
    case Kind::Sandbox:
        env.m_baseUrl = sandboxBaseUrl();
        break;
    case Kind::Production:
        env.m_baseUrl = productionBaseUrl();
        break;
    case Kind::Custom:
        // No sensible default: the user must say where their server is.
        env.m_baseUrl = QUrl();
        break;
    }
    return env;
}

QList<Environment::Kind> Environment::allKinds()
{
    return {Kind::Local, Kind::Sandbox, Kind::Production, Kind::Custom};
}

QString Environment::kindId(Kind kind)
{
    switch (kind) {
    case Kind::Local:
        return u"local"_s;
    case Kind::Sandbox:
        return u"sandbox"_s;
    case Kind::Production:
        return u"production"_s;
    case Kind::Custom:
        return u"custom"_s;
    }
    return {};
}

std::optional<Environment::Kind> Environment::kindFromId(const QString &id)
{
    const QList<Kind> kinds = allKinds();
    for (Kind kind : kinds) {
        if (kindId(kind) == id)
            return kind;
    }
    return std::nullopt;
}

QString Environment::displayName(Kind kind)
{
    switch (kind) {
    case Kind::Local:
        return QCoreApplication::translate("bb::auth::Environment", "Demo (built-in sandbox)");
    case Kind::Sandbox:
        return QCoreApplication::translate("bb::auth::Environment", "CMS sandbox");
    case Kind::Production:
        return QCoreApplication::translate("bb::auth::Environment", "Medicare (CMS production)");
    case Kind::Custom:
        return QCoreApplication::translate("bb::auth::Environment", "Custom server");
    }
    return {};
}

QUrl Environment::sandboxBaseUrl()
{
    return QUrl(u"https://sandbox.bluebutton.cms.gov"_s);
}

QUrl Environment::productionBaseUrl()
{
    return QUrl(u"https://api.bluebutton.cms.gov"_s);
}

QUrl Environment::defaultLocalBaseUrl()
{
    return QUrl(u"http://127.0.0.1:8000"_s);
}

QUrl Environment::defaultRedirectUri()
{
    return QUrl(u"http://127.0.0.1/callback"_s);
}

QStringList Environment::consentLanguages()
{
    return {u"en"_s, u"es"_s};
}

bool Environment::hasFixedBaseUrl() const
{
    return m_kind == Kind::Sandbox || m_kind == Kind::Production;
}

QUrl Environment::endpoint(const QString &relativePath) const
{
    if (m_baseUrl.isEmpty())
        return {};
    QUrl url = m_baseUrl;
    QString path = url.path();
    if (!path.endsWith(u'/'))
        path += u'/';
    url.setPath(path + relativePath);
    return url;
}

QUrl Environment::authorizeUrl() const
{
    return endpoint(u"v2/o/authorize/"_s);
}

QUrl Environment::tokenUrl() const
{
    return endpoint(u"v2/o/token/"_s);
}

QUrl Environment::revokeUrl() const
{
    // The Blue Button revoke (not DOT's revoke_token/): it also deletes the data access
    // grant, which is what "disconnect" means to the user (docs/api-notes.md, Endpoints).
    return endpoint(u"v2/o/revoke/"_s);
}

QUrl Environment::userInfoUrl() const
{
    return endpoint(u"v2/connect/userinfo"_s);
}

QUrl Environment::fhirBaseUrl() const
{
    return endpoint(u"v2/fhir/"_s);
}

QUrl Environment::tokenRequestUrl() const
{
    return m_clientAuthentication == ClientAuthentication::TokenProxy ? m_tokenProxyUrl
                                                                      : tokenUrl();
}

QUrl Environment::revokeRequestUrl() const
{
    if (m_clientAuthentication != ClientAuthentication::TokenProxy)
        return revokeUrl();
    // Only a last segment named "token" says where the sibling revoke is; guessing for any
    // other shape could hand a live token to an endpoint that does something else with it.
    QUrl url = m_tokenProxyUrl;
    QString path = url.path();
    const bool slash = path.endsWith(u'/');
    if (slash)
        path.chop(1);
    static const QString tokenSegment = u"/token"_s;
    if (url.isEmpty() || !path.endsWith(tokenSegment))
        return {};
    path.chop(tokenSegment.size());
    url.setPath(path + u"/revoke"_s + (slash ? u"/"_s : QString()));
    return url;
}

void Environment::setScopes(const QStringList &scopes)
{
    m_scopes.clear();
    for (const QString &scope : scopes) {
        const QString s = scope.trimmed();
        if (!m_scopes.contains(s))
            m_scopes << s;
    }
}

QString Environment::effectiveConsentLanguage(const QString &uiLanguage) const
{
    if (!m_consentLanguage.isEmpty())
        return m_consentLanguage;
    return consentLanguages().contains(uiLanguage) ? uiLanguage : u"en"_s;
}

QList<Environment::Issue> Environment::validate() const
{
    QList<Issue> issues;

    if (hasFixedBaseUrl()) {
        if (m_baseUrl != defaults(m_kind).m_baseUrl)
            issues << Issue {Field::BaseUrl,
                QCoreApplication::translate("bb::auth::Environment",
                    "The address of this CMS environment cannot be changed. Choose "
                    "\"Custom server\" to use another address.")};
    } else if (const UrlProblem p = checkUrl(m_baseUrl, UrlRole::ServiceBase);
               p != UrlProblem::None) {
        issues << Issue {Field::BaseUrl, describeUrlProblem(p)};
    }

    const bool clientIdWellFormed = std::all_of(m_clientId.cbegin(), m_clientId.cend(),
        [](QChar c) { return c.unicode() > 0x20 && c.unicode() < 0x7F; });
    if (!clientIdWellFormed) {
        issues << Issue {Field::ClientId,
            QCoreApplication::translate("bb::auth::Environment",
                "The client ID may only contain letters, digits and punctuation.")};
    } else if (hasFixedBaseUrl() && !m_clientId.isEmpty()) {
        // The CMS servers refuse anything else with "Invalid client_id format"; saying so
        // here beats a cryptic error page in the middle of the login.
        const bool cmsFormat = m_clientId.size() == 40
            && std::all_of(m_clientId.cbegin(), m_clientId.cend(),
                [](QChar c) { return c.unicode() < 0x80 && c.isLetterOrNumber(); });
        if (!cmsFormat)
            issues << Issue {Field::ClientId,
                QCoreApplication::translate("bb::auth::Environment",
                    "A CMS client ID is exactly 40 letters and digits. Copy it from "
                    "your application's page on the Blue Button developer site.")};
    }

    // An unused proxy URL is still saved, so it must not carry credentials either.
    if (m_clientAuthentication == ClientAuthentication::TokenProxy || !m_tokenProxyUrl.isEmpty()) {
        if (const UrlProblem p = checkUrl(m_tokenProxyUrl, UrlRole::TokenProxy);
            p != UrlProblem::None)
            issues << Issue {Field::TokenProxyUrl, describeUrlProblem(p)};
    }

    if (const UrlProblem p = checkUrl(m_redirectUri, UrlRole::RedirectUri); p != UrlProblem::None)
        issues << Issue {Field::RedirectUri, describeUrlProblem(p)};

    if (m_scopes.isEmpty()) {
        issues << Issue {Field::Scopes,
            QCoreApplication::translate(
                "bb::auth::Environment", "Choose at least one permission to request.")};
    } else {
        const QStringList known = scopes::known();
        for (const QString &scope : m_scopes) {
            if (!scopes::isWellFormed(scope)) {
                issues << Issue {Field::Scopes,
                    QCoreApplication::translate(
                        "bb::auth::Environment", "\"%1\" is not a valid permission name.")
                        .arg(scope)};
            } else if (m_kind != Kind::Custom && !known.contains(scope)) {
                issues << Issue {Field::Scopes,
                    QCoreApplication::translate(
                        "bb::auth::Environment", "\"%1\" is not a Blue Button permission.")
                        .arg(scope)};
            }
        }
    }

    if (!m_consentLanguage.isEmpty() && !consentLanguages().contains(m_consentLanguage))
        issues << Issue {Field::ConsentLanguage,
            QCoreApplication::translate("bb::auth::Environment",
                "The Medicare consent screens are only available in English and "
                "Spanish.")};

    return issues;
}

bool Environment::isComplete() const
{
    if (!isValid() || m_clientId.isEmpty())
        return false;
    return m_clientAuthentication == ClientAuthentication::ClientSecret
        || !m_tokenProxyUrl.isEmpty();
}

} // namespace bb::auth
