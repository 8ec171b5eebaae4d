#include "auth/environmentsettings.h"
#include "auth/signedinaccounts.h"
#include "cli/exitcode.h"
#include "clirun.h"
#include "csvreader.h"
#include "export/claimscsv.h"
#include "export/inputfiles.h"
#include "export/modelcsv.h"
#include "export/viewcsv.h"
#include "fhir/parser.h"
#include "fhir/rawresources.h"
#include "models/claimlistmodel.h"
#include "models/claimsproxymodel.h"
#include "models/coveragemodels.h"
#include "models/drugsmodel.h"
#include "models/drugssortmodel.h"
#include "models/patientmodel.h"
#include "models/roles.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace bb;

// `bbviewer export` from saved files: the views, the filters and the JSON, in this process.
class TestCliExport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // Every saved record with claims, patient and coverage.
    static QStringList allInputs()
    {
        return {cliFixture(u"sandbox-captured"_s),
            cliFixture(u"bfd-v2-normalized/eobByPatientIdAll.json"_s),
            cliFixture(u"bfd-v2-normalized/eobReadPde.json"_s),
            cliFixture(u"bfd-v2-normalized/patientRead.json"_s),
            cliFixture(u"bfd-v2-normalized/coverageSearchByPatientId.json"_s)};
    }

    static QStringList inputArgs(const QStringList &inputs)
    {
        QStringList args;
        for (const QString &i : inputs)
            args << u"--input"_s << i;
        return args;
    }

    QByteArray exportTo(const QString &name, const QStringList &args, int *code = nullptr)
    {
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        const CliRun r = runExport(args + QStringList {u"--output"_s, path});
        if (code)
            *code = r.exitCode;
        if (r.exitCode != 0)
            qWarning("%s", qPrintable(r.err));
        return readAll(path);
    }

    static QList<QStringList> rowsOf(const QByteArray &csv)
    {
        bool ok = false;
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(csv), &ok);
        return ok ? rows : QList<QStringList>();
    }

    // The model's ExportRole cells row by row (children after their parent), with the
    // header from ColumnKeyRole: what the CSV must hold.
    static QList<QStringList> modelRows(const QAbstractItemModel &model, bool children)
    {
        QList<QStringList> rows;
        QStringList header;
        for (int c = 0; c < model.columnCount(); ++c)
            header << model.headerData(c, Qt::Horizontal, models::ColumnKeyRole).toString();
        rows << header;
        const auto rowAt = [&](int r, const QModelIndex &parent) {
            QStringList row;
            for (int c = 0; c < model.columnCount(); ++c) {
                const QModelIndex i = model.index(r, c, parent);
                const QVariant exported = i.data(models::ExportRole);
                row << (exported.isValid() ? exported.toString()
                                           : i.data(Qt::DisplayRole).toString());
            }
            return row;
        };
        for (int r = 0; r < model.rowCount(); ++r) {
            rows << rowAt(r, {});
            if (!children)
                continue;
            const QModelIndex parent = model.index(r, 0);
            for (int c = 0; c < model.rowCount(parent); ++c)
                rows << rowAt(c, parent);
        }
        return rows;
    }

    // A formula-looking cell is written with a leading apostrophe; compare the text.
    static QStringList unneutralised(QStringList row)
    {
        for (QString &cell : row) {
            if (cell.startsWith(u'\'') && cell.size() > 1
                && QStringLiteral("=+-@\t\r").contains(cell.at(1)))
                cell.remove(0, 1);
        }
        return row;
    }

