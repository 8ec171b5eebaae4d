// File > Export and Print through views::ExportableView alone: tabs made up here (a sorted
// table, charts without a table, a tab with an open item) stand in for the real ones, so what
// ExportActions does depends on the interface and nothing else.

#include "export/rawarchive.h"
#include "exportactions.h"
#include "fhir/patient.h"
#include "filemodes.h"
#include "models/patientmodel.h"
#include "uisettings.h"
#include "views/exportableview.h"

#include <QAction>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QMainWindow>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <sys/stat.h>

using namespace Qt::StringLiterals;
using bb::ExportActions;
using bb::report::ReportContext;
using bb::report::ReportDocument;

namespace {

// A table sorted by name, shown with its "amount" column moved first and "note" hidden.
class TableTab : public QWidget, public bb::views::ExportableView
{
public:
    TableTab()
        : m_table(new QTableView(this))
    {
        m_source.setHorizontalHeaderLabels({u"name"_s, u"amount"_s, u"note"_s});
        m_source.appendRow(
            {new QStandardItem(u"Beta"_s), new QStandardItem(u"20"_s), new QStandardItem(u"b"_s)});
        m_source.appendRow(
            {new QStandardItem(u"Alpha"_s), new QStandardItem(u"10"_s), new QStandardItem(u"a"_s)});
        m_proxy.setSourceModel(&m_source);
        m_proxy.sort(0);
        m_table->setModel(&m_proxy);
        m_table->horizontalHeader()->moveSection(1, 0);
        m_table->setColumnHidden(2, true);
    }

    const QAbstractItemModel *exportModel() const override { return &m_proxy; }
    QList<int> exportColumns() const override
    {
        return bb::views::visibleColumns(m_table->horizontalHeader());
    }
    QString filterDescription() const override { return u"Everything"_s; }
    bool hasReport() const override { return true; }
    std::optional<ReportDocument> buildReport(const ReportContext &context) const override
    {
        lastContext = context;
        return bb::report::makeReport(
            u"Table report"_s, context, {{u"Showing"_s, filterDescription()}});
    }
    QString defaultFileBaseName() const override { return u"table"_s; }

    mutable std::optional<ReportContext> lastContext;

private:
    QStandardItemModel m_source;
    QSortFilterProxyModel m_proxy;
    QTableView *m_table;
};

// Like the Overview: charts, no table and no report.
class ChartsTab : public QWidget, public bb::views::ExportableView
{
public:
    const QAbstractItemModel *exportModel() const override { return nullptr; }
    bool canExportCsv() const override { return false; }
    bool hasReport() const override { return false; }
    std::optional<ReportDocument> buildReport(const ReportContext &) const override
    {
        return std::nullopt;
    }
    QString defaultFileBaseName() const override { return u"charts"_s; }
};

// Like the Claims tab's detail pane: an item that may be open, with a statement of its own.
class ItemTab : public QWidget, public bb::views::ExportableView
{
public:
    const QAbstractItemModel *exportModel() const override { return nullptr; }
    bool hasReport() const override { return false; }
    std::optional<ReportDocument> buildReport(const ReportContext &) const override
    {
        return std::nullopt;
    }
    QString defaultFileBaseName() const override { return u"items"_s; }
    bool hasOpenItem() const override { return !openId.isEmpty(); }
    std::optional<ReportDocument> openItemReport(const ReportContext &context) const override
    {
        if (openId.isEmpty())
            return std::nullopt;
        return bb::report::makeReport(u"Item %1"_s.arg(openId), context);
    }
    QString openItemFileName() const override { return u"item-%1.pdf"_s.arg(openId); }

