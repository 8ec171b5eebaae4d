#include "fhir/parser.h"
#include "models/coveragemodels.h"
#include "models/patientmodel.h"
#include "models/roles.h"
#include "testdata.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace bb::models;

namespace {

// A missing file fails the running test (the caller checks QTest::currentTestFailed()).
bb::fhir::Document readDocument(const QString &relative)
{
    return bb::fhir::parseDocument(bb::testdata::readOrFail(relative), relative);
}

QString valueOf(const QAbstractItemModel &model, const QString &key, int role = Qt::DisplayRole)
{
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.index(r, 0).data(ColumnKeyRole).toString() == key)
            return model.index(r, KeyValueModel::Value).data(role).toString();
    }
    return u"<missing>"_s;
}

// Marks every translation with its context, to prove lupdate's context is the one looked up.
class ContextTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        return u"[%1]%2"_s.arg(QLatin1String(context), QString::fromUtf8(source));
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TestModelsPatient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        BB_REQUIRE_FIXTURES(u"bfd-v2-normalized/patientRead.json"_s,
            u"bfd-v2-normalized/coverageSearchByPatientId.json"_s);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void patientFields()
    {
        PatientModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        const bb::fhir::Document doc = readDocument(u"bfd-v2-normalized/patientRead.json"_s);
        QCOMPARE(doc.patients.size(), 1);
        const bb::fhir::Patient p = doc.patients.first();
        model.setPatient(p);
        QCOMPARE(model.state(), PatientModel::State::Loaded);
        QCOMPARE(valueOf(model, u"name"_s), p.displayName());
        QCOMPARE(valueOf(model, u"birth_date"_s, ExportRole), p.birthDate.toString(Qt::ISODate));
        QVERIFY(!valueOf(model, u"sex"_s).isEmpty());
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), u"Field"_s);

        // The MBI is masked on screen and in exports until revealed.
        const QString mbi = p.currentMbi();
        QVERIFY(mbi.size() >= 4);
        const QString masked = valueOf(model, u"mbi"_s);
        QVERIFY(masked.endsWith(mbi.right(4)));
        QVERIFY(!masked.contains(mbi.left(4)));
        QCOMPARE(valueOf(model, u"mbi"_s, ExportRole), masked);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setMbiRevealed(true);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(valueOf(model, u"mbi"_s).remove(u'-'), mbi);
    }

    void headersUseTheirContext()
    {
        ContextTranslator translator;
        QCoreApplication::installTranslator(&translator);
        PatientModel patient;
        CoverageModel coverage;
        QCOMPARE(patient.headerData(KeyValueModel::Value, Qt::Horizontal).toString(),
            u"[bb::models::KeyValueModel]Value"_s);
        QCOMPARE(coverage.headerData(CoverageModel::Status, Qt::Horizontal).toString(),
            u"[bb::models::CoverageModel]Status"_s);
        QCOMPARE(CoverageModel::statusText(u"active"_s), u"[bb::models::CoverageModel]Active"_s);
        patient.setNotShared();
        QCOMPARE(valueOf(patient, u"name"_s), u"[bb::models::PatientModel]Not shared"_s);
        QCoreApplication::removeTranslator(&translator);
    }

    void mbiFormat()
    {
        QCOMPARE(PatientModel::formatMbi(u"1S00E00AA00"_s, true), u"1S00-E00-AA00"_s);
        QCOMPARE(PatientModel::formatMbi(u"1S00E00AA00"_s, false),
            u"\u2022\u2022\u2022\u2022-\u2022\u2022\u2022-AA00"_s);
        QCOMPARE(PatientModel::formatMbi({}, false), QString());
    }

    void notShared()
    {
        PatientModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy state(&model, &PatientModel::stateChanged);
        model.setNotShared();
        QCOMPARE(state.size(), 1);
        QCOMPARE(model.state(), PatientModel::State::NotShared);
        QCOMPARE(valueOf(model, u"name"_s), u"Not shared"_s);
        QCOMPARE(valueOf(model, u"birth_date"_s), u"Not shared"_s);
        QCOMPARE(valueOf(model, u"birth_date"_s, ExportRole), QString());
        QCOMPARE(valueOf(model, u"mbi"_s), u"<missing>"_s);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void coverageParts()
    {
        CoverageModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const bb::fhir::Document doc =
            readDocument(u"bfd-v2-normalized/coverageSearchByPatientId.json"_s);
        QVERIFY(doc.coverages.size() >= 3);
        QList<bb::fhir::Coverage> reversed = doc.coverages;
        std::reverse(reversed.begin(), reversed.end());
        model.setCoverages(reversed);
        QCOMPARE(model.rowCount(), doc.coverages.size());
        for (int r = 1; r < model.rowCount(); ++r)
            QVERIFY(model.coverage(r - 1).part <= model.coverage(r).part);
        QCOMPARE(model.coverage(0).part, bb::fhir::Coverage::Part::A);
        QCOMPARE(model.index(0, CoverageModel::Part).data().toString(), u"Part A (hospital)"_s);
        const bb::fhir::Coverage &a = model.coverage(0);
        QCOMPARE(model.index(0, CoverageModel::Status).data(ExportRole).toString(), a.status);
        QCOMPARE(model.index(0, CoverageModel::Start).data(ExportRole).toString(),
            a.period.start.toString(Qt::ISODate));
        QVERIFY(!model.index(0, CoverageModel::Details).data().toString().isEmpty());

        // An unknown part and status stay visible with their raw values.
        bb::fhir::Coverage odd;
        odd.id = u"part-x--1"_s;
        odd.status = u"suspended"_s;
        model.setCoverages({odd, a});
        QCOMPARE(model.coverage(1).id, odd.id);
        QCOMPARE(model.index(1, CoverageModel::Part).data(RawValueRole).toString(), odd.id);
        QCOMPARE(model.index(1, CoverageModel::Status).data().toString(), u"suspended"_s);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void coverageDetail()
    {
        CoverageDetailModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const bb::fhir::Document doc =
            readDocument(u"bfd-v2-normalized/coverageSearchByPatientId.json"_s);
        QVERIFY(!doc.coverages.isEmpty());
        const bb::fhir::Coverage c = doc.coverages.first();
        QVERIFY(!c.details.isEmpty());
        model.setCoverage(c);
        QCOMPARE(valueOf(model, u"status"_s, ExportRole), c.status);
        for (const bb::fhir::CoverageDetail &d : c.details)
            QCOMPARE(valueOf(model, u"extension:"_s + d.variable, ExportRole), d.code);
        QCOMPARE(valueOf(model, u"id"_s), c.id);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestModelsPatient)
#include "tst_models_patient.moc"
