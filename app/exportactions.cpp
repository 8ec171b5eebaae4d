#include "exportactions.h"

#include "appcontroller.h"
#include "export/collectionbundle.h"
#include "export/modelcsv.h"
#include "mainwindow.h"
#include "models/claimlistmodel.h"
#include "models/claimsproxymodel.h"
#include "models/coveragemodels.h"
#include "models/drugsmodel.h"
#include "models/patientmodel.h"
#include "report/claimstatement.h"
#include "report/renderjob.h"
#include "report/viewreports.h"
#include "uisettings.h"
#include "views/claimdetailview.h"
#include "views/claimsview.h"
#include "views/drugsview.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QMenu>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace bb {

namespace {

// The logical columns a view shows, in the order the person arranged them.
QList<int> visibleColumns(const QHeaderView *header)
{
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns << logical;
    }
    return columns;
}

} // namespace

ExportActions::ExportActions(MainWindow *window)
    : QObject(window)
    , m_window(window)
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

    m_printPreview = new QAction(tr("Print Pre&view…"), this);
    m_printPreview->setObjectName(u"printPreviewAction"_s);
    connect(m_printPreview, &QAction::triggered, this, &ExportActions::printPreview);

    m_fullMbi = new QAction(tr("Show Full &Medicare Number in PDFs and Prints"), this);
    m_fullMbi->setObjectName(u"fullMedicareNumberAction"_s);
    m_fullMbi->setCheckable(true);
    m_fullMbi->setToolTip(tr("Off: reports show only the last characters of your Medicare "
                             "number, like the Patient tab."));
}

ExportActions::~ExportActions()
{
    // A running job is cancelled and waited for by its destructor (it is our child).
}

void ExportActions::addTo(QMenu *fileMenu)
{
    fileMenu->addAction(m_exportCsv);
    fileMenu->addAction(m_exportPdf);
    fileMenu->addAction(m_exportClaimPdf);
    fileMenu->addAction(m_exportJson);
    fileMenu->addSeparator();
    fileMenu->addAction(m_print);
    fileMenu->addAction(m_printClaim);
    fileMenu->addAction(m_printPreview);
    fileMenu->addAction(m_fullMbi);
}

void ExportActions::update(bool signedIn)
{
    const int tab = m_window->tabs()->currentIndex();
    const bool table = signedIn && tab != MainWindow::OverviewTab;
    m_exportCsv->setEnabled(table);
    m_exportPdf->setEnabled(table);
    m_print->setEnabled(table);
    m_printPreview->setEnabled(table);
    const views::ClaimsView *claims = m_window->claimsView();
    const bool claimOpen = signedIn && claims && !claims->detailView()->currentClaimId().isEmpty();
    m_exportClaimPdf->setEnabled(claimOpen);
    const AppController *controller = m_window->controller();
    m_exportJson->setEnabled(
        signedIn && controller && !controller->isSyncing() && !controller->rawArchive().isEmpty());
    m_printClaim->setEnabled(claimOpen);
}

bool ExportActions::exportCurrentViewCsv(const QString &path, QString *error)
{
    exporting::ModelCsvOptions options;
    const QAbstractItemModel *model = nullptr;
    AppController *controller = m_window->controller();
    if (controller)
        options.byteOrderMark = UiSettings(controller->settings()).csvByteOrderMark();
    switch (m_window->tabs()->currentIndex()) {
    case MainWindow::ClaimsTab:
        if (const views::ClaimsView *view = m_window->claimsView()) {
            model = view->proxy();
            options.columns = visibleColumns(view->table()->horizontalHeader());
        }
        break;
    case MainWindow::DrugsTab:
        if (const views::DrugsView *view = m_window->drugsView()) {
            model = view->tree()->model();
            options.includeChildren = true; // every fill under its drug
            options.columns = visibleColumns(view->tree()->header());
        }
        break;
    case MainWindow::PatientTab:
        model = controller ? controller->patientModel() : nullptr;
        break;
    case MainWindow::CoverageTab:
        model = controller ? controller->coverageModel() : nullptr;
        break;
    default:
        break;
    }
    if (!model) {
        if (error)
            *error = tr("This tab has no table to export. Choose Claims, Drugs, Patient or "
                        "Coverage.");
        return false;
    }
    return exporting::exportModelCsv(model, path, options, error);
}

report::ReportContext ExportActions::reportContext() const
{
    const AppController *controller = m_window->controller();
    const models::PatientModel *patients = controller ? controller->patientModel() : nullptr;
    const bool loaded = patients && patients->state() == models::PatientModel::State::Loaded;
    const bool notShared = patients && patients->state() == models::PatientModel::State::NotShared;
    return report::reportContext(
        loaded ? &patients->patient() : nullptr, m_fullMbi->isChecked(), notShared);
}