    QString openId;
};

const QString mbi = u"1EG4TE5MK73"_s;

bb::fhir::Patient patient()
{
    bb::fhir::Patient p;
    p.id = u"-1"_s;
    bb::fhir::HumanName name;
    name.family = u"Doe"_s;
    name.given = {u"Jane"_s};
    p.names << name;
    bb::fhir::PatientIdentifier id;
    id.kind = bb::fhir::PatientIdentifier::Kind::Mbi;
    id.value = mbi;
    p.identifiers << id;
    return p;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestExportActions : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<bb::models::PatientModel> m_patient;
    bb::exporting::RawArchive m_archive;
    bool m_syncing = false;
    std::unique_ptr<QMainWindow> m_window;
    QTabWidget *m_tabs = nullptr;
    TableTab *m_table = nullptr;
    ChartsTab *m_charts = nullptr;
    ItemTab *m_item = nullptr;
    QWidget *m_placeholder = nullptr;
    ExportActions *m_exports = nullptr;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    void show(QWidget *tab)
    {
        m_tabs->setCurrentWidget(tab);
        m_exports->update(true);
    }

    // The save dialog the action opened, with the file name it proposes.
    QFileDialog *saveDialog()
    {
        QFileDialog *dialog = nullptr;
        [&] { QTRY_VERIFY((dialog = m_window->findChild<QFileDialog *>()) != nullptr); }();
        return dialog;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_settings = std::make_unique<QSettings>(path(u"settings.ini"_s), QSettings::IniFormat);
        m_settings->clear(); // each test starts from the defaults (no byte order mark)
        m_patient = std::make_unique<bb::models::PatientModel>();
        m_patient->setPatient(patient());
        m_syncing = false;
        m_window = std::make_unique<QMainWindow>();
        m_tabs = new QTabWidget(m_window.get());
        m_table = new TableTab;
        m_charts = new ChartsTab;
        m_item = new ItemTab;
        m_placeholder = new QWidget;
        m_tabs->addTab(m_charts, u"Charts"_s);
        m_tabs->addTab(m_table, u"Table"_s);
        m_tabs->addTab(m_item, u"Items"_s);
        m_tabs->addTab(m_placeholder, u"Placeholder"_s);
        m_window->setCentralWidget(m_tabs);

        ExportActions::Sources sources;
        sources.tabs = m_tabs;
        sources.patient = m_patient.get();
        sources.settings = m_settings.get();
        sources.archive = &m_archive;
        sources.isSyncing = [this] { return m_syncing; };
        sources.isArchiving = [] { return false; };
        m_exports = new ExportActions(m_window.get(), std::move(sources));
        m_window->show();
    }

    void cleanup()
    {
        m_window.reset();
        m_patient.reset();
        m_settings.reset();
    }

    void csvIsTheCurrentTabAsShown()
    {
        show(m_table);
        QVERIFY(m_exports->exportCsvAction()->isEnabled());
        QString error;
        QVERIFY2(m_exports->exportCurrentViewCsv(path(u"table.csv"_s), &error), qPrintable(error));
        // Sorted by name, "amount" first, "note" left out.
        const QByteArray expected = "amount,name\r\n10,Alpha\r\n20,Beta\r\n";
        QCOMPARE(readAll(path(u"table.csv"_s)), expected);

        bb::UiSettings(*m_settings).setCsvByteOrderMark(true);
        QVERIFY(m_exports->exportCurrentViewCsv(path(u"bom.csv"_s), &error));
        QCOMPARE(readAll(path(u"bom.csv"_s)), "\xEF\xBB\xBF" + expected);
    }

    void tabsWithoutATableExportNothing()
    {
        for (QWidget *tab : {static_cast<QWidget *>(m_charts), m_placeholder}) {
            show(tab);
            QVERIFY(!m_exports->exportCsvAction()->isEnabled());
            QVERIFY(!m_exports->exportPdfAction()->isEnabled());
            QVERIFY(!m_exports->printAction()->isEnabled());
            QVERIFY(!m_exports->printPreviewAction()->isEnabled());
            QString error;
            QVERIFY(!m_exports->exportCurrentViewCsv(path(u"none.csv"_s), &error));
            QVERIFY(error.contains(u"no table"_s));
            QVERIFY(!QFile::exists(path(u"none.csv"_s)));
            error.clear();
            QVERIFY(!m_exports->currentViewReport(&error));
            QVERIFY(error.contains(u"no report"_s));
        }
        // Signed out: nothing, even on a tab with a table.
        m_tabs->setCurrentWidget(m_table);
        m_exports->update(false);
        QVERIFY(!m_exports->exportCsvAction()->isEnabled());
        QVERIFY(!m_exports->exportPdfAction()->isEnabled());
    }

    void theMenuProposesTheTabsFileName()
    {
        show(m_table);
        QSignalSpy finished(m_exports, &ExportActions::jobFinished);
        m_exports->exportCsvAction()->trigger();
        QFileDialog *dialog = saveDialog();
        QVERIFY(dialog);
        QCOMPARE(QFileInfo(dialog->selectedFiles().value(0)).fileName(), u"table.csv"_s);
        // Saving from the dialog writes the CSV and says so.
        dialog->selectFile(path(u"chosen.csv"_s));
        static_cast<QDialog *>(dialog)->accept(); // QFileDialog's own is protected
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(finished.first().at(0).toBool());
        QVERIFY(readAll(path(u"chosen.csv"_s)).startsWith("amount,name\r\n"));
        QTRY_VERIFY(!m_window->findChild<QFileDialog *>());

        m_exports->exportPdfAction()->trigger();
        dialog = saveDialog();
        QVERIFY(dialog);
        QCOMPARE(QFileInfo(dialog->selectedFiles().value(0)).fileName(), u"table.pdf"_s);
        dialog->reject();
    }

    void reportsComeFromTheViewWithWhoseDataItIs()
    {
        show(m_table);
        QVERIFY(m_exports->exportPdfAction()->isEnabled());
        QString error;
        std::optional<ReportDocument> document = m_exports->currentViewReport(&error);
        QVERIFY2(document, qPrintable(error));
        QCOMPARE(document->title, u"Table report"_s);
        QVERIFY(m_table->lastContext);
        QCOMPARE(m_table->lastContext->patientName, u"Jane Doe"_s);
        QCOMPARE(
            m_table->lastContext->medicareNumber, bb::models::PatientModel::formatMbi(mbi, false));
        QVERIFY(!m_table->lastContext->fullMedicareNumber);

        // "Show Full Medicare Number in PDFs and Prints" reaches the view's report.
        m_exports->fullMedicareNumberAction()->setChecked(true);
        QVERIFY(m_exports->currentViewReport(&error));
        QCOMPARE(
            m_table->lastContext->medicareNumber, bb::models::PatientModel::formatMbi(mbi, true));
        QVERIFY(m_table->lastContext->fullMedicareNumber);

        // Without data there is nothing to report, whatever the tab.
        ExportActions empty(m_window.get(), {});
        QVERIFY(!empty.currentViewReport(&error));
        QVERIFY(error.contains(u"log in"_s));
    }

    void theOpenItemIsReachableFromAnyTab()
    {
        show(m_table);
        QVERIFY(!m_exports->exportClaimPdfAction()->isEnabled());
        QVERIFY(!m_exports->printClaimAction()->isEnabled());
        QString error;
        QVERIFY(!m_exports->openClaimReport(&error));
        QVERIFY(!error.isEmpty());

        m_item->openId = u"42"_s;
        m_exports->update(true);
        QVERIFY(m_exports->exportClaimPdfAction()->isEnabled());
        QVERIFY(m_exports->printClaimAction()->isEnabled());
        const std::optional<ReportDocument> document = m_exports->openClaimReport(&error);
        QVERIFY2(document, qPrintable(error));
        QCOMPARE(document->title, u"Item 42"_s);

        m_exports->exportClaimPdfAction()->trigger();
        QFileDialog *dialog = saveDialog();
        QVERIFY(dialog);
        QCOMPARE(QFileInfo(dialog->selectedFiles().value(0)).fileName(), u"item-42.pdf"_s);
        dialog->reject();
        m_exports->update(false);
        QVERIFY(!m_exports->exportClaimPdfAction()->isEnabled());
    }

    // Print Preview's PDF mode: the PDF printed from the preview holds the view's report, and
    // is health data like every export: owner-only, also when it replaces a wider file.
    void printPreviewWritesAnOwnerOnlyPdf()
    {
        ::umask(022);
        show(m_table);
        QVERIFY(m_exports->printPreviewAction()->isEnabled());
        m_exports->printPreviewAction()->trigger();
        QPrintPreviewDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<QPrintPreviewDialog *>()) != nullptr);
        QCOMPARE(dialog->windowTitle(), u"Print Preview: Table report"_s);
        QPrinter *printer = dialog->printer();
        QCOMPARE(printer->docName(), u"Table report"_s);

