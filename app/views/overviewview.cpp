#include "views/overviewview.h"

#include "models/cell.h"
#include "models/claimdatespan.h"
#include "models/claimlistmodel.h"
#include "models/patientmodel.h"
#include "views/chartpanel.h"
#include "views/charttheme.h"
#include "views/elidedtips.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QStackedBarSeries>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace bb::views {

namespace {

// Charts draw doubles; the tables beside them carry the exact cents.
double dollars(fhir::Money m)
{
    return double(m.cents()) / 100.0;
}

QTableView *makeRankingTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setModel(model);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // The name gives way (eliding, whole on hover); amounts and counts are never cut.
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->setWordWrap(false);
    table->setMinimumHeight(220);
    ElidedTextTips::install(table);
    return table;
}

QTableWidgetItem *moneyItem(fhir::Money amount)
{
    auto *item = new QTableWidgetItem(models::formatMoney(amount));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

// Axis top: a round number above the highest bar, so the scale reads in whole dollars.
double niceCeiling(double value)
{
    if (value <= 0)
        return 10;
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (const double step : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (value <= step * magnitude)
            return step * magnitude;
    }
    return 10 * magnitude;
}

// A dollar axis from 0 to `top` with its labels in the app's locale ("$2,000,000",
// "2.000.000 US$"): QValueAxis can only print through a printf format, without grouping.
// `steps` intervals: fewer when large text leaves room for fewer labels.
QCategoryAxis *moneyAxis(double top, int steps)
{
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setStartValue(0);
    axis->setRange(0, top);
    for (int i = 0; i <= steps; ++i) {
        const double value = top * i / steps;
        axis->append(models::formatWholeDollars(value), value);
    }
    return axis;
}

} // namespace

