#include "auth/scopes.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace bb::auth::scopes {

QString patientRead()
{
    return u"patient/Patient.rs"_s;
}

QString coverageRead()
{
    return u"patient/Coverage.rs"_s;
}

QString explanationOfBenefitRead()
{
    return u"patient/ExplanationOfBenefit.rs"_s;
}

QString profile()
{
    return u"profile"_s;
}

QStringList defaults()
{
    return {patientRead(), coverageRead(), explanationOfBenefitRead(), profile()};
}

QStringList known()
{
    QStringList all {u"openid"_s, u"profile"_s, u"launch/patient"_s};
    const QStringList resources {u"Patient"_s, u"Coverage"_s, u"ExplanationOfBenefit"_s};
    const QStringList permissions {u"read"_s, u"r"_s, u"s"_s, u"rs"_s};
    for (const QString &resource : resources) {
        for (const QString &permission : permissions)
            all << u"patient/%1.%2"_s.arg(resource, permission);
    }
    return all;
}

bool isWellFormed(const QString &scope)
{
    if (scope.isEmpty())
        return false;
    // scope-token = 1*( %x21 / %x23-5B / %x5D-7E ): printable ASCII except space, " and \.
    return std::all_of(scope.cbegin(), scope.cend(), [](QChar c) {
        const char16_t u = c.unicode();
        return u >= 0x21 && u <= 0x7E && u != u'"' && u != u'\\';
    });
}

} // namespace bb::auth::scopes
