#pragma once

#include "models/claimlistmodel.h"
#include "models/overviewmodels.h"
#include "models/patientmodel.h"
#include "views/exportableview.h"

#include <QDateTime>
#include <QPointer>
#include <QWidget>

class QChart;
class QLabel;
class QTableView;
class QTableWidget;

namespace bb::views {

class ChartPanel;

// The Overview tab: who, how complete, and where the money went.
//
//   OverviewView(models::ClaimListModel *claims, models::PatientModel *patient,
//                QWidget *parent)       patient may be null (no header then)
//   setToday(QDate)                     the end of the "last 12 months" chart
//   setLastSync(QDateTime)              "Last sync: ..." (invalid: "Not synced yet")
//   overviewModels()                    the figures (bb::models::OverviewModels)
//   yearTable() / spendingChart() / monthlyChart() / providersTable() / drugsTable()
//   patientText() / syncText() / completenessText()
//
// Sections: patient header; last sync and completeness ("Totals cover 2,850 of 2,919
// claims" while incomplete); totals per year (billed, Medicare paid, you may owe); a stacked
// bar chart of amount billed per year by claim type; a bar chart of what you paid or may owe
// per month for the last 12 months; top providers and top drugs by cost. Charts follow the
// palette (dark mode included) and are rebuilt when it changes.
class OverviewView : public QWidget, public ExportableView
{
    Q_OBJECT
public:
    OverviewView(
        models::ClaimListModel *claims, models::PatientModel *patient, QWidget *parent = nullptr);

    void setToday(const QDate &today);
    void setLastSync(const QDateTime &when);
    models::OverviewModels *overviewModels() { return &m_models; }

    QTableWidget *yearTable() const { return m_years; }
    QChart *spendingChart() const;
    QChart *monthlyChart() const;
    ChartPanel *spendingPanel() const { return m_spending; }
    ChartPanel *monthlyPanel() const { return m_monthly; }
    QTableView *providersTable() const { return m_providers; }
    QTableView *drugsTable() const { return m_drugs; }
    QString patientText() const;
    QString syncText() const;
    QString completenessText() const;
    // Under the monthly chart when it has no bar: why (empty when it has bars).
    QString monthlyNote() const;

    // ExportableView: charts and summaries, neither a table to export nor a report.
    const QAbstractItemModel *exportModel() const override { return nullptr; }
    bool canExportCsv() const override { return false; }
    bool hasReport() const override { return false; }
    std::optional<report::ReportDocument> buildReport(
        const report::ReportContext &context) const override;
    QString defaultFileBaseName() const override;

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    void updatePatient();
    void updateSync();
    void fillYears();
    void buildSpendingChart();
    void buildMonthlyChart();

    QPointer<models::ClaimListModel> m_claims;
    QPointer<models::PatientModel> m_patient;
    models::OverviewModels m_models;
    QDateTime m_lastSync;

    QLabel *m_patientLabel = nullptr;
    QLabel *m_syncLabel = nullptr;
    QLabel *m_monthlyNote = nullptr;
    QLabel *m_completeness = nullptr;
    QTableWidget *m_years = nullptr;
    ChartPanel *m_spending = nullptr;
    ChartPanel *m_monthly = nullptr;
    QTableView *m_providers = nullptr;
    QTableView *m_drugs = nullptr;
};

} // namespace bb::views
