#include "exportactions.h"

#include "announcer.h"
#include "core/privatefile.h"
#include "export/atomicfile.h"
#include "export/collectionbundle.h"
#include "export/modelcsv.h"
#include "export/rawarchive.h"
#include "models/claimlistmodel.h"
#include "models/coveragemodels.h"
#include "models/patientmodel.h"
#include "report/htmlreport.h"
#include "report/renderjob.h"
#include "report/viewreports.h"
#include "report/visitsummary.h"
#include "uisettings.h"
#include "views/exportableview.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>

using namespace Qt::StringLiterals;

namespace bb {

ExportActions::ExportActions(QMainWindow *window, Sources sources)
    : QObject(window)
    , m_window(window)
    , m_sources(std::move(sources))
{
    m_exportCsv = new QAction(tr("&Export as CSV…"), this);
    m_exportCsv->setObjectName(u"exportCsvAction"_s);
    m_exportCsv->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_exportCsv, &QAction::triggered, this, [this]() { chooseFile(Kind::Csv); });

    m_exportPdf = new QAction(tr("Export as &PDF…"), this);
    m_exportPdf->setObjectName(u"exportPdfAction"_s);
    m_exportPdf->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(m_exportPdf, &QAction::triggered, this, [this]() { chooseFile(Kind::ViewPdf); });

    m_exportClaimPdf = new QAction(tr("Export &Claim as PDF…"), this);
    m_exportClaimPdf->setObjectName(u"exportClaimPdfAction"_s);
    connect(m_exportClaimPdf, &QAction::triggered, this, [this]() { chooseFile(Kind::ClaimPdf); });

    m_exportHtml = new QAction(tr("Export as &Web Page (HTML)…"), this);
    m_exportHtml->setObjectName(u"exportHtmlAction"_s);
    m_exportHtml->setToolTip(tr("The report as a web page: reads best with a screen reader"));
    connect(m_exportHtml, &QAction::triggered, this, [this]() { chooseFile(Kind::ViewHtml); });

    m_exportClaimHtml = new QAction(tr("Export Claim as Web Pa&ge (HTML)…"), this);
    m_exportClaimHtml->setObjectName(u"exportClaimHtmlAction"_s);
    connect(
        m_exportClaimHtml, &QAction::triggered, this, [this]() { chooseFile(Kind::ClaimHtml); });

    m_exportJson = new QAction(tr("Export All Data as &FHIR JSON…"), this);
    m_exportJson->setObjectName(u"exportFhirJsonAction"_s);
    m_exportJson->setToolTip(tr("Your patient record, coverage and claims exactly as Medicare "
                                "sent them, in one FHIR Bundle"));
    connect(m_exportJson, &QAction::triggered, this, [this]() { chooseFile(Kind::FhirJson); });

    m_print = new QAction(tr("&Print…"), this);
    m_print->setObjectName(u"printAction"_s);
    m_print->setShortcut(QKeySequence::Print);
    connect(m_print, &QAction::triggered, this, [this]() { print(Kind::ViewPdf); });

    m_printClaim = new QAction(tr("Print C&laim…"), this);
    m_printClaim->setObjectName(u"printClaimAction"_s);
    connect(m_printClaim, &QAction::triggered, this, [this]() { print(Kind::ClaimPdf); });

    m_visitSummary = new QAction(tr("Summary for a &Doctor Visit…"), this);
    m_visitSummary->setObjectName(u"visitSummaryAction"_s);
    m_visitSummary->setToolTip(tr("One to three pages to take to a doctor: your coverage, "
                                  "diagnoses, prescriptions, providers and hospital stays from "
                                  "Medicare claims"));
    connect(m_visitSummary, &QAction::triggered, this, &ExportActions::chooseVisitSummary);

    m_printPreview = new QAction(tr("Print Pre&view…"), this);
    m_printPreview->setObjectName(u"printPreviewAction"_s);
    connect(m_printPreview, &QAction::triggered, this, &ExportActions::printPreview);

    m_fullMbi = new QAction(tr("Show Full &Medicare Number in PDFs and Prints"), this);
    m_fullMbi->setObjectName(u"fullMedicareNumberAction"_s);
    m_fullMbi->setCheckable(true);
    m_fullMbi->setToolTip(tr("Off: reports show only the last characters of your Medicare "
                             "number, like the Patient tab."));
}

// A running job is cancelled and waited for by its destructor (it is our child).
ExportActions::~ExportActions() = default;

