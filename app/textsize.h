#pragma once

#include <QObject>

class QSettings;
class QWidget;

namespace bb {

// The size of all text in the app, in percent of the system's (View > Zoom In, Zoom Out,
// Actual Size): 100% to 200% in steps of 25, kept in the settings ("ui/textSize").
//
// Applying it scales the application font, which every widget and dialog follows; widgets
// that set their own size (headings) keep their proportion to it; table rows grow with the
// text; embedded web pages (the Medicare login) take it as their zoom factor.
class TextSize : public QObject
{
    Q_OBJECT

public:
    static constexpr int Min = 100;
    static constexpr int Max = 200;
    static constexpr int Step = 25;

    // `settings` may be null (nothing is remembered then); must outlive this object.
    explicit TextSize(QSettings *settings, QObject *parent = nullptr);

    int percent() const { return m_percent; }
    // Clamped to Min..Max; applies and remembers it.
    void setPercent(int percent);
    void zoomIn() { setPercent(m_percent + Step); }
    void zoomOut() { setPercent(m_percent - Step); }
    void reset() { setPercent(Min); }

    static int clamp(int percent);
    // Scales the application font to `percent` of the size it had when the app started, then
    // brings every widget under `root` (every top-level widget when null) up to date.
    static void apply(int percent, QWidget *root = nullptr);
    // The percent last applied (100 before anything was).
    static int applied();

Q_SIGNALS:
    void changed(int percent);

private:
    QSettings *m_settings;
    int m_percent = Min;
};

} // namespace bb