private Q_SLOTS:
    void initTestCase()
    {
        BB_REQUIRE_FIXTURES(bb::testdata::sandboxPageFiles());
        BB_REQUIRE_FIXTURES(u"bfd-v2-normalized/eobByPatientIdAll.json"_s,
            u"bfd-v2-normalized/eobReadPde.json"_s, u"bfd-v2-normalized/patientRead.json"_s,
            u"bfd-v2-normalized/coverageSearchByPatientId.json"_s);
    }

    void drugsAreTheDrugsModel()
    {
        const exporting::LoadedInput in = exporting::loadInputs(allInputs());
        QVERIFY(in.error.isEmpty());
        models::ClaimListModel list;
        list.appendClaims(in.claims);
        models::DrugsModel drugs;
        drugs.setSourceModel(&list);
        models::DrugsSortModel sorted;
        sorted.setSourceModel(&drugs);
        sorted.sort(models::DrugsModel::LastFill, Qt::DescendingOrder);
        QVERIFY(drugs.drugCount() > 0);

        const QByteArray csv = exportTo(
            u"drugs.csv"_s, inputArgs(allInputs()) + QStringList {u"--what"_s, u"drugs"_s});
        exporting::ModelCsvOptions options;
        options.includeChildren = true;
        QCOMPARE(csv, exporting::modelCsv(&sorted, options).toUtf8());

        const QList<QStringList> rows = rowsOf(csv);
        const QList<QStringList> expected = modelRows(sorted, true);
        QCOMPARE(rows.size(), expected.size());
        QVERIFY(rows.size() >= 3); // header, a drug, its fill
        for (int r = 0; r < rows.size(); ++r)
            QCOMPARE(unneutralised(rows.at(r)), expected.at(r));
    }

    void coverageIsTheCoverageModel()
    {
        const exporting::LoadedInput in = exporting::loadInputs(allInputs());
        models::CoverageModel model;
        model.setCoverages(in.coverages);
        QCOMPARE(model.rowCount(), 4);
        const QByteArray csv = exportTo(
            u"coverage.csv"_s, inputArgs(allInputs()) + QStringList {u"--what"_s, u"coverage"_s});
        QCOMPARE(csv, exporting::modelCsv(&model).toUtf8());
        const QList<QStringList> rows = rowsOf(csv);
        const QList<QStringList> expected = modelRows(model, false);
        QCOMPARE(rows.size(), 5);
        for (int r = 0; r < rows.size(); ++r)
            QCOMPARE(unneutralised(rows.at(r)), expected.at(r));
    }

    void patientIsThePatientModel()
    {
        const exporting::LoadedInput in = exporting::loadInputs(allInputs());
        QCOMPARE(in.patients.size(), 1);
        models::PatientModel model;
        model.setPatient(in.patients.first());
        const QByteArray csv = exportTo(u"patient.csv"_s,
            inputArgs(allInputs()) + QStringList {u"--what"_s, u"patient"_s, u"--bom"_s});
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(csv.mid(3), exporting::modelCsv(&model).toUtf8());
        const QList<QStringList> rows = rowsOf(csv.mid(3));
        const QList<QStringList> expected = modelRows(model, false);
        QCOMPARE(rows.size(), expected.size());
        QVERIFY(rows.size() > 5);
        for (int r = 0; r < rows.size(); ++r)
            QCOMPARE(unneutralised(rows.at(r)), expected.at(r));
        // Masked as on screen: the full Medicare number never leaves the app by default.
        QVERIFY(!in.patients.first().currentMbi().isEmpty());
        QVERIFY(!csv.contains(in.patients.first().currentMbi().toUtf8()));
        // "Not shared" rows, as the app shows after a 403.
        models::PatientModel notShared;
        notShared.setNotShared();
        QCOMPARE(exporting::patientCsv(nullptr, true), exporting::modelCsv(&notShared));
    }

    void filtersMatchTheClaimsList_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QList<fhir::ClaimType>>("types");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::newRow("carrier") << QStringList {u"--type"_s, u"carrier"_s}
                                 << QList<fhir::ClaimType> {fhir::ClaimType::Carrier} << QDate()
                                 << QDate();
        QTest::newRow("comma and repeat")
            << QStringList {u"--type"_s, u"pde,dme"_s, u"--type"_s, u"snf"_s}
            << QList<fhir::ClaimType> {fhir::ClaimType::Pde, fhir::ClaimType::Dme,
                   fhir::ClaimType::Snf}
            << QDate() << QDate();
        QTest::newRow("since") << QStringList {u"--since"_s, u"2001-06-01"_s}
                               << QList<fhir::ClaimType>() << QDate(2001, 6, 1) << QDate();
        QTest::newRow("until") << QStringList {u"--until"_s, u"2000-12-31"_s}
                               << QList<fhir::ClaimType>() << QDate() << QDate(2000, 12, 31);
        QTest::newRow("range and type") << QStringList {u"--since"_s, u"1999-01-01"_s, u"--until"_s,
            u"2001-06-30"_s, u"--type"_s, u"outpatient"_s}
                                        << QList<fhir::ClaimType> {fhir::ClaimType::Outpatient}
                                        << QDate(1999, 1, 1) << QDate(2001, 6, 30);
    }

    void filtersMatchTheClaimsList()
    {
        QFETCH(QStringList, args);
        QFETCH(QList<fhir::ClaimType>, types);
        QFETCH(QDate, from);
        QFETCH(QDate, to);

        const exporting::LoadedInput in = exporting::loadInputs(allInputs());
        models::ClaimListModel list;
        list.appendClaims(in.claims);
        models::ClaimsProxyModel proxy;
        proxy.setSourceModel(&list);
        models::ClaimFilter filter;
        if (!types.isEmpty())
            filter.setTypes(types);
        filter.setDateRange(from, to);
        proxy.setFilter(filter);
        QVERIFY(proxy.rowCount() > 0);
        QVERIFY(proxy.rowCount() < list.rowCount());

        QSet<QString> shown;
        int lines = 0;
        for (int r = 0; r < proxy.rowCount(); ++r) {
            const QString id = proxy.index(r, 0).data(models::ClaimIdRole).toString();
            shown << id;
            lines += int(list.claim(list.rowForId(id)).items.size());
        }

        const QList<QStringList> claims =
            rowsOf(exportTo(u"claims.csv"_s, inputArgs(allInputs()) + args));
        QCOMPARE(claims.size() - 1, proxy.rowCount());
        QSet<QString> exported;
        for (int r = 1; r < claims.size(); ++r)
            exported << claims.at(r).first();
        QCOMPARE(exported, shown);

        const QList<QStringList> claimLines = rowsOf(exportTo(u"lines.csv"_s,
            inputArgs(allInputs()) + args + QStringList {u"--what"_s, u"claim-lines"_s}));
        QCOMPARE(claimLines.size() - 1, lines);

        // Drugs filter like the Drugs tab with the same filter bar.
        models::DrugsModel drugs;
        drugs.setSourceModel(&list);
        drugs.setFilter(filter);
        const QList<QStringList> drugRows = rowsOf(exportTo(
            u"drugs.csv"_s, inputArgs(allInputs()) + args + QStringList {u"--what"_s, u"drugs"_s}));
        int expected = drugs.rowCount();
        for (int r = 0; r < drugs.rowCount(); ++r)
            expected += drugs.rowCount(drugs.index(r, 0));
        QCOMPARE(drugRows.size() - 1, expected);
        QCOMPARE(QString::fromUtf8(readAll(m_dir.filePath(u"drugs.csv"_s))),
            exporting::drugsCsv(in.claims, filter));

        // The JSON holds exactly the filtered claims, newest first like the CSV.
        const QByteArray json = exportTo(u"claims.json"_s,
            inputArgs(allInputs()) + args + QStringList {u"--format"_s, u"json"_s});
        const fhir::RawDocument raw = fhir::splitResources(json);
        QVERIFY(raw.ok());
        QCOMPARE(raw.resources.size(), claims.size() - 1);
        for (int r = 1; r < claims.size(); ++r)
            QCOMPARE(raw.resources.at(r - 1).id, claims.at(r).first());
    }

    void jsonIsTheInputByteForByte_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("type");
        QTest::addColumn<int>("count");
        QTest::newRow("claims") << u"claims"_s << u"ExplanationOfBenefit"_s << 52 + 8;
        QTest::newRow("claim-lines") << u"claim-lines"_s << u"ExplanationOfBenefit"_s << 60;
        QTest::newRow("drugs") << u"drugs"_s << u"ExplanationOfBenefit"_s << 1;
        QTest::newRow("coverage") << u"coverage"_s << u"Coverage"_s << 4;
        QTest::newRow("patient") << u"patient"_s << u"Patient"_s << 1;
    }

    void jsonIsTheInputByteForByte()
    {
        QFETCH(QString, what);
        QFETCH(QString, type);
        QFETCH(int, count);
        // eobReadPde.json repeats a claim of eobByPatientIdAll.json: one copy goes out.
        const QByteArray json = exportTo(u"out.json"_s,
            inputArgs(allInputs()) + QStringList {u"--what"_s, what, u"--format"_s, u"json"_s});
        const fhir::Document doc = fhir::parseDocument(json, u"out.json"_s);
        QVERIFY2(doc.ok(), qPrintable(doc.errors.value(0).toString()));
        QCOMPARE(doc.bundleType, u"collection"_s);
        const fhir::RawDocument raw = fhir::splitResources(json);
        QCOMPARE(raw.resources.size(), count);

        // Every resource is byte for byte in one of the inputs.
        QList<QByteArray> inputs;
        const exporting::LoadedInput in = exporting::loadInputs(allInputs(), true);
        for (const fhir::RawResource &r : raw.resources) {
            QCOMPARE(r.resourceType, type);
            const auto it = std::find_if(in.raw.begin(), in.raw.end(),
                [&](const auto &x) { return x.resourceType == r.resourceType && x.id == r.id; });
            QVERIFY(it != in.raw.end());
            QCOMPARE(r.json, it->json);
        }
        QSet<QString> ids;
        for (const fhir::RawResource &r : raw.resources)
            ids << r.id;
        QCOMPARE(ids.size(), raw.resources.size()); // no duplicates
    }

    void jsonToStandardOutput()
    {
        const CliRun r =
            runExport({u"--input"_s, cliFixture(u"bfd-v2-normalized/patientRead.json"_s),
                u"--what"_s, u"patient"_s, u"--format"_s, u"json"_s, u"--output"_s, u"-"_s});
        QCOMPARE(r.exitCode, 0);
        const fhir::Document doc = fhir::parseDocument(r.out.toUtf8());
        QVERIFY(doc.ok());
        QCOMPARE(doc.patients.size(), 1);
    }

    void malformedInputWritesNothing_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("format");
        QTest::newRow("cut off json")
            << readAll(cliFixture(u"bfd-v2-normalized/eobReadPde.json"_s)).left(200) << u"json"_s;
        QTest::newRow("cut off csv")
            << readAll(cliFixture(u"bfd-v2-normalized/eobReadPde.json"_s)).left(200) << u"csv"_s;
        QTest::newRow("not fhir") << R"({"detail":"Not found."})"_ba << u"json"_s;
    }

    void malformedInputWritesNothing()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, format);
        const QString bad = m_dir.filePath(u"bad.json"_s);
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        const QString out = m_dir.filePath(u"never.out"_s);
        const CliRun r = runExport({u"--input"_s, cliFixture(u"sandbox-captured"_s), u"--input"_s,
            bad, u"--format"_s, format, u"--output"_s, out});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(!QFile::exists(out));
        QCOMPARE(r.err.trimmed().count(u'\n'), 0);
        QVERIFY2(r.err.startsWith(bad), qPrintable(r.err));
        if (format == "json"_L1 && content.startsWith("{\n"))
            QVERIFY2(r.err.contains(u"byte"_s), qPrintable(r.err)); // where it broke
    }

    // Blue Button's other bodies, saved by mistake, say what they are instead of
    // "unsupported resource type".
    void nonRecordBodiesSayWhatTheyAre_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("OperationOutcome")
            << R"({"resourceType":"OperationOutcome","issue":[{"severity":"error","code":"processing","diagnostics":"An error occurred contacting the upstream server: startIndex too large"}]})"_ba
            << QStringList {u"error response from the server"_s,
                   u"An error occurred contacting the upstream server: startIndex too large"_s};
        QTest::newRow("detail") << R"({"detail":"Not found."})"_ba
                                << QStringList {
                                       u"error response from the server"_s, u"Not found."_s};
        QTest::newRow("userinfo")
            << R"({"sub":"-20140000008325","name":"Jane Doe","given_name":"Jane","family_name":"Doe","email":"jd@example.com","iat":"2023-01-01T00:00:00.000Z","patient":"-20140000008325"})"_ba
            << QStringList {u"account information"_s, u"userinfo"_s, u"-20140000008325"_s};
    }

    void nonRecordBodiesSayWhatTheyAre()
    {
        QFETCH(QByteArray, content);
        QFETCH(QStringList, expected);
        const QString body = m_dir.filePath(u"body.json"_s);
        QFile f(body);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(content);
        f.close();
        const QString out = m_dir.filePath(u"never.csv"_s);
        const CliRun r = runExport({u"--input"_s, body, u"--output"_s, out});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(!QFile::exists(out));
        QVERIFY2(!r.err.contains(u"unsupported"_s), qPrintable(r.err));
        for (const QString &part : expected)
            QVERIFY2(r.err.contains(part), qPrintable(r.err));
    }

    // A claims export from files that hold no claim is written, but not silently: a warning
    // on stderr and exit code 6 (docs/export.md).
    void noClaimsWarnsAndSaysSoInTheExitCode_data()
    {
        QTest::addColumn<QString>("what");
        QTest::newRow("claims") << u"claims"_s;
        QTest::newRow("claim-lines") << u"claim-lines"_s;
        QTest::newRow("drugs") << u"drugs"_s;
    }

    void noClaimsWarnsAndSaysSoInTheExitCode()
    {
        QFETCH(QString, what);
        const QString out = m_dir.filePath(u"empty-"_s + what + u".csv"_s);
        const CliRun r =
            runExport({u"--input"_s, cliFixture(u"bfd-v2-normalized/patientRead.json"_s),
                u"--what"_s, what, u"--output"_s, out});
        QCOMPARE(r.exitCode, int(bb::cli::ExitCode::NoClaims));
        QCOMPARE(r.exitCode, 6);
        QVERIFY2(r.err.contains(u"no claims"_s), qPrintable(r.err));
        bool ok = false;
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(readAll(out)), &ok);
        QVERIFY(ok);
        QCOMPARE(rows.size(), 1); // the header only

        // With claims there is no warning.
        const CliRun full =
            runExport({u"--input"_s, cliFixture(u"bfd-v2-normalized/eobReadPde.json"_s),
                u"--what"_s, what, u"--output"_s, out});
        QCOMPARE(full.exitCode, 0);
        QVERIFY2(full.err.isEmpty(), qPrintable(full.err));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        const QString in = cliFixture(u"sandbox-captured"_s);
        QTest::newRow("unknown type")
            << QStringList {u"--input"_s, in, u"--type"_s, u"carrier,xray"_s, u"--output"_s, u"x"_s}
            << u"carrier, dme, hha, hospice, inpatient, outpatient, pde, snf"_s;
        QTest::newRow("bad date") << QStringList {u"--input"_s, in, u"--since"_s, u"2023-1-5"_s,
            u"--output"_s, u"x"_s} << u"YYYY-MM-DD"_s;
        QTest::newRow("reversed range") << QStringList {u"--input"_s, in, u"--since"_s,
            u"2023-02-01"_s, u"--until"_s, u"2023-01-01"_s, u"--output"_s, u"x"_s}
                                        << u"after"_s;
        QTest::newRow("filter on coverage") << QStringList {u"--input"_s, in, u"--what"_s,
            u"coverage"_s, u"--type"_s, u"pde"_s, u"--output"_s, u"x"_s}
                                            << u"coverage"_s;
        QTest::newRow("both sources") << QStringList {u"--input"_s, in, u"--env"_s, u"sandbox"_s,
            u"--output"_s, u"x"_s} << u"--env"_s;
        QTest::newRow("no source") << QStringList {u"--output"_s, u"x"_s} << u"--input"_s;
        QTest::newRow("local without demo user")
            << QStringList {u"--env"_s, u"local"_s, u"--output"_s, u"x"_s} << u"--demo-user"_s;
        QTest::newRow("demo user elsewhere") << QStringList {u"--env"_s, u"sandbox"_s,
            u"--demo-user"_s, u"BBUser00000"_s, u"--output"_s, u"x"_s}
                                             << u"--env local"_s;
        QTest::newRow("token with local") << QStringList {u"--env"_s, u"local"_s, u"--demo-user"_s,
            u"BBUser00000"_s, u"--access-token-file"_s, u"t"_s, u"--output"_s, u"x"_s}
                                          << u"--demo-user"_s;
        QTest::newRow("plain http elsewhere") << QStringList {u"--env"_s, u"http://example.org"_s,
            u"--output"_s, u"x"_s} << u"http"_s;
        QTest::newRow("bom with json") << QStringList {u"--input"_s, in, u"--format"_s, u"json"_s,
            u"--bom"_s, u"--output"_s, u"x"_s}
                                       << u"--bom"_s;
        QTest::newRow("labels with json") << QStringList {u"--input"_s, in, u"--format"_s,
            u"json"_s, u"--labels"_s, u"--output"_s, u"x"_s}
                                          << u"--labels"_s;
        QTest::newRow("labels with drugs") << QStringList {u"--input"_s, in, u"--what"_s,
            u"drugs"_s, u"--labels"_s, u"--output"_s, u"x"_s}
                                           << u"--labels"_s;
        QTest::newRow("offline without env") << QStringList {u"--input"_s, in, u"--offline"_s,
            u"--output"_s, u"x"_s} << u"--offline"_s;
        QTest::newRow("offline demo") << QStringList {u"--env"_s, u"local"_s, u"--demo-user"_s,
            u"BBUser00000"_s, u"--offline"_s, u"--output"_s, u"x"_s}
                                      << u"never kept"_s;
        QTest::newRow("offline with token") << QStringList {u"--env"_s, u"sandbox"_s,
            u"--offline"_s, u"--access-token-file"_s, u"t"_s, u"--output"_s, u"x"_s}
                                            << u"--access-token-file"_s;
        QTest::newRow("unknown what") << QStringList {u"--input"_s, in, u"--what"_s, u"eob"_s,
            u"--output"_s, u"x"_s} << u"claim-lines"_s;
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        const QString out = m_dir.filePath(u"x"_s);
        for (QString &a : args) {
            if (a == "x"_L1)
                a = out;
        }
        const CliRun r = runExport(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!QFile::exists(out));
        QCOMPARE(r.err.trimmed().count(u'\n'), 0);
        QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
    }

    // Who signed in where: kept beside the environments, and not wiped when they are saved.
    void signedInAccountsSurviveSettingsSaves()
    {
        QSettings settings(m_dir.filePath(u"accounts.ini"_s), QSettings::IniFormat);
        auth::SignedInAccounts accounts(settings);
        QVERIFY(accounts.patientId(auth::Environment::Kind::Sandbox).isEmpty());
        accounts.remember(auth::Environment::Kind::Sandbox, u"-19990000000001"_s);
        QVERIFY(auth::EnvironmentSettings(settings).save(
            auth::Environment::defaults(auth::Environment::Kind::Sandbox)));
        QCOMPARE(accounts.patientId(auth::Environment::Kind::Sandbox), u"-19990000000001"_s);
        QVERIFY(accounts.patientId(auth::Environment::Kind::Production).isEmpty());
        accounts.forget(auth::Environment::Kind::Sandbox);
        QVERIFY(accounts.patientId(auth::Environment::Kind::Sandbox).isEmpty());
    }

    void helpNamesEveryOption()
    {
        const CliRun r = runExport({u"--help"_s});
        QCOMPARE(r.exitCode, 0);
        for (const char *option :
            {"--input", "--env", "--access-token-file", "--patient", "--demo-user", "--what",
                "--format", "--type", "--since", "--until", "--output", "--bom", "--labels"})
            QVERIFY2(r.out.contains(QLatin1StringView(option)), option);
    }
};

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cli_export.moc"
