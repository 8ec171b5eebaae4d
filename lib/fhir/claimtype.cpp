#include "fhir/claimtype.h"

#include <QCoreApplication>

namespace bb::fhir {

namespace {

struct TypeInfo
{
    ClaimType type;
    std::string_view key;
    const char *displayName;
};

constexpr TypeInfo typeInfos[] = {
    {ClaimType::Carrier, "carrier", QT_TRANSLATE_NOOP("bb::fhir::ClaimType", "Doctor/supplier")},
    {ClaimType::Dme, "dme", QT_TRANSLATE_NOOP("bb::fhir::ClaimType", "Medical equipment")},
    {ClaimType::Hha, "hha", QT_TRANSLATE_NOOP("bb::fhir::ClaimType", "Home health")},
    {ClaimType::Hospice, "hospice", QT_TRANSLATE_NOOP("bb::fhir::ClaimType", "Hospice")},
    {ClaimType::Inpatient, "inpatient",
        QT_TRANSLATE_NOOP("bb::fhir::ClaimType", "Inpatient hospital")},
    {ClaimType::Outpatient, "outpatient",
        QT_TRANSLATE_NOOP("bb::fhir::ClaimType", "Outpatient hospital")},
    {ClaimType::Pde, "pde", QT_TRANSLATE_NOOP("bb::fhir::ClaimType", "Prescription drug")},
    {ClaimType::Snf, "snf", QT_TRANSLATE_NOOP("bb::fhir::ClaimType", "Skilled nursing")},
};

bool equalsIgnoreCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i) {
        char c = a[i];
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
        if (c != b[i])
            return false;
    }
    return true;
}

} // namespace

ClaimType claimTypeFromCode(std::string_view code)
{
    for (const TypeInfo &info : typeInfos) {
        if (equalsIgnoreCase(code, info.key))
            return info.type;
    }
    return ClaimType::Unknown;
}

ClaimType claimTypeFromId(std::string_view id)
{
    const size_t dash = id.find('-');
    return dash == std::string_view::npos ? ClaimType::Unknown
                                          : claimTypeFromCode(id.substr(0, dash));
}

QString claimTypeKey(ClaimType type)
{
    for (const TypeInfo &info : typeInfos) {
        if (info.type == type)
            return QString::fromLatin1(info.key.data(), qsizetype(info.key.size()));
    }
    return {};
}

QString claimTypeDisplayName(ClaimType type)
{
    for (const TypeInfo &info : typeInfos) {
        if (info.type == type)
            return QCoreApplication::translate("bb::fhir::ClaimType", info.displayName);
    }
    return QCoreApplication::translate("bb::fhir::ClaimType", "Unknown claim type");
}

} // namespace bb::fhir
