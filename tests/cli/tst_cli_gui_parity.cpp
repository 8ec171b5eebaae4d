#include "clirun.h"
#include "export/inputfiles.h"
#include "export/modelcsv.h"
#include "models/claimlistmodel.h"
#include "models/coveragemodels.h"
#include "models/drugsmodel.h"
#include "models/patientmodel.h"
#include "views/drugsview.h"

#include <QHeaderView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;
using namespace bb;

// The command's drugs, coverage and patient CSV against what File > Export as CSV writes
// from the app's own widgets and models: the same bytes.
class TestCliGuiParity : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_saved; // a demo account's records, saved as the command's JSON

    // What MainWindow::exportCurrentView() writes for the Drugs tab: the tree's model, its
    // visible columns in visual order, every fill under its drug.
    static QString drugsTabExport(const views::DrugsView &view)
    {
        exporting::ModelCsvOptions options;
        options.includeChildren = true;
        const QHeaderView *header = view.tree()->header();
        for (int visual = 0; visual < header->count(); ++visual) {
            const int logical = header->logicalIndex(visual);
            if (!header->isSectionHidden(logical))
                options.columns << logical;
        }
        return exporting::modelCsv(view.tree()->model(), options);
    }

    // Each row's drug name or NDC: which rows, in which order.
    static QStringList firstColumn(const QString &csv)
    {
        QStringList out;
        const QStringList lines = csv.split(u"\r\n"_s);
        for (const QString &line : lines)
            out << line.section(u',', 0, 0);
        return out;
    }

    QString exportFromSaved(const QString &what)
    {
        const QString out = m_dir.filePath(what + u".csv"_s);
        const CliRun r = runExport({u"--input"_s, m_saved, u"--what"_s, what, u"--output"_s, out});
        if (r.exitCode != 0)
            qWarning("%s", qPrintable(r.err));
        return QString::fromUtf8(readAll(out));
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Hundreds of fills of many drugs, with ties on dates: BBUser00374 is mostly
        // prescriptions. Fetched through the command's own built-in sandbox.
        m_saved = m_dir.filePath(u"saved.json"_s);
        for (const QString &what : {u"claims"_s, u"coverage"_s, u"patient"_s}) {
            const QString part = m_dir.filePath(what + u".json"_s);
            const CliRun r = runExport({u"--env"_s, u"local"_s, u"--demo-user"_s, u"BBUser00374"_s,
                u"--what"_s, what, u"--format"_s, u"json"_s, u"--output"_s, part});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        }
        m_saved = m_dir.path();
    }

    void drugsTabWritesTheSameBytes_data()
    {
        QTest::addColumn<bool>("viewFirst");
        QTest::addColumn<bool>("serverOrder");
        // As in the app: the tab exists, then pages arrive in the server's (id) order.
        QTest::newRow("pages into an open tab") << true << true;
        QTest::newRow("all at once, newest first") << false << false;
        QTest::newRow("pages, newest first") << true << false;
    }

    void drugsTabWritesTheSameBytes()
    {
        QFETCH(bool, viewFirst);
        QFETCH(bool, serverOrder);
        const exporting::LoadedInput in = exporting::loadInputs({m_saved});
        QVERIFY(in.error.isEmpty());
        QVERIFY(in.claims.size() > 1000);
        QList<fhir::Claim> claims = in.claims;
        if (serverOrder) {
            std::sort(claims.begin(), claims.end(),
                [](const fhir::Claim &a, const fhir::Claim &b) { return a.id < b.id; });
        }
        models::ClaimListModel list;
        std::unique_ptr<views::DrugsView> view;
        if (!viewFirst) {
            list.appendClaims(claims);
            view = std::make_unique<views::DrugsView>(&list);
        } else {
            view = std::make_unique<views::DrugsView>(&list);
            view->show();
            for (qsizetype i = 0; i < claims.size(); i += 50)
                list.appendClaims(claims.mid(i, 50));
        }
        view->show();
        QVERIFY(view->drugsModel()->drugCount() > 10);
        const QString gui = drugsTabExport(*view);
        const QString cli = exportFromSaved(u"drugs"_s);
        // DrugsModel names a drug after its first fill to arrive and lists its pharmacies in
        // arrival order, so a tab filled in the server's order differs in those cells. The
        // rows and their order agree (DrugsSortModel); see docs/export.md.
        if (serverOrder)
            QEXPECT_FAIL("", "DrugsModel keeps pharmacies in arrival order", Continue);
        QCOMPARE(cli, gui);
        QCOMPARE(cli.count(u'\n'), gui.count(u'\n'));
        QCOMPARE(firstColumn(cli), firstColumn(gui));
        QVERIFY(gui.count(u'\n') > 1000);
    }

    void coverageAndPatientTabsWriteTheSameBytes()
    {
        const exporting::LoadedInput in = exporting::loadInputs({m_saved});
        // The app's File > Export as CSV passes these models with no options.
        models::CoverageModel coverage;
        coverage.setCoverages(in.coverages);
        QCOMPARE(exportFromSaved(u"coverage"_s), exporting::modelCsv(&coverage));
        QCOMPARE(coverage.rowCount(), 4);
        models::PatientModel patient;
        QCOMPARE(in.patients.size(), 1);
        patient.setPatient(in.patients.first());
        QCOMPARE(exportFromSaved(u"patient"_s), exporting::modelCsv(&patient));
    }
};

QTEST_MAIN(TestCliGuiParity)
#include "tst_cli_gui_parity.moc"
