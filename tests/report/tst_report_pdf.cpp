#include "core/languages.h"
#include "export/claimset.h"
#include "fhir/parser.h"
#include "filemodes.h"
#include "models/cell.h"
#include "models/claimlistmodel.h"
#include "models/claimsproxymodel.h"
#include "models/roles.h"
#include "pdftools.h"
#include "report/claimstatement.h"
#include "report/modeltable.h"
#include "report/pdfreport.h"
#include "report/renderjob.h"
#include "report/reportcontext.h"
#include "report/viewreports.h"
#include "sandbox/claimgenerator.h"
#include "sandbox/population.h"
#include "testdata.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPdfWriter>
#include <QPrinter>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

using namespace bb::filemodes;
using namespace bb;
using models::ClaimListModel;

namespace {

// One claim read of BFD, e.g. "eobReadCarrier.json"; a missing file fails the running test.
fhir::Claim fixtureClaim(const QString &name)
{
    const fhir::Document document =
        fhir::parseDocument(testdata::readOrFail(u"bfd-v2-normalized/"_s + name));
    return document.claims.isEmpty() ? fhir::Claim() : document.claims.first();
}

// The sandbox's claims of its 2,919-claim user, parsed as the app would, trimmed to `count`.
QList<fhir::Claim> sandboxClaims(int count)
{
    const sandbox::Population population(1);
    const sandbox::Beneficiary bene = population.at(10001);
    const sandbox::ClaimGenerator generator(1);
    const auto list = generator.list(bene);
    QList<fhir::Claim> claims;
    for (std::size_t i = 0; i < list->claims.size() && claims.size() < count; ++i)
        claims << fhir::parseDocument(generator.eobJson(bene, list->claims.at(i))).claims;
    return claims;
}

report::ReportContext context()
{
    report::ReportContext context;
    context.patientName = u"Jane Q Doe"_s;
    context.medicareNumber = u"••••-•••-AA00"_s;
    context.generatedAt = QDateTime(QDate(2026, 11, 30), QTime(9, 30));
    return context;
}

QString simplified(const QString &text)
{
    return text.simplified();
}

} // namespace

