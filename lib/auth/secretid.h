#pragma once

#include <QMetaType>
#include <QString>

namespace bb::auth {

// Names one secret: which environment, which account (the beneficiary's patient id; empty
// for secrets of the app registration itself), and what it is.
struct SecretId
{
    QString environment; // Environment::id(): "local", "sandbox", "production", "custom"
    QString account;
    QString name; // one of the names below

    static QString clientSecretName() { return QStringLiteral("client_secret"); }
    static QString refreshTokenName() { return QStringLiteral("refresh_token"); }
    static QString accessTokenName() { return QStringLiteral("access_token"); }
    // The key that encrypts the person's saved data on disk (lib/store).
    static QString storeKeyName() { return QStringLiteral("store_key"); }

    static SecretId clientSecret(const QString &environment);
    static SecretId refreshToken(const QString &environment, const QString &account);
    static SecretId accessToken(const QString &environment, const QString &account);
    static SecretId storeKey(const QString &environment, const QString &account);

    // The keychain key: "<environment>/<account>/<name>" with each part percent-encoded, so
    // no account name can make two ids collide. An empty account is written as "-".
    QString key() const;

    bool isValid() const { return !environment.isEmpty() && !name.isEmpty(); }

    friend bool operator==(const SecretId &, const SecretId &) = default;
};

} // namespace bb::auth

Q_DECLARE_METATYPE(bb::auth::SecretId)
