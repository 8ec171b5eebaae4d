#pragma once

#include "auth/environment.h"

#include <QString>

class QSettings;

namespace bb::auth {

// Who was last signed in to each environment. The stored refresh token is keyed by the
// beneficiary's patient id (SecretId::refreshToken), so a later process, such as
// `bbviewer export --env sandbox`, needs that id to find it. A patient id is not a secret
// (docs/security.md); the token itself stays in the keychain.
class SignedInAccounts
{
public:
    // `settings` must outlive this object. Keys used: "accounts/<environment id>/patient".
    explicit SignedInAccounts(QSettings &settings);

    // Empty when nobody signed in to `kind` with a sign-in the keychain kept.
    QString patientId(Environment::Kind kind) const;
    void remember(Environment::Kind kind, const QString &patientId);
    void forget(Environment::Kind kind);

private:
    QSettings &m_settings;
};

} // namespace bb::auth
