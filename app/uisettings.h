#pragma once

#include <QByteArray>
#include <QString>

class QSettings;

namespace bb {

// The app's own, non-secret preferences in QSettings ("ui/…", "net/…", "window/…").
// Environments are stored by bb::auth::EnvironmentSettings; secrets only in the keychain.
class UiSettings
{
public:
    enum class Browser { Embedded, System };

    explicit UiSettings(QSettings &settings);

    // "en", "es", or empty for the system language. Applies on the next start.
    QString language() const;
    void setLanguage(const QString &language);

    Browser browser() const;
    void setBrowser(Browser browser);

    // Requests in flight per fetch (bb::net::ClientOptions::maxConcurrentRequests).
    int concurrency() const;
    void setConcurrency(int requests);
    static constexpr int MinConcurrency = 1;
    static constexpr int MaxConcurrency = 6;

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    int lastTab() const;
    void setLastTab(int index);

private:
    QSettings &m_settings;
};

} // namespace bb
