#include "auth/signedinaccounts.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace bb::auth {

namespace {

QString keyFor(Environment::Kind kind)
{
    // Outside "environments/": EnvironmentSettings::save() rewrites that group from scratch.
    return u"accounts/"_s + Environment::kindId(kind) + u"/patient"_s;
}

} // namespace

SignedInAccounts::SignedInAccounts(QSettings &settings)
    : m_settings(settings)
{
}

QString SignedInAccounts::patientId(Environment::Kind kind) const
{
    return m_settings.value(keyFor(kind)).toString();
}

void SignedInAccounts::remember(Environment::Kind kind, const QString &patientId)
{
    m_settings.setValue(keyFor(kind), patientId);
    m_settings.sync();
}

void SignedInAccounts::forget(Environment::Kind kind)
{
    m_settings.remove(keyFor(kind));
    m_settings.sync();
}

} // namespace bb::auth
