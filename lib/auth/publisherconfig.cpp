#include "publisherconfig.h"

#include "auth/logging.h"
#include "auth/urlpolicy.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace bb::auth {

namespace {

constexpr qint64 kMaxFileBytes = 64 * 1024; // a few lines; anything bigger is not ours

QString tr(const char *text)
{
    return QCoreApplication::translate("bb::auth::PublisherConfig", text);
}

// A key that names a credential. Matched loosely on purpose: "client_secret", "secret",
// "ClientSecret", "password", "api_key" are all refused.
bool namesSecret(const QString &key)
{
    const QString k = key.toLower();
    return k.contains(u"secret"_s) || k.contains(u"password"_s) || k.contains(u"passwd"_s)
        || k.endsWith(u"key"_s) || (k.contains(u"token"_s) && !k.contains(u"url"_s));
}

struct Line
{
    int number = 0;
    QString section;
    QString key;
    QString value;
};

} // namespace

QStringList PublisherConfig::searchPaths()
{
    QStringList paths;
    const QString fromEnv = qEnvironmentVariable("BBVIEWER_PUBLISHER_CONFIG");
    if (!fromEnv.isEmpty())
        paths << fromEnv;
    if (QCoreApplication::instance())
        paths << QDir(QCoreApplication::applicationDirPath()).filePath(u"environments.conf"_s);
    paths << QStringLiteral(BB_SYSCONFDIR "/bbviewer/environments.conf");
    return paths;
}

PublisherConfig PublisherConfig::loadInstalled()
{
    const QStringList paths = searchPaths();
    for (const QString &path : paths) {
        if (QFileInfo::exists(path))
            return loadFile(path);
    }
    return {};
}

PublisherConfig PublisherConfig::loadFile(const QString &path)
{
    PublisherConfig config;
    config.m_origin = path;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        config.m_error = tr("The Medicare settings of this build (%1) could not be read: %2.")
                             .arg(path, file.errorString());
    } else if (file.size() > kMaxFileBytes) {
        config.m_error =
            tr("The Medicare settings of this build (%1) are too large to be right.").arg(path);
    } else {
        config = parse(file.readAll(), path);
    }
    if (!config.m_error.isEmpty())
        qCWarning(lcAuth).noquote() << "Publisher configuration refused:" << config.m_error;
    return config;
}

PublisherConfig PublisherConfig::parse(const QByteArray &text, const QString &origin)
{
    PublisherConfig config;
    config.m_origin = origin;
    auto refuse = [&](int line, const QString &why) {
        PublisherConfig refused;
        refused.m_origin = origin;
        refused.m_error = tr("The Medicare settings of this build (%1, line %2) cannot be used: %3")
                              .arg(origin)
                              .arg(line)
                              .arg(why);
        return refused;
    };

    static const QStringList environmentKeys {u"client_id"_s, u"token_proxy_url"_s,
        u"redirect_uri"_s, u"scopes"_s, u"consent_language"_s};
    QHash<Environment::Kind, QHash<QString, Line>> values;
    QString section;
    int number = 0;
    const QList<QByteArray> lines = text.split('\n');
    for (const QByteArray &raw : lines) {
        ++number;
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty() || line.startsWith(u'#') || line.startsWith(u';'))
            continue;
        if (line.startsWith(u'[')) {
            if (!line.endsWith(u']'))
                return refuse(number, tr("a section name must end with \"]\"."));
            section = line.mid(1, line.size() - 2).trimmed().toLower();
            // Only the two CMS servers: the demo needs nothing and a custom server is a
            // developer's business (Settings, Advanced).
            if (section != u"publisher"_s
                && section != Environment::kindId(Environment::Kind::Production)
                && section != Environment::kindId(Environment::Kind::Sandbox))
                return refuse(number, tr("there is no section \"%1\".").arg(section));
            continue;
        }
        const qsizetype equals = line.indexOf(u'=');
        if (equals <= 0)
            return refuse(number, tr("expected \"name = value\"."));
        Line entry {
            number, section, line.left(equals).trimmed().toLower(), line.mid(equals + 1).trimmed()};
        if (namesSecret(entry.key))
            return refuse(number,
                tr("a client secret or other credential must never be in this file. Keep it "
                   "on the token proxy."));
        if (section.isEmpty())
            return refuse(number, tr("\"%1\" is outside a section.").arg(entry.key));
        if (section == u"publisher"_s) {
            if (entry.key != u"name"_s)
                return refuse(number, tr("there is no setting \"%1\".").arg(entry.key));
            config.m_publisherName = entry.value;
            continue;
        }
        if (!environmentKeys.contains(entry.key))
            return refuse(number, tr("there is no setting \"%1\".").arg(entry.key));
        values[*Environment::kindFromId(section)].insert(entry.key, entry);
    }

    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const auto &v = it.value();
        const int firstLine = v.isEmpty() ? 0 : v.cbegin()->number;
        Environment env = Environment::defaults(it.key());
        env.setClientId(v.value(u"client_id"_s).value);
        if (!v.contains(u"token_proxy_url"_s))
            return refuse(firstLine,
                tr("[%1] needs token_proxy_url: the app logs in through the publisher's token "
                   "proxy.")
                    .arg(env.id()));
        env.setClientAuthentication(Environment::ClientAuthentication::TokenProxy);
        QUrl proxy;
        const Line proxyLine = v.value(u"token_proxy_url"_s);
        if (const UrlProblem p = parseUrl(proxyLine.value, UrlRole::TokenProxy, &proxy);
            p != UrlProblem::None)
            return refuse(proxyLine.number, describeUrlProblem(p));
        env.setTokenProxyUrl(proxy);
        if (v.contains(u"redirect_uri"_s)) {
            QUrl redirect;
            const Line redirectLine = v.value(u"redirect_uri"_s);
            if (const UrlProblem p = parseUrl(redirectLine.value, UrlRole::RedirectUri, &redirect);
                p != UrlProblem::None)
                return refuse(redirectLine.number, describeUrlProblem(p));
            env.setRedirectUri(redirect);
        }
        if (v.contains(u"scopes"_s))
            env.setScopes(v.value(u"scopes"_s).value.split(u' ', Qt::SkipEmptyParts));
        if (v.contains(u"consent_language"_s))
            env.setConsentLanguage(v.value(u"consent_language"_s).value);
        const QList<Environment::Issue> issues = env.validate();
        if (!issues.isEmpty())
            return refuse(firstLine, issues.constFirst().message);
        if (env.clientId().isEmpty())
            return refuse(firstLine, tr("[%1] needs client_id.").arg(env.id()));
        config.m_environments.insert(it.key(), env);
    }
    return config;
}

std::optional<Environment> PublisherConfig::environment(Environment::Kind kind) const
{
    const auto it = m_environments.constFind(kind);
    if (it == m_environments.cend())
        return std::nullopt;
    return *it;
}

} // namespace bb::auth
