#pragma once

#include "auth/tokenprovider.h"

#include <QString>

namespace bb::cli {

// An access token handed in by the user (--access-token-file). There is no refresh token
// behind it: when the server refuses it, the answer is "reconnect", never a retry.
class FixedTokenProvider : public auth::TokenProvider
{
    Q_OBJECT

public:
    FixedTokenProvider(
        const QString &accessToken, const QString &patientId, QObject *parent = nullptr);

    QString accessToken() const override { return m_token; }
    QString patientId() const override { return m_patientId; }
    void setPatientId(const QString &id) { m_patientId = id; }
    void refresh(QObject *context, RefreshCallback done) override;

private:
    QString m_token;
    QString m_patientId;
};

struct AccessTokenFile
{
    QString token; // empty on error
    QString error; // translated, one line, never containing the token
};

// Reads a file holding just an access token (surrounding whitespace ignored). Refused: a
// missing, unreadable or empty file, more than one line of text, and a file every user of
// the computer may read (a token is a password to the person's Medicare data). The token is
// registered with the log redaction before anything else sees it.
AccessTokenFile readAccessTokenFile(const QString &path);

} // namespace bb::cli
