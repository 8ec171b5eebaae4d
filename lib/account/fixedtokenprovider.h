#pragma once

#include "api/tokenprovider.h"

#include <QString>

namespace bb::account {

// An access token handed in from elsewhere (`bbviewer export --access-token-file`). There is
// no refresh token behind it: when the server refuses it, the answer is "reconnect", never a
// retry. The patient may be learnt later, from userinfo.
class FixedTokenProvider : public api::TokenProvider
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

} // namespace bb::account
