#include "textsize.h"

#include <QApplication>
#include <QHeaderView>
#include <QSettings>
#include <QWidget>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace bb {

namespace {

constexpr char baseFontProperty[] = "bbBaseFont";
constexpr char baseSizeProperty[] = "bbBasePointSize";
constexpr char appliedProperty[] = "bbTextSize";

// The font the app started with: every size is a percentage of it, so that zooming in and
// out again returns exactly to it (no rounding drift).
QFont baseFont()
{
    const QVariant stored = qApp->property(baseFontProperty);
    if (stored.isValid())
        return stored.value<QFont>();
    const QFont font = QApplication::font();
    qApp->setProperty(baseFontProperty, font);
    return font;
}

// A widget that sets its own point size (a heading at 1.5 times the text) keeps that
// proportion: its size at 100% is remembered the first time it is scaled.
void scaleOwnSize(QWidget *widget, double factor, double previousFactor)
{
    QFont font = widget->font();
    if (!(font.resolveMask() & QFont::SizeResolved) || font.pointSizeF() <= 0)
        return;
    QVariant base = widget->property(baseSizeProperty);
    if (!base.isValid()) {
        base = font.pointSizeF() / previousFactor;
        widget->setProperty(baseSizeProperty, base);
    }
    font.setPointSizeF(base.toDouble() * factor);
    widget->setFont(font);
}

// Rows of a table as tall as a line of the current text plus the style's padding; the style's
// default height is for the system's text size only.
void fitRows(QHeaderView *header)
{
    if (header->orientation() != Qt::Vertical)
        return;
    header->resetDefaultSectionSize();
    const int needed = header->fontMetrics().lineSpacing() + 10;
    if (header->defaultSectionSize() < needed)
        header->setDefaultSectionSize(needed);
}

void update(QWidget *widget, int percent, double factor, double previousFactor)
{
    scaleOwnSize(widget, factor, previousFactor);
    if (auto *header = qobject_cast<QHeaderView *>(widget))
        fitRows(header);
    // QWebEngineView (the login page) without a link to Qt WebEngine here.
    if (widget->inherits("QWebEngineView"))
        widget->setProperty("zoomFactor", percent / 100.0);
}

} // namespace

TextSize::TextSize(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    if (m_settings)
        m_percent = clamp(m_settings->value(u"ui/textSize"_s, Min).toInt());
}

int TextSize::clamp(int percent)
{
    // Whole steps only, so Zoom In and Zoom Out always land on the same sizes.
    const int stepped = Min + int(std::lround(double(percent - Min) / Step)) * Step;
    return std::clamp(stepped, Min, Max);
}

void TextSize::setPercent(int percent)
{
    percent = clamp(percent);
    const bool changedNow = percent != m_percent;
    m_percent = percent;
    if (m_settings)
        m_settings->setValue(u"ui/textSize"_s, percent);
    apply(percent);
    if (changedNow)
        Q_EMIT changed(percent);
}

int TextSize::applied()
{
    const QVariant value = qApp->property(appliedProperty);
    return value.isValid() ? value.toInt() : Min;
}

void TextSize::apply(int percent, QWidget *root)
{
    percent = clamp(percent);
    const double previousFactor = applied() / 100.0;
    const double factor = percent / 100.0;
    if (!root) {
        QFont font = baseFont();
        font.setPointSizeF(baseFont().pointSizeF() * factor);
        QApplication::setFont(font);
        // The widgets hear of it through posted events: now, so that what follows measures
        // the new text.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::ApplicationFontChange);
        qApp->setProperty(appliedProperty, percent);
        const QList<QWidget *> all = QApplication::allWidgets();
        for (QWidget *widget : all)
            update(widget, percent, factor, previousFactor);
        return;
    }
    // A window made after the size was applied: its own sizes were set at the current size.
    update(root, percent, factor, factor);
    const QList<QWidget *> children = root->findChildren<QWidget *>();
    for (QWidget *widget : children)
        update(widget, percent, factor, factor);
}

} // namespace bb