void ExportActions::addTo(QMenu *fileMenu)
{
    fileMenu->addAction(m_exportCsv);
    fileMenu->addAction(m_exportPdf);
    fileMenu->addAction(m_exportClaimPdf);
    fileMenu->addAction(m_exportHtml);
    fileMenu->addAction(m_exportClaimHtml);
    fileMenu->addAction(m_exportJson);
    fileMenu->addSeparator();
    fileMenu->addAction(m_print);
    fileMenu->addAction(m_printClaim);
    fileMenu->addAction(m_printPreview);
    fileMenu->addAction(m_visitSummary);
    fileMenu->addAction(m_fullMbi);
}

views::ExportableView *ExportActions::currentView() const
{
    return m_sources.tabs ? dynamic_cast<views::ExportableView *>(m_sources.tabs->currentWidget())
                          : nullptr;
}

views::ExportableView *ExportActions::openItemView() const
{
    if (views::ExportableView *current = currentView(); current && current->hasOpenItem())
        return current;
    // The claim stays open in its tab while the person looks at another one; its statement
    // can still be exported from there.
    for (int i = 0; m_sources.tabs && i < m_sources.tabs->count(); ++i) {
        auto *view = dynamic_cast<views::ExportableView *>(m_sources.tabs->widget(i));
        if (view && view->hasOpenItem())
            return view;
    }
    return nullptr;
}

void ExportActions::update(bool signedIn)
{
    const views::ExportableView *view = signedIn ? currentView() : nullptr;
    const bool table = view && view->canExportCsv();
    const bool report = view && view->hasReport();
    m_exportCsv->setEnabled(table);
    m_exportPdf->setEnabled(report);
    m_exportHtml->setEnabled(report);
    m_print->setEnabled(report);
    m_printPreview->setEnabled(report);
    const bool itemOpen = signedIn && openItemView();
    m_exportClaimPdf->setEnabled(itemOpen);
    m_exportClaimHtml->setEnabled(itemOpen);
    m_exportJson->setEnabled(
        signedIn && m_sources.archive && !isSyncing() && !m_sources.archive->isEmpty());
    m_printClaim->setEnabled(itemOpen);
    m_visitSummary->setEnabled(signedIn && m_sources.claims);
}

bool ExportActions::exportCurrentViewCsv(const QString &path, QString *error)
{
    const views::ExportableView *view = currentView();
    const QAbstractItemModel *model = view && view->canExportCsv() ? view->exportModel() : nullptr;
    if (!model) {
        if (error)
            *error = tr("This tab has no table to export. Choose Claims, Drugs, Patient or "
                        "Coverage.");
        return false;
    }
    exporting::ModelCsvOptions options;
    if (m_sources.settings)
        options.byteOrderMark = UiSettings(*m_sources.settings).csvByteOrderMark();
    options.columns = view->exportColumns();
    options.includeChildren = view->exportsChildRows();
    return exporting::exportModelCsv(model, path, options, error);
}

report::ReportContext ExportActions::reportContext() const
{
    const models::PatientModel *patients = m_sources.patient;
    const bool loaded = patients && patients->state() == models::PatientModel::State::Loaded;
    const bool notShared = patients && patients->state() == models::PatientModel::State::NotShared;
    return report::reportContext(
        loaded ? &patients->patient() : nullptr, m_fullMbi->isChecked(), notShared);
}

std::optional<report::ReportDocument> ExportActions::currentViewReport(QString *error) const
{
    if (!m_sources.patient) {
        if (error)
            *error = tr("Nothing to report yet: log in first.");
        return std::nullopt;
    }
    if (const views::ExportableView *view = currentView(); view && view->hasReport()) {
        if (std::optional<report::ReportDocument> document = view->buildReport(reportContext()))
            return document;
    }
    if (error)
        *error = tr("This tab has no report. Choose Claims, Drugs, Patient or Coverage.");
    return std::nullopt;
}

std::optional<report::ReportDocument> ExportActions::openClaimReport(QString *error) const
{
    const views::ExportableView *view = openItemView();
    std::optional<report::ReportDocument> document =
        view ? view->openItemReport(reportContext()) : std::nullopt;
    if (!document && error)
        *error = tr("Open a claim in the Claims tab first.");
    return document;
}

