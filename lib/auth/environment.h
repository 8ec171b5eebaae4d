#pragma once

#include "auth/scopes.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace bb::auth {

// One Blue Button server the app can log in to, with everything about it that is not a
// secret. The client secret and the tokens are deliberately not members: they live in a
// SecretStore, so no code path can write them next to these settings (docs/security.md).
class Environment
{
    Q_GADGET

public:
    enum class Kind {
        Local, // the built-in sandbox on 127.0.0.1 (the default; demo data)
        Sandbox, // https://sandbox.bluebutton.cms.gov (synthetic beneficiaries)
        Production, // https://api.bluebutton.cms.gov (real Medicare data)
        Custom, // any other server speaking the v2 API, e.g. a test deployment
    };
    Q_ENUM(Kind)

    // Blue Button only registers confidential clients, so the token and refresh calls need
    // the client secret; a token-exchange proxy can add it server-side instead.
    enum class ClientAuthentication {
        ClientSecret, // the secret is in the SecretStore under SecretId::clientSecret()
        TokenProxy, // token and refresh requests go to tokenProxyUrl(), which adds it
    };
    Q_ENUM(ClientAuthentication)

    enum class Field { BaseUrl, ClientId, TokenProxyUrl, RedirectUri, Scopes, ConsentLanguage };
    Q_ENUM(Field)

    // A translated, user-presentable problem with one field.
    struct Issue
    {
        Field field;
        QString message;
        friend bool operator==(const Issue &, const Issue &) = default;
    };

    Environment() = default; // the local sandbox with its defaults
    static Environment defaults(Kind kind);

    static QList<Kind> allKinds();
    // Stable lower-case id used in QSettings groups and keychain keys ("local", "sandbox",
    // "production", "custom"). Never translated.
    static QString kindId(Kind kind);
    static std::optional<Kind> kindFromId(const QString &id);
    // Translated name for menus, e.g. "CMS sandbox".
    static QString displayName(Kind kind);

    static QUrl sandboxBaseUrl();
    static QUrl productionBaseUrl();
    // Where the built-in sandbox listens unless the app moves it (setBaseUrl) to the port
    // it actually bound.
    static QUrl defaultLocalBaseUrl();
    // RFC 8252 §7.3 loopback redirect. Blue Button accepts any port at request time when the
    // URI is registered without one; the embedded browser intercepts it, nothing listens.
    static QUrl defaultRedirectUri();
    // Languages the consent screens come in (`lang` parameter of the authorize request).
    static QStringList consentLanguages();

    Kind kind() const { return m_kind; }
    QString id() const { return kindId(m_kind); }

    // Sandbox and production have fixed addresses; validate() reports a change to them.
    bool hasFixedBaseUrl() const;
    QUrl baseUrl() const { return m_baseUrl; }
    void setBaseUrl(const QUrl &url) { m_baseUrl = url; }

    // Endpoints derived from baseUrl() (docs/api-notes.md, Endpoints). A path prefix in the base
    // URL is kept, so a deployment under https://host/bb/ works too.
    QUrl authorizeUrl() const;
    QUrl tokenUrl() const;
    QUrl revokeUrl() const;
    QUrl userInfoUrl() const;
    QUrl fhirBaseUrl() const;
    // Where the token and refresh requests go: the proxy when one is configured.
    QUrl tokenRequestUrl() const;
    // Where the revoke goes: Blue Button wants the client secret there too, so with a proxy
    // it is the proxy's revoke endpoint. A token proxy serves both under one prefix, as
    // deploy/token-proxy does (docs/publishing.md): tokenProxyUrl() ends in "/v2/o/token/"
    // and the revoke is "/v2/o/revoke/" next to it (the last "token" segment becomes
    // "revoke"). Empty when the proxy URL's last segment is not "token": sign-out then only
    // forgets the tokens locally.
    QUrl revokeRequestUrl() const;

    QString clientId() const { return m_clientId; }
    void setClientId(const QString &id) { m_clientId = id.trimmed(); }

    ClientAuthentication clientAuthentication() const { return m_clientAuthentication; }
    void setClientAuthentication(ClientAuthentication mode) { m_clientAuthentication = mode; }
    QUrl tokenProxyUrl() const { return m_tokenProxyUrl; }
    void setTokenProxyUrl(const QUrl &url) { m_tokenProxyUrl = url; }

    QUrl redirectUri() const { return m_redirectUri; }
    void setRedirectUri(const QUrl &url) { m_redirectUri = url; }

    QStringList scopes() const { return m_scopes; }
    // Duplicates are dropped, order is kept.
    void setScopes(const QStringList &scopes);
    // The `scope` parameter value: space separated.
    QString scopeString() const { return m_scopes.join(u' '); }

    // "en", "es", or empty to follow the user interface language.
    QString consentLanguage() const { return m_consentLanguage; }
    void setConsentLanguage(const QString &language) { m_consentLanguage = language; }
    // The `lang` to send: the configured one, else the UI language if the consent screens
    // come in it, else English.
    QString effectiveConsentLanguage(const QString &uiLanguage) const;

    // Empty when the environment may be saved. An empty client id is allowed (the user has
    // not got that far yet); isComplete() says whether a login can start.
    QList<Issue> validate() const;
    bool isValid() const { return validate().isEmpty(); }
    bool isComplete() const;

    friend bool operator==(const Environment &, const Environment &) = default;

private:
    QUrl endpoint(const QString &relativePath) const;

    Kind m_kind = Kind::Local;
    QUrl m_baseUrl = defaultLocalBaseUrl();
    QString m_clientId;
    ClientAuthentication m_clientAuthentication = ClientAuthentication::ClientSecret;
    QUrl m_tokenProxyUrl;
    QUrl m_redirectUri = defaultRedirectUri();
    QStringList m_scopes = scopes::defaults();
    QString m_consentLanguage;
};

} // namespace bb::auth

Q_DECLARE_METATYPE(bb::auth::Environment)
