#include "auth/environmentsettings.h"

#include "auth/logging.h"
#include "auth/redaction.h"
#include "auth/urlpolicy.h"

#include <QCoreApplication>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace bb::auth {

namespace {

constexpr auto keyBaseUrl = "baseUrl"_L1;
constexpr auto keyClientId = "clientId"_L1;
constexpr auto keyClientAuthentication = "clientAuthentication"_L1;
constexpr auto keyTokenProxyUrl = "tokenProxyUrl"_L1;
constexpr auto keyRedirectUri = "redirectUri"_L1;
constexpr auto keyScopes = "scopes"_L1;
constexpr auto keyConsentLanguage = "consentLanguage"_L1;
constexpr auto keyCurrent = "environments/current"_L1;

QString groupFor(Environment::Kind kind)
{
    return u"environments/"_s + Environment::kindId(kind);
}

QString clientAuthenticationId(Environment::ClientAuthentication mode)
{
    return mode == Environment::ClientAuthentication::TokenProxy ? u"proxy"_s : u"secret"_s;
}

QString looksLikeSecretMessage()
{
    return QCoreApplication::translate("bb::auth::EnvironmentSettings",
        "This looks like a secret (a password, key or token). Secrets are kept in the "
        "system keychain and cannot be saved here.");
}

QString storedValueInvalidMessage(const QString &problem)
{
    return QCoreApplication::translate(
        "bb::auth::EnvironmentSettings", "The saved value was not usable and has been reset: %1")
        .arg(problem);
}

} // namespace

EnvironmentSettings::EnvironmentSettings(QSettings &settings)
    : m_settings(settings)
{
}

QStringList EnvironmentSettings::keys()
{
    return {keyBaseUrl, keyClientId, keyClientAuthentication, keyTokenProxyUrl, keyRedirectUri,
        keyScopes, keyConsentLanguage};
}

Environment EnvironmentSettings::load(
    Environment::Kind kind, QList<Environment::Issue> *issues) const
{
    const Environment defaults = Environment::defaults(kind);
    Environment env = defaults;
    QList<Environment::Issue> found;

    m_settings.beginGroup(groupFor(kind));

    // Each field is applied on its own and checked on its own: one bad value must not
    // cost the user the rest of their configuration.
    auto apply = [&](Environment::Field field, const auto &set, const auto &reset) {
        set(env);
        const QList<Environment::Issue> fieldIssues = env.validate();
        for (const Environment::Issue &issue : fieldIssues) {
            if (issue.field != field)
                continue;
            reset(env);
            found << Environment::Issue {field, storedValueInvalidMessage(issue.message)};
            // The field name only: the value may be exactly what must not be logged.
            qCWarning(lcAuth) << "Ignoring invalid stored" << field << "of environment" << env.id();
            return;
        }
    };

    if (!env.hasFixedBaseUrl() && m_settings.contains(keyBaseUrl)) {
        apply(
            Environment::Field::BaseUrl,
            [&](Environment &e) { e.setBaseUrl(QUrl(m_settings.value(keyBaseUrl).toString())); },
            [&](Environment &e) { e.setBaseUrl(defaults.baseUrl()); });
    }
    if (m_settings.contains(keyClientId)) {
        apply(
            Environment::Field::ClientId,
            [&](Environment &e) { e.setClientId(m_settings.value(keyClientId).toString()); },
            [&](Environment &e) { e.setClientId(defaults.clientId()); });
    }
    if (m_settings.value(keyClientAuthentication).toString() == "proxy"_L1)
        env.setClientAuthentication(Environment::ClientAuthentication::TokenProxy);
    if (m_settings.contains(keyTokenProxyUrl)) {
        apply(
            Environment::Field::TokenProxyUrl,
            [&](Environment &e) {
                e.setTokenProxyUrl(QUrl(m_settings.value(keyTokenProxyUrl).toString()));
            },
            [&](Environment &e) {
                e.setTokenProxyUrl(QUrl());
                e.setClientAuthentication(defaults.clientAuthentication());
            });
    } else if (env.clientAuthentication() == Environment::ClientAuthentication::TokenProxy) {
        env.setClientAuthentication(defaults.clientAuthentication());
    }
    if (m_settings.contains(keyRedirectUri)) {
        apply(
            Environment::Field::RedirectUri,
            [&](Environment &e) {
                e.setRedirectUri(QUrl(m_settings.value(keyRedirectUri).toString()));
            },
            [&](Environment &e) { e.setRedirectUri(defaults.redirectUri()); });
    }
    if (m_settings.contains(keyScopes)) {
        apply(
            Environment::Field::Scopes,
            [&](Environment &e) {
                e.setScopes(m_settings.value(keyScopes).toString().split(u' ', Qt::SkipEmptyParts));
            },
            [&](Environment &e) { e.setScopes(defaults.scopes()); });
    }
    if (m_settings.contains(keyConsentLanguage)) {
        apply(
            Environment::Field::ConsentLanguage,
            [&](Environment &e) {
                e.setConsentLanguage(m_settings.value(keyConsentLanguage).toString());
            },
            [&](Environment &e) { e.setConsentLanguage(defaults.consentLanguage()); });
    }

    m_settings.endGroup();

    if (issues)
        *issues = found;
    return env;
}

