#pragma once

#include "auth/environment.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace bb::auth {

// What the publisher of a build sets up so that a beneficiary never meets a client id: the
// app's registration with Medicare (production, and optionally the CMS sandbox) and the token
// proxy that holds the client secret on the publisher's server (docs/publishing.md).
//
// It is read from a small INI-style file installed with the app:
//
//     [publisher]
//     name = Example Health
//     [production]
//     client_id = <the 40-character id from the Blue Button developer site>
//     token_proxy_url = https://bbproxy.example.org/v2/o/token/
//     # optional: redirect_uri, scopes (space separated), consent_language
//
// Strictly: an unknown section or key, a value that does not validate, or an environment
// without its token proxy makes the whole file unusable, so a typo never half-configures a
// login. A client secret is refused outright (any key naming a secret or password): the
// secret belongs on the proxy, and an app that shipped one would give it to everyone.
class PublisherConfig
{
public:
    // The file the app reads, first found wins: $BBVIEWER_PUBLISHER_CONFIG (packaging and
    // tests), environments.conf beside the executable (a portable build), then the system
    // configuration directory of the installation (/etc/bbviewer/environments.conf).
    static QStringList searchPaths();

    // Reads the first file of searchPaths() that exists. No file: an empty configuration
    // and no error (an unregistered build). A file that is refused: an empty configuration
    // and error() says why.
    static PublisherConfig loadInstalled();
    static PublisherConfig loadFile(const QString &path);
    static PublisherConfig parse(const QByteArray &text, const QString &origin);

    bool isEmpty() const { return m_environments.isEmpty(); }
    bool configures(Environment::Kind kind) const { return m_environments.contains(kind); }
    // The publisher's environment for `kind`, in token proxy mode; nullopt when not set.
    std::optional<Environment> environment(Environment::Kind kind) const;

    // The publisher's name for "Provided by …" lines; may be empty.
    QString publisherName() const { return m_publisherName; }
    // The file that was read, or empty.
    QString origin() const { return m_origin; }
    // Why the file was refused (translated, names the file and line); empty when it was not.
    QString error() const { return m_error; }

private:
    QHash<Environment::Kind, Environment> m_environments;
    QString m_publisherName;
    QString m_origin;
    QString m_error;
};

} // namespace bb::auth