// PDF reports as a reader sees them: the text, pages and fonts poppler finds in the file.
class TestReportPdf : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // BB_REPORT_OUTPUT_DIR keeps the PDFs for a look (pdftoppm) after the run.
    QString pathFor(const QString &name) const
    {
        const QString keep = qEnvironmentVariable("BB_REPORT_OUTPUT_DIR");
        return keep.isEmpty() ? m_dir.filePath(name) : QDir(keep).filePath(name);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void statementOfEveryClaimType_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("carrier") << u"eobReadCarrierWithMultipleLines.json"_s
                                 << QStringList {u"Claim statement"_s, u"Services"_s,
                                        u"Diagnoses"_s, u"This is not a bill."_s};
        QTest::newRow("dme") << u"eobReadDme.json"_s << QStringList {u"Claim statement"_s};
        QTest::newRow("hha") << u"eobReadHha.json"_s << QStringList {u"Claim statement"_s};
        QTest::newRow("hospice") << u"eobReadHospice.json"_s << QStringList {u"Claim statement"_s};
        QTest::newRow("inpatient")
            << u"eobReadInpatient.json"_s << QStringList {u"Claim statement"_s, u"Procedures"_s};
        QTest::newRow("outpatient")
            << u"eobReadOutpatient.json"_s << QStringList {u"Claim statement"_s};
        QTest::newRow("pde") << u"eobReadPde.json"_s << QStringList {u"Prescription fill"_s};
        QTest::newRow("snf") << u"eobReadSnf.json"_s << QStringList {u"Claim statement"_s};
    }

    void statementOfEveryClaimType()
    {
        QFETCH(QString, fixture);
        QFETCH(QStringList, expected);
        const fhir::Claim claim = fixtureClaim(fixture);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(!claim.id.isEmpty());

        const QString path = pathFor(fixture + u".pdf"_s);
        QString error;
        QCOMPARE(
            report::writePdfFile(report::claimStatement(claim, context()), path, {}, {}, &error),
            report::RenderResult::Done);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        const QString text = simplified(pdftools::text(path));
        QVERIFY2(!text.isEmpty(), "pdftotext read nothing");
        for (const QString &needle : expected)
            QVERIFY2(text.contains(needle), qPrintable(needle));
        // Whose claim, which claim, and the exact amounts as the detail view words them.
        QVERIFY(text.contains(u"Jane Q Doe"_s));
        QVERIFY(text.contains(u"••••-•••-AA00"_s));
        QVERIFY(text.contains(claim.id));
        if (claim.amounts.billed)
            QVERIFY(text.contains(models::formatMoney(*claim.amounts.billed)));
        if (!claim.diagnoses.isEmpty())
            QVERIFY(text.contains(claim.diagnoses.first().code));
        const int pages = pdftools::pageCount(path);
        QVERIFY(pages >= 1);
        QVERIFY(text.contains(u"Page %1 of %1"_s.arg(pages)));

        // Every font is embedded: the file reads the same on a machine without them.
        const QStringList fonts = pdftools::embedded(path);
        QVERIFY(!fonts.isEmpty());
        QVERIFY(!fonts.contains(u"no"_s));
    }

    void claimsReportPaginatesWithHeadersAndTotals()
    {
        const QList<fhir::Claim> claims = sandboxClaims(1000);
        QCOMPARE(claims.size(), 1000);
        ClaimListModel list;
        list.appendClaims(claims);
        models::ClaimsProxyModel proxy;
        proxy.setSourceModel(&list);
        proxy.sort(ClaimListModel::ServiceStart, Qt::DescendingOrder);

        report::ModelTableOptions options;
        options.totals = true;
        options.totalsLabel = u"Total"_s;
        const report::TableBlock table = report::tableFromModel(&proxy, options);
        QCOMPARE(table.rows.size(), 1000);
        QCOMPARE(table.rows.first().cells.at(ClaimListModel::ClaimId),
            proxy.index(0, ClaimListModel::ClaimId).data().toString());
        QCOMPARE(table.rows.last().cells.at(ClaimListModel::ClaimId),
            proxy.index(999, ClaimListModel::ClaimId).data().toString());

        // Totals are exact sums of the claims, computed here independently.
        fhir::Money billed;
        for (const fhir::Claim &claim : claims)
            billed += claim.amounts.billed.value_or(fhir::Money());
        QCOMPARE(table.totals.at(ClaimListModel::Billed), models::formatMoney(billed));
        QCOMPARE(table.totals.at(ClaimListModel::ServiceStart), u"Total"_s);

        report::ReportDocument document = report::makeReport(
            u"Claims"_s, context(), {{u"Showing"_s, report::describeFilter(proxy.filter())}});
        document.blocks << table;
        QCOMPARE(report::preferredOrientation(document), QPageLayout::Landscape);

        const QString path = pathFor(u"claims.pdf"_s);
        QCOMPARE(report::writePdfFile(document, path), report::RenderResult::Done);
        const int pages = pdftools::pageCount(path);
        QVERIFY2(pages > 10, qPrintable(QString::number(pages)));

        // The header row is repeated on every page; the totals end the last one.
        for (const int page : {1, 2, pages / 2, pages}) {
            const QString text = simplified(pdftools::text(path, page));
            QVERIFY2(text.contains(u"Amount billed"_s), qPrintable(QString::number(page)));
            QVERIFY(text.contains(u"Page %1 of %2"_s.arg(page).arg(pages)));
        }
        QVERIFY(simplified(pdftools::text(path, 1)).contains(u"Showing All claims"_s));
        QVERIFY(simplified(pdftools::text(path, 2)).contains(u"Claims · Jane Q Doe"_s));
        QVERIFY(simplified(pdftools::text(path, pages)).contains(models::formatMoney(billed)));

        // Every claim id is in the file exactly once, in the proxy's order.
        const QString all = pdftools::text(path);
        qsizetype from = 0;
        for (const report::TableRow &row : table.rows) {
            const qsizetype at = all.indexOf(row.cells.at(ClaimListModel::ClaimId), from);
            QVERIFY2(at >= 0, qPrintable(row.cells.at(ClaimListModel::ClaimId)));
            from = at + 1;
        }
    }

    void describesFilters()
    {
        models::ClaimFilter filter;
        QCOMPARE(report::describeFilter(filter), u"All claims"_s);
        filter.setTypes({fhir::ClaimType::Pde});
        filter.setDateRange(QDate(2023, 1, 1), QDate(2023, 12, 31));
        filter.setSearchText(u"aspirin"_s);
        filter.setOnlyPatientResponsibility(true);
        const QString text = report::describeFilter(filter);
        QVERIFY2(text.startsWith(u"Types: "_s), qPrintable(text));
        QVERIFY(text.contains(fhir::claimTypeDisplayName(fhir::ClaimType::Pde)));
        QVERIFY(!text.contains(fhir::claimTypeDisplayName(fhir::ClaimType::Carrier)));
        QVERIFY(text.contains(models::formatDate(QDate(2023, 12, 31))));
        QVERIFY(text.contains(u"aspirin"_s));
        QVERIFY(text.contains(u"you may owe"_s));
    }

    void treeRowsAndLongCells()
    {
        // A drug with its fills indented under it; a cell longer than a page is cut, not lost
        // in an endless page run.
        QStandardItemModel tree;
        tree.setHorizontalHeaderLabels({u"Drug"_s, u"Notes"_s});
        auto *drug = new QStandardItem(u"Lisinopril 10 mg"_s);
        drug->appendRow({new QStandardItem(u"Fill of 2023-01-05"_s), new QStandardItem(u"ok"_s)});
        tree.appendRow({drug, new QStandardItem(u"=SUM(A1:A9)"_s)});
        QString huge;
        for (int i = 0; i < 4000; ++i)
            huge += u"word%1 "_s.arg(i);
        tree.appendRow({new QStandardItem(u"Other"_s), new QStandardItem(huge)});

        report::ModelTableOptions options;
        options.includeChildren = true;
        const report::TableBlock table = report::tableFromModel(&tree, options);
        QCOMPARE(table.rows.size(), 3);
        QCOMPARE(table.rows.at(1).depth, 1);
        QCOMPARE(table.rows.at(1).cells.first(), u"Fill of 2023-01-05"_s);

        report::ReportDocument document = report::makeReport(u"Drugs"_s, context());
        document.blocks << table;
        const QString path = pathFor(u"tree.pdf"_s);
        QCOMPARE(report::writePdfFile(document, path), report::RenderResult::Done);
        const int pages = pdftools::pageCount(path);
        QVERIFY2(pages >= 1 && pages <= 3, qPrintable(QString::number(pages)));
        const QString text = pdftools::text(path);
        QVERIFY(text.contains(u"Fill of 2023-01-05"_s));
        QVERIFY(text.contains(u"=SUM(A1:A9)"_s)); // a PDF shows text; nothing runs
        QVERIFY(text.contains(u"word0 "_s));
        QVERIFY(text.contains(u"…"_s));
    }

    void cancelMidwayLeavesNoFile()
    {
        report::ReportDocument document = report::makeReport(u"Claims"_s, context());
        ClaimListModel list;
        list.appendClaims(sandboxClaims(400));
        document.blocks << report::tableFromModel(&list);

        // An earlier export at the same path must survive a cancelled one untouched.
        const QString path = pathFor(u"cancelled.pdf"_s);
        {
            QFile earlier(path);
            QVERIFY(earlier.open(QIODevice::WriteOnly));
            earlier.write("earlier export");
        }
        std::atomic<bool> cancel {false};
        int lastPercent = -1;
        report::RenderControl control;
        control.cancel = &cancel;
        control.progress = [&](int percent) {
            QVERIFY(percent >= lastPercent);
            lastPercent = percent;
            if (percent >= 20)
                cancel = true;
        };
        QCOMPARE(
            report::writePdfFile(document, path, {}, control), report::RenderResult::Cancelled);
        QVERIFY(lastPercent >= 20 && lastPercent < 100);
        QFile kept(path);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("earlier export"));
        QCOMPARE(QFileInfo(path).dir().entryList({u"cancelled*"_s}, QDir::Files).size(), 1);
    }

    void pdfFilesAreOwnerOnly()
    {
        ::umask(022);
        const report::ReportDocument document = report::makeReport(u"Patient"_s, context());
        const QString fresh = pathFor(u"private-new.pdf"_s);
        QCOMPARE(report::writePdfFile(document, fresh), report::RenderResult::Done);
        QCOMPARE(exportMode(fresh), kOwnerOnly);

        const QString replaced = pathFor(u"private-replaced.pdf"_s);
        QVERIFY(makeWorldReadable(replaced));
        QCOMPARE(report::writePdfFile(document, replaced), report::RenderResult::Done);
        QCOMPARE(exportMode(replaced), kOwnerOnly);
        QVERIFY(pdftools::pageCount(replaced) >= 1);
    }

    void unwritableTargetFailsCleanly()
    {
        const report::ReportDocument document = report::makeReport(u"Patient"_s, context());
        const QString path = pathFor(u"missing-folder/patient.pdf"_s);
        QString error;
        QCOMPARE(
            report::writePdfFile(document, path, {}, {}, &error), report::RenderResult::Failed);
        QVERIFY(error.contains(path));
        QVERIFY(!QFile::exists(path));
    }

    void narrowPagesKeepAmountsWhole()
    {
        // Nine columns on a portrait page (a person can pick portrait when printing): text
        // columns wrap, the table may be set smaller, but no amount or date is broken.
        const QList<fhir::Claim> claims = sandboxClaims(60);
        ClaimListModel list;
        list.appendClaims(claims);
        models::ClaimsProxyModel proxy;
        proxy.setSourceModel(&list);
        report::ReportDocument document = report::claimsReport(&proxy, proxy.filter(), context());
        const QString path = pathFor(u"portrait.pdf"_s);
        {
            QPdfWriter writer(path);
            writer.setResolution(600);
            writer.setPageLayout(QPageLayout(QPageSize(QPageSize::Letter), QPageLayout::Portrait,
                QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
            QCOMPARE(report::paintReport(document, &writer), report::RenderResult::Done);
        }
        const QString text = pdftools::text(path);
        QVERIFY(!text.isEmpty());
        for (int row = 0; row < proxy.rowCount(); ++row) {
            for (const int column : {int(ClaimListModel::Billed), int(ClaimListModel::Paid),
                     int(ClaimListModel::ServiceStart)}) {
                const QString cell = proxy.index(row, column).data().toString();
                if (!cell.isEmpty())
                    QVERIFY2(text.contains(cell), qPrintable(cell));
            }
        }
    }

    void longFieldsAndOddTables()
    {
        report::ReportDocument document = report::makeReport(u"Notes"_s, context());
        QStringList lines;
        for (int i = 0; i < 200; ++i)
            lines << u"note line %1"_s.arg(i);
        document.blocks << report::FieldsBlock {u"Notes"_s, {{u"Remarks"_s, lines.join(u'\n')}}};
        // Only a totals row; then a table whose requested columns do not exist.
        report::TableBlock totalsOnly;
        totalsOnly.columns = {report::TableColumn {u"Item"_s}, report::TableColumn {u"Amount"_s}};
        totalsOnly.totals = {u"Grand total"_s, u"$1.00"_s};
        document.blocks << totalsOnly;
        QStandardItemModel model(3, 2);
        report::ModelTableOptions options;
        options.columns = {7, 9};
        options.emptyText = u"Nothing to show"_s;
        const report::TableBlock none = report::tableFromModel(&model, options);
        QVERIFY(none.columns.isEmpty());
        document.blocks << none;

        const QString path = pathFor(u"long.pdf"_s);
        QCOMPARE(report::writePdfFile(document, path), report::RenderResult::Done);
        QVERIFY(pdftools::pageCount(path) >= 3);
        const QString text = pdftools::text(path).simplified();
        QVERIFY(text.contains(u"note line 0 "_s));
        QVERIFY(text.contains(u"note line 199"_s)); // nothing lost under the footer
        QVERIFY(text.contains(u"Grand total $1.00"_s));
        QVERIFY(text.contains(u"Nothing to show"_s));
    }

    void totalsSayWhatTheyLeaveOut()
    {
        QStandardItemModel model;
        model.setHorizontalHeaderLabels({u"Claim"_s, u"Billed"_s});
        auto money = [](const QString &text, qint64 cents) {
            auto *item = new QStandardItem(text);
            item->setData(cents, models::CentsRole);
            return item;
        };
        model.appendRow({new QStandardItem(u"a"_s), money(u"$1.50"_s, 150)});
        model.appendRow({new QStandardItem(u"b"_s), new QStandardItem()});
        model.appendRow({new QStandardItem(u"c"_s), money(u"$2.25"_s, 225)});
        report::ModelTableOptions options;
        options.totals = true;
        options.totalsLabel = u"Total"_s;
        const report::TableBlock table = report::tableFromModel(&model, options);
        QCOMPARE(table.totals,
            (QStringList {u"Total"_s, models::formatMoney(fhir::Money::fromCents(375))}));
        QVERIFY2(table.footnote.contains(u"1 row"_s),
            qPrintable(table.footnote)); // "1 row(s)" without the catalogue
        model.setItem(1, 1, money(u"$0.00"_s, 0));
        QVERIFY(report::tableFromModel(&model, options).footnote.isEmpty());
    }

    void renderJobCancelsAndDies()
    {
        report::ReportDocument document = report::makeReport(u"Claims"_s, context());
        ClaimListModel list;
        list.appendClaims(sandboxClaims(1500));
        document.blocks << report::tableFromModel(&list);
        const QString path = pathFor(u"job.pdf"_s);
        QFile::remove(path);

        auto *job = new report::RenderJob(
            [document, path](const report::RenderControl &control, QString *error) {
                return report::writePdfFile(document, path, {}, control, error);
            });
        QSignalSpy finished(job, &report::RenderJob::finished);
        QSignalSpy progress(job, &report::RenderJob::progress);
        job->start();
        QTRY_VERIFY(!progress.isEmpty());
        job->cancel();
        QVERIFY(finished.wait(30000));
        QCOMPARE(
            finished.first().at(0).value<report::RenderResult>(), report::RenderResult::Cancelled);
        QVERIFY(!QFile::exists(path));
        delete job;

        // Deleting a job that is still running cancels it and waits: no crash, no file.
        auto *running = new report::RenderJob(
            [document, path](const report::RenderControl &control, QString *error) {
                return report::writePdfFile(document, path, {}, control, error);
            });
        running->start();
        delete running;
        QVERIFY(!QFile::exists(path));
    }

    void cancelAbortsThePrintJob()
    {
        // A printer's job is aborted before the painter ends, so nothing drawn is printed.
        // (Printing to a PDF file goes through writePdfFile instead: see the shell test.)
        report::ReportDocument document = report::makeReport(u"Claims"_s, context());
        ClaimListModel list;
        list.appendClaims(sandboxClaims(600));
        document.blocks << report::tableFromModel(&list);
        const QString path = pathFor(u"printed-cancelled.pdf"_s);
        QFile::remove(path);
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(path);
        std::atomic<bool> cancel {false};
        report::RenderControl control;
        control.cancel = &cancel;
        control.progress = [&](int percent) {
            if (percent >= 60)
                cancel = true;
        };
        int aborted = 0;
        control.abortDevice = [&]() {
            ++aborted;
            QCOMPARE(printer.printerState(), QPrinter::Active); // still printing: abortable
        };
        QCOMPARE(report::paintReport(document, &printer, control), report::RenderResult::Cancelled);
        QCOMPARE(aborted, 1);
    }

    void spanishReport()
    {
        if (!installTranslators(*QCoreApplication::instance(), u"es"_s))
            QSKIP("the Spanish catalogue is not built");
        QLocale::setDefault(QLocale(u"es"_s));
        const fhir::Claim claim = fixtureClaim(u"eobReadCarrier.json"_s);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(!claim.id.isEmpty());
        const QString path = pathFor(u"es.pdf"_s);
        QCOMPARE(report::writePdfFile(report::claimStatement(claim, context()), path),
            report::RenderResult::Done);
        const QString text = simplified(pdftools::text(path));
        QVERIFY2(text.contains(u"Página 1 de"_s), qPrintable(text.left(400)));
        QVERIFY(text.contains(u"Esto no es una factura."_s));
        if (claim.amounts.billed) // "435,00 US$", its no-break space made plain
            QVERIFY(text.contains(simplified(models::formatMoney(*claim.amounts.billed))));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
};

QTEST_MAIN(TestReportPdf)
#include "tst_report_pdf.moc"