        const QString pdf = path(u"preview.pdf"_s);
        QVERIFY(bb::filemodes::makeWorldReadable(pdf));
        printer->setOutputFormat(QPrinter::PdfFormat);
        printer->setOutputFileName(pdf);
        // What the preview's Print does in PDF mode: paint the pages on its own printer.
        Q_EMIT dialog->paintRequested(printer);
        const QByteArray bytes = readAll(pdf);
        QVERIFY2(bytes.startsWith("%PDF-"), bytes.left(40).constData());
        QVERIFY(bytes.trimmed().endsWith("%%EOF"));
        QVERIFY(!bytes.contains("earlier export"));
        QCOMPARE(bb::filemodes::exportMode(pdf), bb::filemodes::kOwnerOnly);
        // The view's report, for the person whose data it is.
        QVERIFY(m_table->lastContext);
        QCOMPARE(m_table->lastContext->patientName, u"Jane Doe"_s);
        dialog->reject();
        QTRY_VERIFY(!m_window->findChild<QPrintPreviewDialog *>());
    }

    void fhirJsonWaitsForTheData()
    {
        show(m_table);
        QVERIFY(!m_exports->exportFhirJsonAction()->isEnabled()); // nothing received yet
        QSignalSpy finished(m_exports, &ExportActions::jobFinished);
        QVERIFY(!m_exports->startFhirJsonExport(path(u"all.json"_s)));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.last().at(1).toString(), u"There is no data to export yet."_s);
        m_syncing = true;
        QVERIFY(!m_exports->startFhirJsonExport(path(u"all.json"_s)));
        QCOMPARE(finished.last().at(1).toString(),
            u"Your data is still being received. Try again in a moment."_s);
        QVERIFY(!QFile::exists(path(u"all.json"_s)));
        QVERIFY(m_window->findChild<QMessageBox *>());
    }
};

QTEST_MAIN(TestExportActions)
#include "tst_exportactions.moc"