std::optional<report::ReportDocument> ExportActions::visitSummaryReport(QString *error) const
{
    if (!m_sources.claims || !m_sources.patient) {
        if (error)
            *error = tr("Nothing to summarize yet: log in first.");
        return std::nullopt;
    }
    QList<fhir::Claim> claims;
    claims.reserve(m_sources.claims->rowCount());
    for (int r = 0; r < m_sources.claims->rowCount(); ++r)
        claims.append(m_sources.claims->claim(r));
    QList<fhir::Coverage> coverages;
    for (int r = 0; m_sources.coverage && r < m_sources.coverage->rowCount(); ++r)
        coverages.append(m_sources.coverage->coverage(r));
    const report::ReportContext context = reportContext();
    const bool loaded = m_sources.patient->state() == models::PatientModel::State::Loaded;
    return report::visitSummaryReport(loaded ? &m_sources.patient->patient() : nullptr,
        report::summarizeForVisit(claims, coverages, context.generatedAt.date()), context);
}

void ExportActions::chooseVisitSummary()
{
    auto *box = new QMessageBox(QMessageBox::Question, tr("Summary for a Doctor Visit"),
        tr("Save the summary as a PDF file, or print it?"), QMessageBox::Cancel, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *pdf = box->addButton(tr("Save as &PDF…"), QMessageBox::AcceptRole);
    QPushButton *paper = box->addButton(tr("&Print…"), QMessageBox::AcceptRole);
    box->setDefaultButton(pdf);
    connect(box, &QMessageBox::buttonClicked, this, [this, pdf, paper](QAbstractButton *button) {
        if (button == pdf)
            chooseFile(Kind::VisitSummary);
        else if (button == paper)
            print(Kind::VisitSummary);
    });
    box->open();
}

QString ExportActions::defaultFileName(Kind kind) const
{
    if (kind == Kind::VisitSummary)
        return tr("visit-summary") + u".pdf"_s;
    if (kind == Kind::FhirJson)
        return u"medicare-fhir.json"_s;
    if (kind == Kind::ClaimPdf || kind == Kind::ClaimHtml) {
        const views::ExportableView *view = openItemView();
        const QString name = view ? view->openItemFileName() : QString();
        return kind == Kind::ClaimHtml ? QFileInfo(name).completeBaseName() + u".html"_s : name;
    }
    const views::ExportableView *view = currentView();
    const QString name = view ? view->defaultFileBaseName() : QString();
    if (kind == Kind::ViewHtml)
        return name + u".html"_s;
    return name + (kind == Kind::Csv ? u".csv"_s : u".pdf"_s);
}

void ExportActions::chooseFile(Kind kind)
{
    QString error;
    std::optional<report::ReportDocument> document;
    const bool report = kind == Kind::ViewPdf || kind == Kind::ClaimPdf || kind == Kind::ViewHtml
        || kind == Kind::ClaimHtml || kind == Kind::VisitSummary;
    if (kind == Kind::ViewPdf || kind == Kind::ViewHtml)
        document = currentViewReport(&error);
    else if (kind == Kind::ClaimPdf || kind == Kind::ClaimHtml)
        document = openClaimReport(&error);
    else if (kind == Kind::VisitSummary)
        document = visitSummaryReport(&error);
    QString title = tr("Export Claim as PDF");
    if (kind == Kind::VisitSummary)
        title = tr("Summary for a Doctor Visit");
    if (kind == Kind::Csv)
        title = tr("Export as CSV");
    else if (kind == Kind::ViewPdf)
        title = tr("Export as PDF");
    else if (kind == Kind::ViewHtml)
        title = tr("Export as Web Page (HTML)");
    else if (kind == Kind::ClaimHtml)
        title = tr("Export Claim as Web Page (HTML)");
    else if (kind == Kind::FhirJson)
        title = tr("Export All Data as FHIR JSON");
    if (report && !document) {
        showError(title, error);
        return;
    }

    // Non-blocking: the dialog reports back through a signal, no nested event loop.
    auto *dialog = new QFileDialog(m_window, title);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    if (kind == Kind::Csv) {
        dialog->setNameFilter(tr("CSV files (*.csv)"));
        dialog->setDefaultSuffix(u"csv"_s);
    } else if (kind == Kind::FhirJson) {
        dialog->setNameFilter(tr("FHIR JSON files (*.json)"));
        dialog->setDefaultSuffix(u"json"_s);
    } else {
        // Every report dialog offers both, and says which one screen readers read best: Qt
        // writes PDFs without the tags a screen reader needs.
        const QString pdf = tr("PDF files (*.pdf)");
        const QString html = tr("Web page (HTML), works best with screen readers (*.html *.htm)");
        const bool web = kind == Kind::ViewHtml || kind == Kind::ClaimHtml;
        dialog->setNameFilters(web ? QStringList {html, pdf} : QStringList {pdf, html});
        dialog->setDefaultSuffix(web ? u"html"_s : u"pdf"_s);
        connect(dialog, &QFileDialog::filterSelected, dialog, [dialog, html](const QString &f) {
            dialog->setDefaultSuffix(f == html ? u"html"_s : u"pdf"_s);
        });
    }
    dialog->selectFile(defaultFileName(kind));
    connect(dialog, &QFileDialog::fileSelected, this,
        [this, kind, title, document](const QString &path) {
            if (kind == Kind::FhirJson) {
                startFhirJsonExport(path);
                return;
            }
            if (kind != Kind::Csv) {
                const QString suffix = QFileInfo(path).suffix().toLower();
                if (suffix == "html"_L1 || suffix == "htm"_L1) {
                    QString reason;
                    if (!exportHtml(*document, path, &reason))
                        showError(title, reason);
                    return;
                }
                startPdfExport(*document, path);
                return;
            }
            QString reason;
            if (exportCurrentViewCsv(path, &reason)) {
                const QString message = tr("Saved %1").arg(QDir::toNativeSeparators(path));
                m_window->statusBar()->showMessage(message, 5000);
                announce(m_window, message);
                Q_EMIT jobFinished(true, message);
            } else {
                showError(title, reason);
                Q_EMIT jobFinished(false, reason);
            }
        });
    dialog->open();
}

report::RenderJob *ExportActions::startPdfExport(
    const report::ReportDocument &document, const QString &path)
{
    auto *job = new report::RenderJob(
        [document, path](const report::RenderControl &control, QString *error) {
            return report::writePdfFile(document, path, {}, control, error);
        },
        this);
    return run(job, tr("Writing %1…").arg(QFileInfo(path).fileName()),
        tr("Saved %1").arg(QDir::toNativeSeparators(path)));
}

bool ExportActions::exportHtml(
    const report::ReportDocument &document, const QString &path, QString *error)
{
    // The page's language is the one its words are in: the app's.
    const QString language = QLocale().bcp47Name().section(u'-', 0, 0);
    QString reason;
    if (!exporting::writeFileAtomically(path, report::toHtml(document, language), &reason)) {
        const QString message = tr("Cannot write %1: %2").arg(path, reason);
        if (error)
            *error = message;
        Q_EMIT jobFinished(false, message);
        return false;
    }
    const QString message = tr("Saved %1").arg(QDir::toNativeSeparators(path));
    m_window->statusBar()->showMessage(message, 5000);
    announce(m_window, message);
    Q_EMIT jobFinished(true, message);
    return true;
}

report::RenderJob *ExportActions::startFhirJsonExport(const QString &path)
{
    const exporting::RawArchive *archive = m_sources.archive;
    const bool receiving = isSyncing() || isArchiving();
    if (!archive || archive->isEmpty() || receiving) {
        const QString message = archive && receiving
            ? tr("Your data is still being received. Try again in a moment.")
            : tr("There is no data to export yet.");
        showError(tr("Export All Data as FHIR JSON"), message);
        Q_EMIT jobFinished(false, message);
        return nullptr;
    }
    // A copy of the archive (implicitly shared: cheap), so a new sync cannot change it midway.
    auto *job = new report::RenderJob(
        [archive = *archive, path](const report::RenderControl &control, QString *error) {
            const QList<fhir::RawResource> resources = archive.resources();
            control.report(50);
            if (control.isCancelled())
                return report::RenderResult::Cancelled;
            QString reason;
            if (exporting::writeCollectionBundle(path, resources, &reason))
                return report::RenderResult::Done;
            *error = tr("Cannot write %1: %2").arg(path, reason);
            return report::RenderResult::Failed;
        },
        this);
    // A sync that ended with pages missing still exports what arrived, and says so.
    QString done = tr("Saved %1").arg(QDir::toNativeSeparators(path));
    if (const QString missing = m_sources.claims ? m_sources.claims->completenessText() : QString();
        !missing.isEmpty())
        done = tr("%1 (%2)").arg(done, missing);
    return run(job, tr("Writing %1…").arg(QFileInfo(path).fileName()), done);
}

report::RenderJob *ExportActions::startPrint(
    const report::ReportDocument &document, std::shared_ptr<QPrinter> printer)
{
    // The job owns the printer through its work: it lives until the last page is painted.
    auto *job = new report::RenderJob(
        [document, printer](const report::RenderControl &control, QString *error) {
            if (printer->outputFormat() == QPrinter::PdfFormat
                && !printer->outputFileName().isEmpty()) {
                // "Print to file": the atomic writer of Export as PDF on the paper chosen, so
                // a cancelled or failed job leaves no partial file (nor harms an earlier one).
                report::PdfOptions options;
                const QPageLayout layout = printer->pageLayout();
                options.pageSize = layout.pageSize();
                options.marginsMm = layout.margins(QPageLayout::Millimeter);
                options.orientation = layout.orientation();
                return report::writePdfFile(
                    document, printer->outputFileName(), options, control, error);
            }
            // Cancelled midway: abort the print job, or ending the painter would print the
            // pages drawn so far.
            report::RenderControl printing = control;
            printing.abortDevice = [&printer]() { printer->abort(); };
            return report::paintReport(document, printer.get(), printing);
        },
        this);
    return run(job, tr("Printing…"), tr("Sent to the printer"), tr("Printing cancelled"));
}

report::RenderJob *ExportActions::run(
    report::RenderJob *job, const QString &label, const QString &done, const QString &cancelled)
{
    if (m_job) {
        delete job;
        showError(tr("Export"),
            tr("Another export is still running. Wait for it to finish or "
               "cancel it."));
        return nullptr;
    }
    m_job = job;
    // Shown only when the job takes long; Cancel (the button, Escape or closing the dialog)
    // stops it and nothing is left behind. The dialog may be gone by the time the job ends.
    auto *dialog = new QProgressDialog(label, tr("Cancel"), 0, 100, m_window);
    QPointer<QProgressDialog> progress(dialog);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(500);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    dialog->setValue(0);
    connect(job, &report::RenderJob::progress, dialog, &QProgressDialog::setValue);
    connect(dialog, &QProgressDialog::canceled, job, &report::RenderJob::cancel);
    connect(dialog, &QDialog::rejected, job, &report::RenderJob::cancel);
    connect(job, &report::RenderJob::finished, this,
        [this, job, progress, done, cancelled](report::RenderResult result, const QString &error) {
            if (progress)
                progress->deleteLater();
            m_job = nullptr; // the next export may start right away
            job->deleteLater();
            switch (result) {
            case report::RenderResult::Done:
                m_window->statusBar()->showMessage(done, 5000);
                announce(m_window, done);
                Q_EMIT jobFinished(true, done);
                break;
            case report::RenderResult::Cancelled:
                m_window->statusBar()->showMessage(
                    cancelled.isEmpty() ? tr("Cancelled: nothing was saved") : cancelled, 5000);
                Q_EMIT jobFinished(false, tr("Cancelled"));
                break;
            case report::RenderResult::Failed: {
                const QString message =
                    error.isEmpty() ? tr("The report could not be written.") : error;
                showError(tr("Export"), message);
                Q_EMIT jobFinished(false, message);
                break;
            }
            }
        });
    job->start();
    return job;
}

void ExportActions::print(Kind kind)
{
    QString error;
    const std::optional<report::ReportDocument> document = kind == Kind::ClaimPdf
        ? openClaimReport(&error)
        : (kind == Kind::VisitSummary ? visitSummaryReport(&error) : currentViewReport(&error));
    if (!document) {
        showError(tr("Print"), error);
        return;
    }
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    printer->setDocName(document->title);
    printer->setPageOrientation(report::preferredOrientation(*document));
    auto *dialog = new QPrintDialog(printer.get(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
        [this, printer, document]() { startPrint(*document, printer); });
    dialog->open();
}

void ExportActions::printPreview()
{
    QString error;
    const std::optional<report::ReportDocument> document = currentViewReport(&error);
    if (!document) {
        showError(tr("Print Preview"), error);
        return;
    }
    auto *dialog = new QPrintPreviewDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Print Preview: %1").arg(document->title));
    dialog->printer()->setDocName(document->title);
    dialog->printer()->setPageOrientation(report::preferredOrientation(*document));
    // The preview paints in place (it needs the pages now); Print from it does the same. A
    // PDF printed from here is written by QPrinter itself, with the umask's mode: narrowed
    // afterwards, as every export is (health data).
    connect(dialog, &QPrintPreviewDialog::paintRequested, this, [document](QPrinter *printer) {
        report::paintReport(*document, printer);
        if (printer->outputFormat() == QPrinter::PdfFormat && !printer->outputFileName().isEmpty())
            restrictToOwner(printer->outputFileName());
    });
    dialog->open();
}

void ExportActions::showError(const QString &title, const QString &message)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, m_window);
    box->setTextFormat(Qt::PlainText); // file names and the server's words, never markup
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace bb
