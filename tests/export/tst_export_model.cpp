#include "csvreader.h"
#include "export/atomicfile.h"
#include "export/claimset.h"
#include "export/modelcsv.h"
#include "fhir/parser.h"
#include "models/claimlistmodel.h"
#include "models/claimsproxymodel.h"
#include "models/roles.h"
#include "testdata.h"

#include <QDir>
#include <QFile>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace bb;
using models::ClaimListModel;

// Exports of "what is on screen": a model, in its current order and filter, as CSV.
class TestExportModel : public QObject
{
    Q_OBJECT

    static QList<fhir::Claim> fixtureClaims()
    {
        QList<fhir::Claim> all;
        for (const QString &page : testdata::sandboxPageFiles()) {
            fhir::Document doc = fhir::parseDocument(testdata::readOrFail(page));
            exporting::mergeClaims(all, std::move(doc.claims));
        }
        return all;
    }

    static QList<QStringList> parsed(const QString &csv)
    {
        bool ok = false;
        const QList<QStringList> rows = parseCsv(csv, &ok);
        if (!ok)
            return {};
        return rows;
    }

private Q_SLOTS:
    void initTestCase() { BB_REQUIRE_FIXTURES(testdata::sandboxPageFiles()); }

    void filteredSortedProxyRowForRow()
    {
        const QList<fhir::Claim> claims = fixtureClaims();
        QCOMPARE(claims.size(), 52);
        ClaimListModel list;
        list.appendClaims(claims);
        models::ClaimsProxyModel proxy;
        proxy.setSourceModel(&list);
        proxy.setClaimTypes({fhir::ClaimType::Outpatient});
        proxy.sort(ClaimListModel::Billed, Qt::DescendingOrder);
        QCOMPARE(proxy.rowCount(), 38);

        const QList<int> columns = {ClaimListModel::ClaimId, ClaimListModel::ServiceStart,
            ClaimListModel::Provider, ClaimListModel::Billed, ClaimListModel::YouMayOwe};
        const QList<QStringList> rows = parsed(exporting::modelCsv(&proxy, {columns}));
        QCOMPARE(rows.size(), proxy.rowCount() + 1);
        QCOMPARE(rows.first(),
            QStringList(
                {u"claim_id"_s, u"service_start"_s, u"provider"_s, u"billed"_s, u"you_may_owe"_s}));
        for (int r = 0; r < proxy.rowCount(); ++r) {
            QCOMPARE(rows.at(r + 1).size(), columns.size());
            for (int c = 0; c < columns.size(); ++c) {
                const QString expected =
                    proxy.index(r, columns.at(c)).data(models::ExportRole).toString();
                QCOMPARE(rows.at(r + 1).at(c), expected);
            }
        }
        // The sort really applied: billed amounts never grow down the file.
        for (int r = 2; r < rows.size(); ++r) {
            if (!rows.at(r).at(3).isEmpty() && !rows.at(r - 1).at(3).isEmpty())
                QVERIFY(rows.at(r).at(3).toDouble() <= rows.at(r - 1).at(3).toDouble());
        }
        for (int r = 1; r < rows.size(); ++r)
            QVERIFY(rows.at(r).at(0).startsWith("outpatient-"_L1));
    }

    void allColumnsByDefault()
    {
        ClaimListModel list;
        list.appendClaims(fixtureClaims());
        models::ClaimsProxyModel proxy;
        proxy.setSourceModel(&list);
        const QList<QStringList> rows = parsed(exporting::modelCsv(&proxy));
        QCOMPARE(rows.size(), 53);
        QCOMPARE(rows.first().size(), int(ClaimListModel::ColumnCount));
        QCOMPARE(rows.first().first(), u"service_start"_s);
    }

    void formulaNeutralisedNegativeStaysNumber()
    {
        QList<fhir::Claim> claims = fixtureClaims();
        QVERIFY(!claims.isEmpty());
        fhir::Claim claim = claims.first();
        claim.id = u"carrier--test-formula"_s;
        claim.providerName = u"=HYPERLINK(\"http://evil\")"_s;
        claim.facilityName.clear();
        claim.amounts.billed = fhir::Money::fromCents(-1250);
        ClaimListModel list;
        list.appendClaims({claim});
        QCOMPARE(list.rowCount(), 1);

        const QList<int> columns = {ClaimListModel::Provider, ClaimListModel::Billed};
        const QString csv = exporting::modelCsv(&list, {columns});
        const QList<QStringList> rows = parsed(csv);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(1).at(0), u"'=HYPERLINK(\"http://evil\")"_s);
        QCOMPARE(rows.at(1).at(1), u"-12.50"_s);
        QVERIFY(csv.contains(u"\r\n\"'=HYPERLINK(\"\"http://evil\"\")\",-12.50\r\n"_s));
    }

    void fallbacksAndTree()
    {
        // A model without the custom roles: headers and cells from DisplayRole, text only.
        QStandardItemModel model;
        model.setHorizontalHeaderLabels({u"Drug"_s, u"Fills"_s});
        auto *drug = new QStandardItem(u"-Aspirin"_s);
        auto *fills = new QStandardItem(u"2"_s);
        drug->appendRow({new QStandardItem(u"fill 1"_s), new QStandardItem(u"1"_s)});
        model.appendRow({drug, fills});
        model.appendRow({new QStandardItem(u"Statin"_s), new QStandardItem(u"-3"_s)});

        QCOMPARE(parsed(exporting::modelCsv(&model)),
            QList<QStringList>(
                {{u"Drug"_s, u"Fills"_s}, {u"'-Aspirin"_s, u"2"_s}, {u"Statin"_s, u"'-3"_s}}));
        exporting::ModelCsvOptions options;
        options.includeChildren = true;
        options.columns = {1, 0};
        QCOMPARE(parsed(exporting::modelCsv(&model, options)),
            QList<QStringList>({{u"Fills"_s, u"Drug"_s}, {u"2"_s, u"'-Aspirin"_s},
                {u"1"_s, u"fill 1"_s}, {u"'-3"_s, u"Statin"_s}}));
    }

    void writesFileWithBom()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QStandardItemModel model(1, 1);
        model.setHorizontalHeaderLabels({u"Name"_s});
        model.setItem(0, 0, new QStandardItem(u"Zoë"_s));
        exporting::ModelCsvOptions options;
        options.byteOrderMark = true;
        const QString path = dir.filePath(u"out.csv"_s);
        QString error;
        QVERIFY(exporting::exportModelCsv(&model, path, options, &error));
        QVERIFY(error.isEmpty());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("\xEF\xBB\xBFName\r\nZo\xC3\xAB\r\n"));
    }

    void unwritablePathFailsAndLeavesNoFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QStandardItemModel model(1, 1);
        QString error;

        const QString missing = dir.filePath(u"no-such-folder/out.csv"_s);
        QVERIFY(!exporting::exportModelCsv(&model, missing, {}, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(error.contains(missing));
        QVERIFY(!QFile::exists(missing));

        // A folder where the file should go: the rename fails after the temporary file was
        // written, and that temporary file must not be left behind.
        const QString folder = dir.filePath(u"taken"_s);
        QVERIFY(QDir(dir.path()).mkdir(u"taken"_s));
        error.clear();
        QVERIFY(!exporting::exportModelCsv(&model, folder, {}, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
            QStringList({u"taken"_s}));
        QVERIFY(QDir(folder).isEmpty());
    }
};

QTEST_MAIN(TestExportModel)
#include "tst_export_model.moc"
