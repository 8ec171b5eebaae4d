#include "views/charttheme.h"

#include "views/contrast.h"

#include <QAbstractAxis>
#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QFontMetrics>
#include <QLegend>

#include <algorithm>

namespace bb::views {

bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

void applyChartPalette(QChart *chart, const QPalette &palette)
{
    const bool dark = isDarkPalette(palette);
    // Resets every series colour: callers colour their series after this.
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(palette.brush(QPalette::Base));
    chart->setBackgroundRoundness(0);
    chart->setTitleBrush(palette.brush(QPalette::Text));
    chart->legend()->setLabelColor(palette.color(QPalette::Text));
    QColor grid = palette.color(QPalette::Text);
    grid.setAlpha(50);
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsColor(palette.color(QPalette::Text));
        axis->setTitleBrush(palette.brush(QPalette::Text));
        axis->setGridLineColor(grid);
        axis->setLinePenColor(grid);
    }
}

QColor claimTypeColor(fhir::ClaimType type, const QPalette &palette)
{
    QColor c;
    switch (type) {
    case fhir::ClaimType::Carrier:
        c = QColor(0x00, 0x72, 0xB2);
        break; // blue
    case fhir::ClaimType::Dme:
        c = QColor(0xE6, 0x9F, 0x00);
        break; // orange
    case fhir::ClaimType::Hha:
        c = QColor(0x00, 0x9E, 0x73);
        break; // bluish green
    case fhir::ClaimType::Hospice:
        c = QColor(0xCC, 0x79, 0xA7);
        break; // reddish purple
    case fhir::ClaimType::Inpatient:
        c = QColor(0xD5, 0x5E, 0x00);
        break; // vermillion
    case fhir::ClaimType::Outpatient:
        c = QColor(0x56, 0xB4, 0xE9);
        break; // sky blue
    case fhir::ClaimType::Pde:
        c = QColor(0xF0, 0xE4, 0x42);
        break; // yellow
    case fhir::ClaimType::Snf:
        c = QColor(0x7F, 0x3C, 0x8D);
        break; // purple
    case fhir::ClaimType::Unknown:
        c = QColor(0x88, 0x88, 0x88);
        break;
    }
    // Each bar must stand out from the chart's background by 3:1 (WCAG 2.1, graphics): the
    // hue stays, the shade moves (yellow becomes olive on white, blue turns light on black).
    const QColor background = palette.color(QPalette::Base);
    const bool darken = !isDarkPalette(palette);
    for (int step = 0; step < 30 && contrastRatio(c, background) < graphicsContrast; ++step)
        c = darken ? c.darker(108) : c.lighter(110);
    return c;
}

QColor accentColor(const QPalette &palette)
{
    return claimTypeColor(fhir::ClaimType::Carrier, palette);
}

void applyChartFont(QChart *chart, const QFont &font)
{
    QFont title = font;
    title.setBold(true);
    chart->setTitleFont(title);
    chart->legend()->setFont(font);
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsFont(font);
        axis->setTitleFont(font);
    }
}

int fittingTickCount(int plotHeight, const QFont &font)
{
    // A label and as much space again between two labels.
    const int perTick = 2 * QFontMetrics(font).lineSpacing();
    return std::clamp(plotHeight / std::max(1, perTick), 3, 6);
}

void fitCategoryLabels(QChartView *view)
{
    const QList<QAbstractAxis *> axes = view->chart()->axes(Qt::Horizontal);
    for (QAbstractAxis *axis : axes) {
        auto *categories = qobject_cast<QBarCategoryAxis *>(axis);
        if (!categories || categories->count() == 0)
            continue;
        const QFontMetrics metrics(categories->labelsFont());
        int widest = 0;
        const QStringList labels = categories->categories();
        for (const QString &label : labels)
            widest = std::max(widest, metrics.horizontalAdvance(label));
        // The plot takes most of the view; the value axis and margins take the rest.
        const double perCategory = view->chart()->plotArea().width() > 0
            ? view->chart()->plotArea().width() / categories->count()
            : view->width() * 0.75 / categories->count();
        categories->setLabelsAngle(widest + metrics.averageCharWidth() > perCategory ? -90 : 0);
    }
}

} // namespace bb::views
