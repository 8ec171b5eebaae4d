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

    // Start CSV exports with a UTF-8 byte order mark: spreadsheets such as Excel need it to
    // read accented names as UTF-8. Off by default (RFC 4180 tools do not expect one).
    bool csvByteOrderMark() const;
    void setCsvByteOrderMark(bool on);

    // The built-in high-contrast colours instead of the system's (Settings > General).
    bool highContrast() const;
    void setHighContrast(bool on);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    int lastTab() const;
    void setLastTab(int index);
    // Where the person put the split between the claims list and the claim below it.
    QByteArray claimsSplit() const;
    void setClaimsSplit(const QByteArray &state);

private:
    QSettings &m_settings;
};

} // namespace bb
