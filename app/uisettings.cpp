#include "uisettings.h"

#include <QSettings>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace bb {

UiSettings::UiSettings(QSettings &settings)
    : m_settings(settings)
{
}

QString UiSettings::language() const
{
    return m_settings.value(u"ui/language"_s).toString();
}

void UiSettings::setLanguage(const QString &language)
{
    m_settings.setValue(u"ui/language"_s, language);
}

UiSettings::Browser UiSettings::browser() const
{
    return m_settings.value(u"ui/browser"_s).toString() == "system"_L1 ? Browser::System
                                                                       : Browser::Embedded;
}

void UiSettings::setBrowser(Browser browser)
{
    m_settings.setValue(u"ui/browser"_s, browser == Browser::System ? u"system"_s : u"embedded"_s);
}

int UiSettings::concurrency() const
{
    bool ok = false;
    const int value = m_settings.value(u"net/concurrency"_s).toInt(&ok);
    // 6 is QNetworkAccessManager's connection limit per host (see bb::net::ClientOptions).
    return ok ? std::clamp(value, MinConcurrency, MaxConcurrency) : MaxConcurrency;
}

void UiSettings::setConcurrency(int requests)
{
    m_settings.setValue(u"net/concurrency"_s, std::clamp(requests, MinConcurrency, MaxConcurrency));
}

bool UiSettings::csvByteOrderMark() const
{
    return m_settings.value(u"export/csvByteOrderMark"_s, false).toBool();
}

void UiSettings::setCsvByteOrderMark(bool on)
{
    m_settings.setValue(u"export/csvByteOrderMark"_s, on);
}

bool UiSettings::highContrast() const
{
    return m_settings.value(u"ui/highContrast"_s, false).toBool();
}

void UiSettings::setHighContrast(bool on)
{
    m_settings.setValue(u"ui/highContrast"_s, on);
}

QByteArray UiSettings::windowGeometry() const
{
    return m_settings.value(u"window/geometry"_s).toByteArray();
}

void UiSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(u"window/geometry"_s, geometry);
}

int UiSettings::lastTab() const
{
    return m_settings.value(u"window/lastTab"_s, 0).toInt();
}

void UiSettings::setLastTab(int index)
{
    m_settings.setValue(u"window/lastTab"_s, index);
}

QByteArray UiSettings::claimsSplit() const
{
    return m_settings.value(u"window/claimsSplit"_s).toByteArray();
}

void UiSettings::setClaimsSplit(const QByteArray &state)
{
    m_settings.setValue(u"window/claimsSplit"_s, state);
}

} // namespace bb
