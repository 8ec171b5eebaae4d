#include "auth/secretid.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace bb::auth {

SecretId SecretId::clientSecret(const QString &environment)
{
    return {environment, QString(), clientSecretName()};
}

SecretId SecretId::refreshToken(const QString &environment, const QString &account)
{
    return {environment, account, refreshTokenName()};
}

SecretId SecretId::accessToken(const QString &environment, const QString &account)
{
    return {environment, account, accessTokenName()};
}

SecretId SecretId::storeKey(const QString &environment, const QString &account)
{
    return {environment, account, storeKeyName()};
}

QString SecretId::key() const
{
    const auto encode = [](const QString &part) {
        return QString::fromLatin1(QUrl::toPercentEncoding(part));
    };
    // An empty account is written as "-"; toPercentEncoding() leaves "-" alone, so an
    // account literally named "-" is encoded by hand to keep the two apart.
    QString encodedAccount = u"-"_s;
    if (account == "-"_L1)
        encodedAccount = u"%2D"_s;
    else if (!account.isEmpty())
        encodedAccount = encode(account);
    return encode(environment) + u'/' + encodedAccount + u'/' + encode(name);
}

} // namespace bb::auth