OverviewView::OverviewView(
    models::ClaimListModel *claims, models::PatientModel *patient, QWidget *parent)
    : QWidget(parent)
    , m_claims(claims)
    , m_patient(patient)
{
    m_models.setToday(QDate::currentDate());
    m_models.setSourceModel(claims);

    auto *content = new QWidget;
    m_patientLabel = new QLabel(content);
    m_patientLabel->setObjectName(u"overviewPatient"_s);
    QFont big = m_patientLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_patientLabel->setFont(big);
    m_patientLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_patientLabel->setTextFormat(Qt::PlainText); // the name as the server sent it
    m_syncLabel = new QLabel(content);
    m_syncLabel->setObjectName(u"overviewSync"_s);
    m_completeness = new QLabel(content);
    m_completeness->setObjectName(u"overviewCompleteness"_s);
    QFont bold = m_completeness->font();
    bold.setBold(true);
    m_completeness->setFont(bold);

    //: Overview: the table of totals per calendar year.
    auto *yearsBox = new QGroupBox(tr("Totals per year"), content);
    m_years = new QTableWidget(0, 5, yearsBox);
    m_years->setObjectName(u"overviewYears"_s);
    m_years->setAccessibleName(yearsBox->title());
    m_years->setHorizontalHeaderLabels({
        //: Overview year table column.
        tr("Year"),
        //: Overview year table column.
        tr("Claims"),
        //: Overview year table column: what providers billed.
        tr("Amount billed"),
        //: Overview year table column.
        tr("Medicare or plan paid"),
        //: Overview year table column.
        tr("You may owe"),
    });
    m_years->verticalHeader()->hide();
    m_years->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Columns as wide as their headers and amounts (large text included), the rest to the last.
    m_years->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_years->horizontalHeader()->setStretchLastSection(true);
    (new QVBoxLayout(yearsBox))->addWidget(m_years);

    //: Overview chart title.
    m_spending = new ChartPanel(tr("Amount billed per year, by type of claim"), content);
    m_spending->view()->setObjectName(u"overviewSpendingChart"_s);
    m_spending->view()->installEventFilter(this);
    //: Overview chart title.
    m_monthly = new ChartPanel(tr("What you paid or may owe, last 12 months"), content);
    m_monthly->view()->setObjectName(u"overviewMonthlyChart"_s);
    m_monthly->view()->installEventFilter(this);
    m_monthlyNote = new QLabel(content);
    m_monthlyNote->setObjectName(u"overviewMonthlyNote"_s);
    m_monthlyNote->setWordWrap(true);
    m_monthlyNote->setTextFormat(Qt::PlainText);
    m_monthlyNote->hide();

    //: Overview: providers with the highest amounts billed.
    auto *providersBox = new QGroupBox(tr("Top providers by amount billed"), content);
    m_providers = makeRankingTable(m_models.topProviders(), providersBox);
    m_providers->setAccessibleName(providersBox->title());
    (new QVBoxLayout(providersBox))->addWidget(m_providers);
    //: Overview: drugs with the highest total drug cost.
    auto *drugsBox = new QGroupBox(tr("Top drugs by cost"), content);
    m_drugs = makeRankingTable(m_models.topDrugs(), drugsBox);
    m_drugs->setAccessibleName(drugsBox->title());
    (new QVBoxLayout(drugsBox))->addWidget(m_drugs);

    auto *grid = new QGridLayout(content);
    grid->addWidget(m_patientLabel, 0, 0, 1, 2);
    grid->addWidget(m_syncLabel, 1, 0);
    grid->addWidget(m_completeness, 1, 1, Qt::AlignRight);
    grid->addWidget(yearsBox, 2, 0, 1, 2);
    grid->addWidget(m_spending, 3, 0, Qt::AlignTop);
    grid->addWidget(m_monthly, 3, 1, Qt::AlignTop);
    grid->addWidget(m_monthlyNote, 4, 1);
    grid->addWidget(providersBox, 5, 0);
    grid->addWidget(drugsBox, 5, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    //: Accessible name of the Overview tab's scrolling page.
    scroll->setAccessibleName(tr("Overview"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    // OverviewModels recomputes per page; rebuilding the charts once per event-loop turn is
    // enough for the eye and keeps a fast sync from redrawing them page by page.
    auto *later = new QTimer(this);
    later->setSingleShot(true);
    later->setInterval(0);
    connect(later, &QTimer::timeout, this, &OverviewView::refresh);
    connect(
        &m_models, &models::OverviewModels::overviewChanged, later, qOverload<>(&QTimer::start));
    if (patient) {
        connect(patient, &QAbstractItemModel::modelReset, this, &OverviewView::updatePatient);
        connect(patient, &QAbstractItemModel::dataChanged, this, &OverviewView::updatePatient);
    }
    updatePatient();
    refresh();
}

void OverviewView::setToday(const QDate &today)
{
    m_models.setToday(today);
}

void OverviewView::setLastSync(const QDateTime &when)
{
    m_lastSync = when;
    updateSync();
}

QChart *OverviewView::spendingChart() const
{
    return m_spending->chart();
}

QChart *OverviewView::monthlyChart() const
{
    return m_monthly->chart();
}

QString OverviewView::patientText() const
{
    return m_patientLabel->text();
}

QString OverviewView::syncText() const
{
    return m_syncLabel->text();
}

QString OverviewView::completenessText() const
{
    return m_completeness->text();
}

std::optional<report::ReportDocument> OverviewView::buildReport(
    const report::ReportContext &context) const
{
    Q_UNUSED(context);
    return std::nullopt;
}

QString OverviewView::monthlyNote() const
{
    return m_monthlyNote->text();
}

QString OverviewView::defaultFileBaseName() const
{
    //: Suggested file name of the Overview tab's exports: the tab's title in lower case.
    return tr("overview");
}

void OverviewView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // A new font is View > Zoom: the charts' text, ticks and heights follow it.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange
        || event->type() == QEvent::FontChange)
        refresh();
}

bool OverviewView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize) {
        if (watched == m_spending->view())
            fitCategoryLabels(m_spending->view());
        else if (watched == m_monthly->view())
            fitCategoryLabels(m_monthly->view());
    }
    return QWidget::eventFilter(watched, event);
}

void OverviewView::refresh()
{
    // Charts as tall as their text needs: about fifteen lines of it, never under 280 pixels.
    const int chartHeight = std::max(280, 15 * fontMetrics().lineSpacing());
    m_spending->view()->setMinimumHeight(chartHeight);
    m_monthly->view()->setMinimumHeight(chartHeight);
    updateSync();
    fillYears();
    buildSpendingChart();
    buildMonthlyChart();
}

void OverviewView::updatePatient()
{
    if (!m_patient || m_patient->state() == models::PatientModel::State::Empty) {
        m_patientLabel->setText({});
        m_patientLabel->setVisible(m_patient);
        return;
    }
    m_patientLabel->setVisible(true);
    const auto value = [this](const QString &key) {
        const int row = m_patient->rowForKey(key);
        return row < 0 ? QString()
                       : m_patient->index(row, models::KeyValueModel::Value).data().toString();
    };
    QStringList parts;
    parts << value(u"name"_s);
    if (const QString born = value(u"birth_date"_s); !born.isEmpty())
        //: Overview header: %1 the birth date.
        parts << tr("born %1").arg(born);
    if (const QString mbi = value(u"mbi"_s); !mbi.isEmpty())
        //: Overview header: %1 the (masked) Medicare number.
        parts << tr("Medicare number %1").arg(mbi);
    parts.removeAll(QString());
    m_patientLabel->setText(parts.join(u" · "_s));
}

