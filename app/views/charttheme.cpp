#include "views/charttheme.h"

#include <QAbstractAxis>
#include <QChart>
#include <QLegend>

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
    return isDarkPalette(palette) && c.lightness() < 110 ? c.lighter(150) : c;
}

QColor accentColor(const QPalette &palette)
{
    return claimTypeColor(fhir::ClaimType::Carrier, palette);
}

} // namespace bb::views
