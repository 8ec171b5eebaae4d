#include "account/fixedtokenprovider.h"

#include <QTimer>

namespace bb::account {

FixedTokenProvider::FixedTokenProvider(
    const QString &accessToken, const QString &patientId, QObject *parent)
    : api::TokenProvider(parent)
    , m_token(accessToken)
    , m_patientId(patientId)
{
}

void FixedTokenProvider::refresh(QObject *context, RefreshCallback done)
{
    if (!done)
        return;
    // Asynchronous, as TokenProvider promises.
    QTimer::singleShot(0, context ? context : this,
        [done = std::move(done)] { done(RefreshResult::ReconnectNeeded); });
}

} // namespace bb::account