void OverviewView::updateSync()
{
    if (m_lastSync.isValid())
        //: Overview: %1 the date and time of the last download.
        m_syncLabel->setText(
            tr("Last sync: %1")
                .arg(models::formatDate(m_lastSync.toLocalTime().date()) + u' '
                    + QLocale().toString(m_lastSync.toLocalTime().time(), QLocale::ShortFormat)));
    else
        //: Overview: nothing was downloaded in this session yet.
        m_syncLabel->setText(tr("Not synced yet"));
    const models::Overview &o = m_models.overview();
    //: Overview: how many claims the figures cover when the sync is complete.
    m_completeness->setText(m_claims && !m_claims->completenessText().isEmpty()
            ? m_claims->completenessText()
            : tr("All %Ln claim(s) loaded", nullptr, o.loaded));
}

void OverviewView::fillYears()
{
    const models::Overview &o = m_models.overview();
    const QList<int> years = o.years();
    m_years->setRowCount(int(years.size()));
    for (int r = 0; r < years.size(); ++r) {
        const models::AmountTotals t = o.yearTotals(years.at(r));
        m_years->setItem(r, 0, new QTableWidgetItem(QString::number(years.at(r))));
        auto *claims = new QTableWidgetItem(QLocale().toString(t.claims));
        claims->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_years->setItem(r, 1, claims);
        m_years->setItem(r, 2, moneyItem(t.billed));
        m_years->setItem(r, 3, moneyItem(t.medicarePaid));
        m_years->setItem(r, 4, moneyItem(t.youMayOwe));
    }
    // As tall as its rows (at least three), so the charts start right below it.
    const int rows = std::max(3, m_years->rowCount());
    m_years->setFixedHeight(m_years->horizontalHeader()->height()
        + rows * m_years->verticalHeader()->defaultSectionSize() + 2 * m_years->frameWidth() + 2);
}

void OverviewView::buildSpendingChart()
{
    QChart *chart = m_spending->chart();
    chart->removeAllSeries();
    const QList<QAbstractAxis *> oldAxes = chart->axes();
    for (QAbstractAxis *axis : oldAxes) {
        chart->removeAxis(axis);
        delete axis;
    }

    const models::Overview &o = m_models.overview();
    QList<int> years = o.years();
    std::reverse(years.begin(), years.end()); // oldest on the left
    QStringList categories;
    for (const int y : std::as_const(years))
        categories << QString::number(y);

    auto *series = new QStackedBarSeries;
    double highest = 0;
    QList<double> stackTotals(years.size(), 0.0);
    QList<fhir::ClaimType> types(fhir::allClaimTypes.begin(), fhir::allClaimTypes.end());
    types.append(fhir::ClaimType::Unknown);
    for (const fhir::ClaimType type : std::as_const(types)) {
        QList<double> values(years.size(), 0.0);
        bool any = false;
        for (const models::YearTypeTotals &t : o.byYearAndType) {
            if (t.type != type)
                continue;
            const qsizetype at = years.indexOf(t.year);
            if (at < 0)
                continue;
            values[at] += dollars(t.totals.billed);
            any = true;
        }
        if (!any)
            continue;
        auto *set = new QBarSet(fhir::claimTypeDisplayName(type));
        set->append(values);
        set->setProperty("claimType", int(type));
        series->append(set);
        for (qsizetype i = 0; i < values.size(); ++i)
            stackTotals[i] += values.at(i);
    }
    for (const double v : std::as_const(stackTotals))
        highest = std::max(highest, v);
    chart->addSeries(series);

    auto *x = new QBarCategoryAxis;
    x->append(categories);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    QCategoryAxis *y = moneyAxis(niceCeiling(highest),
        fittingTickCount(m_spending->view()->minimumHeight() / 2, font()) - 1);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    // The theme recolours every series, so the type colours go on after it.
    applyChartPalette(chart, palette());
    applyChartFont(chart, font());
    QList<QPair<QColor, QString>> legend;
    const QList<QBarSet *> sets = series->barSets();
    for (QBarSet *set : sets) {
        const QColor color =
            claimTypeColor(fhir::ClaimType(set->property("claimType").toInt()), palette());
        set->setColor(color);
        set->setBorderColor(color);
        legend.append({color, set->label()});
    }
    m_spending->setLegend(legend);
    fitCategoryLabels(m_spending->view());

    // The same numbers as text: per year, each type's amount and the year's total.
    QStringList columns;
    for (const QBarSet *set : sets)
        columns << set->label();
    //: Column of a chart's table: the total of a year's bars.
    columns << tr("Total");
    QList<ChartPanel::Row> rows;
    QStringList sentences;
    for (qsizetype i = 0; i < years.size(); ++i) {
        ChartPanel::Row row {categories.at(i), {}};
        fhir::Money total;
        QStringList parts;
        for (const QBarSet *set : sets) {
            const auto type = fhir::ClaimType(set->property("claimType").toInt());
            fhir::Money amount;
            for (const models::YearTypeTotals &t : o.byYearAndType) {
                if (t.type == type && t.year == years.at(i))
                    amount = amount + t.totals.billed;
            }
            total = total + amount;
            row.cells << models::formatMoney(amount);
            if (amount.cents() != 0)
                parts << u"%1 %2"_s.arg(set->label(), models::formatMoney(amount));
        }
        row.cells << models::formatMoney(total);
        rows << row;
        //: Chart summary for a screen reader: %1 a year, %2 its total, %3 the amounts by type.
        sentences << tr("%1: %2 billed (%3).")
                         .arg(categories.at(i), models::formatMoney(total), parts.join(u", "_s));
    }
    //: Column of a chart's table: the calendar year of a row.
    m_spending->setData(tr("Year"), columns, rows,
        years.isEmpty() ? tr("No claims to show yet.") : sentences.join(u' '));
}

