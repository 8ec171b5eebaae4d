#pragma once

#include "report/reportcontext.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class QAction;
class QMainWindow;
class QMenu;
class QPrinter;
class QProgressDialog;
class QSettings;
class QTabWidget;

namespace bb {

namespace exporting {
class RawArchive;
}

namespace models {
class ClaimListModel;
class CoverageModel;
class PatientModel;
} // namespace models

namespace report {
class RenderJob;
}

namespace views {
class ExportableView;
}

// File > Export and Print for what the window shows: CSV and PDF of the current tab (its
// visible columns, order, sort and filters), a PDF statement of the open claim, printing and
// print preview. PDFs and print jobs render on a thread of their own with a progress dialog
// that can cancel; files are written atomically, so a failed or cancelled export leaves
// nothing behind.
//
// It knows tabs only as views::ExportableView: whatever the current tab says it shows is
// what gets exported, so a new tab needs no change here.
class ExportActions : public QObject
{
    Q_OBJECT
public:
    // What the actions read besides the tabs. Without data (no one signed in yet) the
    // pointers stay null and the functions empty: there is nothing to export then.
    struct Sources
    {
        // The tab shown is exported; any tab may hold the open item (the claim statement).
        QTabWidget *tabs = nullptr;
        // Whose data: the patient's name and Medicare number in every report.
        const models::PatientModel *patient = nullptr;
        // Settings > "Start CSV files with a byte order mark".
        QSettings *settings = nullptr;
        // Everything the sync received, exactly as received (FHIR JSON), and whether some of
        // it is still on its way.
        const exporting::RawArchive *archive = nullptr;
        std::function<bool()> isSyncing;
        std::function<bool()> isArchiving;
        // For the note that a FHIR export of an incomplete sync is incomplete too.
        const models::ClaimListModel *claims = nullptr;
        // Coverage now, for the summary for a doctor visit (with the claims above).
        const models::CoverageModel *coverage = nullptr;
    };

    // `window` parents the dialogs and shows the results in its status bar.
    ExportActions(QMainWindow *window, Sources sources);
    ~ExportActions() override;

    void addTo(QMenu *fileMenu);
    // Enables what makes sense for the state, the tab and the open claim.
    void update(bool signedIn);

    QAction *exportCsvAction() const { return m_exportCsv; }
    QAction *exportPdfAction() const { return m_exportPdf; }
    QAction *exportClaimPdfAction() const { return m_exportClaimPdf; }
    // The same reports as accessible web pages (headings, real tables, no script): what
    // screen readers read best, since Qt writes PDFs without tags.
    QAction *exportHtmlAction() const { return m_exportHtml; }
    QAction *exportClaimHtmlAction() const { return m_exportClaimHtml; }
    QAction *exportFhirJsonAction() const { return m_exportJson; }
    QAction *printAction() const { return m_print; }
    QAction *printPreviewAction() const { return m_printPreview; }
    QAction *printClaimAction() const { return m_printClaim; }
    QAction *visitSummaryAction() const { return m_visitSummary; }
    // Checked: PDFs and prints carry the full Medicare number instead of its last four
    // characters. Off by default and not remembered: a report usually leaves the house.
    QAction *fullMedicareNumberAction() const { return m_fullMbi; }

    // The current tab as CSV (synchronous: reading a model is the GUI thread's job; 10,000
    // claims take well under a second). False with a translated reason.
    bool exportCurrentViewCsv(const QString &path, QString *error = nullptr);
    // The current tab / the open claim as a report; nullopt with a translated reason when
    // there is nothing to report (the Overview tab, no claim open).
    std::optional<report::ReportDocument> currentViewReport(QString *error = nullptr) const;
    std::optional<report::ReportDocument> openClaimReport(QString *error = nullptr) const;
    // Starts writing `document` to `path` in the background; the job reports finished() and
    // is deleted after. Shows progress when it takes long.
    report::RenderJob *startPdfExport(const report::ReportDocument &document, const QString &path);
    // Writes `document` to `path` as a web page (synchronous: text only, fast); false with a
    // translated reason. Says "Saved …" in the status bar and to screen readers.
    bool exportHtml(
        const report::ReportDocument &document, const QString &path, QString *error = nullptr);
    // Writes everything the sync received, exactly as received, as one FHIR collection
    // Bundle, in the background. Null (with a message shown) while the data is still coming.
    report::RenderJob *startFhirJsonExport(const QString &path);
    // Paints `document` on `printer` in the background (a real printer or a PDF printer).
    report::RenderJob *startPrint(
        const report::ReportDocument &document, std::shared_ptr<QPrinter> printer);

Q_SIGNALS:
    // After any export or print job: for the status bar and for tests.
    void jobFinished(bool ok, const QString &message);

private:
    enum class Kind : quint8 {
        Csv,
        ViewPdf,
        ClaimPdf,
        FhirJson,
        ViewHtml,
        ClaimHtml,
        VisitSummary
    };
    // File > Summary for a Doctor Visit: save it as PDF or print it.
    void chooseVisitSummary();
    std::optional<report::ReportDocument> visitSummaryReport(QString *error) const;
    void chooseFile(Kind kind);
    void print(Kind kind);
    void printPreview();
    report::RenderJob *run(report::RenderJob *job, const QString &label, const QString &done,
        const QString &cancelled = {});
    QString defaultFileName(Kind kind) const;
    report::ReportContext reportContext() const;
    void showError(const QString &title, const QString &message);
    // The current tab, when it is one that exports; null otherwise (placeholders).
    views::ExportableView *currentView() const;
    // The tab with an open item: the current one when it has one, else the first that has.
    views::ExportableView *openItemView() const;
    bool isSyncing() const { return m_sources.isSyncing && m_sources.isSyncing(); }
    bool isArchiving() const { return m_sources.isArchiving && m_sources.isArchiving(); }

    QMainWindow *m_window;
    Sources m_sources;
    QAction *m_exportCsv = nullptr;
    QAction *m_exportPdf = nullptr;
    QAction *m_exportClaimPdf = nullptr;
    QAction *m_exportHtml = nullptr;
    QAction *m_exportClaimHtml = nullptr;
    QAction *m_exportJson = nullptr;
    QAction *m_print = nullptr;
    QAction *m_printPreview = nullptr;
    QAction *m_printClaim = nullptr;
    QAction *m_visitSummary = nullptr;
    QAction *m_fullMbi = nullptr;
    QPointer<report::RenderJob> m_job; // one at a time
};

} // namespace bb