bool EnvironmentSettings::save(const Environment &environment, QList<Environment::Issue> *issues)
{
    QList<Environment::Issue> found = environment.validate();

    QList<std::pair<QLatin1StringView, QString>> values;
    if (!environment.hasFixedBaseUrl())
        values.append({keyBaseUrl, environment.baseUrl().toString()});
    values.append({keyClientId, environment.clientId()});
    values.append(
        {keyClientAuthentication, clientAuthenticationId(environment.clientAuthentication())});
    values.append({keyTokenProxyUrl, environment.tokenProxyUrl().toString()});
    values.append({keyRedirectUri, environment.redirectUri().toString()});
    values.append({keyScopes, environment.scopeString()});
    values.append({keyConsentLanguage, environment.consentLanguage()});

    // Last line of defence: a client secret pasted into the client id box, a token in a
    // redirect URI. redact() knows every secret the SecretStore has handled this session
    // plus the OAuth parameter shapes; whatever it would mask must not reach the disk.
    const QHash<QLatin1StringView, Environment::Field> fieldOf {
        {keyBaseUrl, Environment::Field::BaseUrl},
        {keyClientId, Environment::Field::ClientId},
        {keyTokenProxyUrl, Environment::Field::TokenProxyUrl},
        {keyRedirectUri, Environment::Field::RedirectUri},
        {keyScopes, Environment::Field::Scopes},
        {keyConsentLanguage, Environment::Field::ConsentLanguage},
    };
    for (const auto &[key, value] : std::as_const(values)) {
        if (redact(value) != value && fieldOf.contains(key))
            found << Environment::Issue {fieldOf.value(key), looksLikeSecretMessage()};
    }

    if (issues)
        *issues = found;
    if (!found.isEmpty()) {
        qCWarning(lcAuth) << "Not saving environment" << environment.id() << "with" << found.size()
                          << "invalid fields";
        return false;
    }

    const QString group = groupFor(environment.kind());
    // Start from an empty group: keys we do not write (a secret added by hand, a field of an
    // older version) disappear instead of lingering in the file.
    m_settings.remove(group);
    m_settings.beginGroup(group);
    for (const auto &[key, value] : std::as_const(values))
        m_settings.setValue(key, value);
    m_settings.endGroup();
    m_settings.sync();
    if (m_settings.status() != QSettings::NoError) {
        qCWarning(lcAuth) << "Could not write settings:" << m_settings.status();
        return false;
    }
    return true;
}

void EnvironmentSettings::reset(Environment::Kind kind)
{
    m_settings.remove(groupFor(kind));
    m_settings.sync();
}

Environment::Kind EnvironmentSettings::currentKind() const
{
    return Environment::kindFromId(m_settings.value(keyCurrent).toString())
        .value_or(Environment::Kind::Local);
}

void EnvironmentSettings::setCurrentKind(Environment::Kind kind)
{
    m_settings.setValue(keyCurrent, Environment::kindId(kind));
    m_settings.sync();
}

} // namespace bb::auth