std::optional<report::ReportDocument> ExportActions::currentViewReport(QString *error) const
{
    AppController *controller = m_window->controller();
    if (!controller) {
        if (error)
            *error = tr("Nothing to report yet: log in first.");
        return std::nullopt;
    }
    const report::ReportContext context = reportContext();
    switch (m_window->tabs()->currentIndex()) {
    case MainWindow::ClaimsTab:
        if (const views::ClaimsView *view = m_window->claimsView()) {
            return report::claimsReport(view->proxy(), view->proxy()->filter(), context,
                visibleColumns(view->table()->horizontalHeader()), view->completenessText());
        }
        break;
    case MainWindow::DrugsTab:
        if (const views::DrugsView *view = m_window->drugsView()) {
            return report::drugsReport(view->tree()->model(), view->drugsModel()->filter(), context,
                visibleColumns(view->tree()->header()), view->completenessText());
        }
        break;
    case MainWindow::PatientTab: {
        const models::PatientModel *patients = controller->patientModel();
        if (patients->state() != models::PatientModel::State::Loaded)
            return report::patientReport(patients, context);
        // The record as on screen, but with the Medicare number as chosen for reports.
        models::PatientModel copy;
        copy.setPatient(patients->patient());
        copy.setMbiRevealed(m_fullMbi->isChecked());
        return report::patientReport(&copy, context);
    }
    case MainWindow::CoverageTab:
        return report::coverageReport(controller->coverageModel(), context);
    default:
        break;
    }
    if (error)
        *error = tr("This tab has no report. Choose Claims, Drugs, Patient or Coverage.");
    return std::nullopt;
}

std::optional<report::ReportDocument> ExportActions::openClaimReport(QString *error) const
{
    AppController *controller = m_window->controller();
    const views::ClaimsView *view = m_window->claimsView();
    const QString id = view ? view->detailView()->currentClaimId() : QString();
    const int row = controller && !id.isEmpty() ? controller->claimListModel()->rowForId(id) : -1;
    if (row < 0) {
        if (error)
            *error = tr("Open a claim in the Claims tab first.");
        return std::nullopt;
    }
    return report::claimStatement(controller->claimListModel()->claim(row), reportContext());
}

QString ExportActions::defaultFileName(Kind kind) const
{
    if (kind == Kind::FhirJson)
        return u"medicare-fhir.json"_s;
    if (kind == Kind::ClaimPdf) {
        const views::ClaimsView *view = m_window->claimsView();
        const QString id = view ? view->detailView()->currentClaimId() : QString();
        return u"claim-%1.pdf"_s.arg(id);
    }
    const QTabWidget *tabs = m_window->tabs();
    QString name = tabs->tabText(tabs->currentIndex()).remove(u'&').toLower();
    return name + (kind == Kind::Csv ? u".csv"_s : u".pdf"_s);
}

void ExportActions::chooseFile(Kind kind)
{
    QString error;
    std::optional<report::ReportDocument> document;
    if (kind == Kind::ViewPdf)
        document = currentViewReport(&error);
    else if (kind == Kind::ClaimPdf)
        document = openClaimReport(&error);
    QString title = tr("Export Claim as PDF");
    if (kind == Kind::Csv)
        title = tr("Export as CSV");
    else if (kind == Kind::ViewPdf)
        title = tr("Export as PDF");
    else if (kind == Kind::FhirJson)
        title = tr("Export All Data as FHIR JSON");
    if ((kind == Kind::ViewPdf || kind == Kind::ClaimPdf) && !document) {
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
        dialog->setNameFilter(tr("PDF files (*.pdf)"));
        dialog->setDefaultSuffix(u"pdf"_s);
    }
    dialog->selectFile(defaultFileName(kind));
    connect(dialog, &QFileDialog::fileSelected, this,
        [this, kind, title, document](const QString &path) {
            if (kind == Kind::FhirJson) {
                startFhirJsonExport(path);
                return;
            }
            if (kind != Kind::Csv) {
                startPdfExport(*document, path);
                return;
            }
            QString reason;
            if (exportCurrentViewCsv(path, &reason)) {
                const QString message = tr("Saved %1").arg(QDir::toNativeSeparators(path));
                m_window->statusBar()->showMessage(message, 5000);
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

report::RenderJob *ExportActions::startFhirJsonExport(const QString &path)
{
    const AppController *controller = m_window->controller();
    if (!controller || controller->rawArchive().isEmpty() || controller->isSyncing()
        || controller->isArchiving()) {
        const QString message = controller && (controller->isSyncing() || controller->isArchiving())
            ? tr("Your data is still being received. Try again in a moment.")
            : tr("There is no data to export yet.");
        showError(tr("Export All Data as FHIR JSON"), message);
        Q_EMIT jobFinished(false, message);
        return nullptr;
    }
    // A copy of the archive (implicitly shared: cheap), so a new sync cannot change it midway.
    auto *job = new report::RenderJob(
        [archive = controller->rawArchive(), path](
            const report::RenderControl &control, QString *error) {
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
    if (const QString missing = controller->claimListModel()->completenessText();
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
    const std::optional<report::ReportDocument> document =
        kind == Kind::ClaimPdf ? openClaimReport(&error) : currentViewReport(&error);
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
    // The preview paints in place (it needs the pages now); Print from it does the same.
    connect(dialog, &QPrintPreviewDialog::paintRequested, this,
        [document](QPrinter *printer) { report::paintReport(*document, printer); });
    dialog->open();
}

void ExportActions::showError(const QString &title, const QString &message)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace bb