void OverviewView::buildMonthlyChart()
{
    QChart *chart = m_monthly->chart();
    chart->removeAllSeries();
    const QList<QAbstractAxis *> oldAxes = chart->axes();
    for (QAbstractAxis *axis : oldAxes) {
        chart->removeAxis(axis);
        delete axis;
    }
    const models::Overview &o = m_models.overview();
    //: Legend of the monthly chart: deductibles, coinsurance and copays.
    auto *set = new QBarSet(tr("You paid or may owe"));
    QStringList months;
    double highest = 0;
    for (const models::MonthTotals &m : o.lastTwelveMonths) {
        //: Month label under a bar of the monthly chart (QDate format: "Jan").
        months << QLocale().toString(m.month, tr("MMM"));
        set->append(dollars(m.youMayOwe));
        highest = std::max(highest, dollars(m.youMayOwe));
    }
    auto *series = new QBarSeries;
    series->append(set);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(months);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    QCategoryAxis *y = moneyAxis(
        niceCeiling(highest), fittingTickCount(m_monthly->view()->minimumHeight() / 2, font()) - 1);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    applyChartPalette(chart, palette());
    applyChartFont(chart, font());
    set->setColor(accentColor(palette()));
    set->setBorderColor(accentColor(palette()));
    m_monthly->setLegend({{accentColor(palette()), set->label()}});
    fitCategoryLabels(m_monthly->view());

    QList<ChartPanel::Row> rows;
    QStringList sentences;
    for (const models::MonthTotals &m : o.lastTwelveMonths) {
        //: A month in a chart's table and summary (QDate format: "January 2026").
        const QString month = QLocale().toString(m.month, tr("MMMM yyyy"));
        rows << ChartPanel::Row {month, {models::formatMoney(m.youMayOwe)}};
        if (m.youMayOwe.cents() != 0)
            sentences << u"%1 %2"_s.arg(month, models::formatMoney(m.youMayOwe));
    }
    //: Chart summary for a screen reader: %1 the months with an amount and the amounts.
    const QString summary = sentences.isEmpty()
        ? tr("Nothing paid or owed in the last 12 months.")
        : tr("Amounts in the last 12 months: %1.").arg(sentences.join(u"; "_s));
    //: Column of a chart's table: the month of a row.
    m_monthly->setData(tr("Month"), {set->label()}, rows, summary);

    // A chart without bars says why rather than leaving a blank grid.
    int claimsInMonths = 0;
    for (const models::MonthTotals &m : o.lastTwelveMonths)
        claimsInMonths += m.claims;
    const int loaded = m_claims ? m_claims->claimCount() : 0;
    const bool bars = highest > 0;
    const QDate newest = !bars && m_claims ? models::claimDateSpan(*m_claims).newest : QDate();
    const QString note =
        models::EmptyListText::lastTwelveMonths(claimsInMonths, bars, loaded, newest);
    m_monthlyNote->setText(note);
    m_monthlyNote->setVisible(!note.isEmpty());
}

} // namespace bb::views
