#include "fhir/patient.h"

#include "fhir/coverage.h"

namespace bb::fhir {

QString HumanName::displayName() const
{
    if (!text.isEmpty())
        return text;
    QStringList parts = given;
    if (!family.isEmpty())
        parts.append(family);
    return parts.join(u' ');
}

QString Patient::displayName() const
{
    for (const HumanName &n : names) {
        if (n.use == QLatin1String("usual") || n.use == QLatin1String("official"))
            return n.displayName();
    }
    return names.isEmpty() ? QString() : names.constFirst().displayName();
}

QString Patient::currentMbi() const
{
    QString historic;
    for (const PatientIdentifier &ident : identifiers) {
        if (ident.kind != PatientIdentifier::Kind::Mbi)
            continue;
        if (ident.current)
            return ident.value;
        historic = ident.value;
    }
    return historic;
}

Coverage::Part Coverage::partFromId(QStringView id)
{
    if (!id.startsWith(QLatin1String("part-")) || id.size() < 7 || id.at(6) != u'-')
        return Part::Unknown;
    switch (id.at(5).toLower().unicode()) {
    case u'a':
        return Part::A;
    case u'b':
        return Part::B;
    case u'c':
        return Part::C;
    case u'd':
        return Part::D;
    default:
        return Part::Unknown;
    }
}

} // namespace bb::fhir
