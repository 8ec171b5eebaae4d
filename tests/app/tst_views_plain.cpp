// Codes in plain words on screen: Coverage, Patient and a claim's All codes tab of a demo
// user, in English and Spanish, with screenshots (<build>/views-screenshots/plain-*.png).
#include "codes/glossary.h"
#include "core/languages.h"
#include "fhir/parser.h"
#include "fieldhelp.h"
#include "models/claimdetailmodels.h"
#include "models/claimlistmodel.h"
#include "models/coveragemodels.h"
#include "models/patientmodel.h"
#include "models/roles.h"
#include "sandbox/syntheticdata.h"
#include "views/claimdetailview.h"
#include "views/coveragepage.h"
#include "views/patientpage.h"
#include "viewstesthelpers.h"

#include <QApplication>
#include <QDockWidget>
#include <QMainWindow>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace bb;

namespace {

struct Demo
{
    fhir::Patient patient;
    QList<fhir::Coverage> coverages;
    QList<fhir::Claim> claims;
    QHash<QString, QByteArray> json; // claim id -> as received
};

Demo demo(int user)
{
    sandbox::SyntheticData data(1);
    Demo d;
    const sandbox::Beneficiary bene = data.population().at(user);
    d.patient = fhir::parseDocument(data.patientJson(bene)).patients.value(0);
    for (const QByteArray &c : data.coverageJson(bene))
        d.coverages << fhir::parseDocument(c).coverages;
    const auto list = data.claims(bene);
    for (const auto &stub : list->claims) {
        const QByteArray json = data.eobJson(bene, stub);
        const fhir::Claim claim = fhir::parseDocument(json).claims.value(0);
        d.claims << claim;
        d.json.insert(claim.id, json);
    }
    return d;
}

// Every text and tooltip of a model, for "no URL, no bare code" checks.
QStringList allTexts(const QAbstractItemModel *m, int role)
{
    QStringList out;
    for (int r = 0; r < m->rowCount(); ++r) {
        for (int c = 0; c < m->columnCount(); ++c)
            out << m->index(r, c).data(role).toString();
    }
    return out;
}

} // namespace

class TestViewsPlain : public QObject
{
    Q_OBJECT

    void showAll(const QString &language)
    {
        const Demo d = demo(0);
        models::CoverageModel coverage;
        coverage.setCoverages(d.coverages);
        views::CoveragePage coveragePage(&coverage);
        coveragePage.resize(1100, 700);
        coveragePage.show();
        QVERIFY(QTest::qWaitForWindowExposed(&coveragePage));
        const QString details = coverage.index(0, models::CoverageModel::Details).data().toString();
        QVERIFY2(!details.contains(u"(DIB)"_s), qPrintable(details)); // no billing words
        viewstest::saveScreenshot(&coveragePage, u"plain-coverage-"_s + language);

        models::PatientModel patient;
        patient.setPatient(d.patient);
        views::PatientPage patientPage(&patient);
        patientPage.resize(900, 600);
        patientPage.show();
        QVERIFY(QTest::qWaitForWindowExposed(&patientPage));
        const int address = patient.rowForKey(u"address"_s);
        QVERIFY(address >= 0);
        const QString shown = patient.index(address, 1).data().toString();
        // An SSA state code shows the state's name, not "state code 10".
        QVERIFY2(!shown.contains(u"state code"_s) && !shown.at(0).isDigit(), qPrintable(shown));
        viewstest::saveScreenshot(&patientPage, u"plain-patient-"_s + language);

        // The inpatient claim: its All codes tab lists every coded field with a meaning or why
        // there is none, and no tooltip shows a URL.
        models::ClaimListModel list;
        list.appendClaims(d.claims);
        views::ClaimDetailView detail(&list);
        detail.setRawJsonSource([&d](const QString &id) { return d.json.value(id); });
        detail.resize(1200, 800);
        detail.show();
        QVERIFY(QTest::qWaitForWindowExposed(&detail));
        const auto inpatient = std::find_if(d.claims.begin(), d.claims.end(),
            [](const fhir::Claim &c) { return c.type == fhir::ClaimType::Inpatient; });
        QVERIFY(inpatient != d.claims.end());
        QVERIFY(detail.showClaim(inpatient->id));
        QVERIFY(detail.sections()->isTabVisible(views::ClaimDetailView::Codes));
        detail.sections()->setCurrentIndex(views::ClaimDetailView::Codes);
        const QAbstractItemModel *codes =
            detail.sectionTable(views::ClaimDetailView::Codes)->model();
        QVERIFY(codes->rowCount() > 10);
        for (const QString &tip : allTexts(codes, Qt::ToolTipRole))
            QVERIFY2(!tip.contains(u"http"_s), qPrintable(tip));
        for (const QString &text : allTexts(codes, Qt::DisplayRole))
            QVERIFY2(!text.contains(u"http"_s), qPrintable(text));
        const QAbstractItemModel *lines =
            detail.sectionTable(views::ClaimDetailView::Services)->model();
        for (const QString &tip : allTexts(lines, Qt::ToolTipRole))
            QVERIFY2(!tip.contains(u"http"_s), qPrintable(tip));
        // A service code with no description says so, in the app's language.
        for (int r = 0; r < lines->rowCount(); ++r) {
            const QString service =
                lines->index(r, models::LineItemsModel::Service).data().toString();
            QVERIFY2(service.contains(u':') || service.contains(u'('), qPrintable(service));
        }
        viewstest::saveScreenshot(&detail, u"plain-claim-codes-"_s + language);
        detail.sections()->setCurrentIndex(views::ClaimDetailView::Services);
        viewstest::saveScreenshot(&detail, u"plain-claim-"_s + language);
    }

private Q_SLOTS:
    // F1 on a focused field opens the What's this? panel with its glossary text.
    void helpPanelOnF1()
    {
        QMainWindow window;
        FieldHelp help(&window);
        models::ClaimListModel list;
        const Demo d = demo(2);
        list.appendClaims(d.claims);
        auto *table = new QTableView(&window);
        table->setModel(&list);
        window.setCentralWidget(table);
        window.resize(800, 500);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        table->setFocus();
        table->setCurrentIndex(list.index(0, models::ClaimListModel::YouMayOwe));
        const FieldHelp::Help h = FieldHelp::helpFor(table);
        QCOMPARE(h.text, codes::Glossary::text(u"you_may_owe"));
        QVERIFY(!h.title.isEmpty());
        QVERIFY(!help.panel()->isVisible());
        QTest::keyClick(table, Qt::Key_F1);
        QTRY_VERIFY(help.panel()->isVisible());
        // The row's tooltip is the claim in one sentence.
        QVERIFY(!list.index(0, 0).data(Qt::ToolTipRole).toString().isEmpty());
    }

    void english()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        showAll(u"en"_s);
    }

    void spanish()
    {
        QVERIFY(useLanguage(*QCoreApplication::instance(), u"es"_s));
        showAll(u"es"_s);
        useLanguage(*QCoreApplication::instance(), u"en"_s);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
};

QTEST_MAIN(TestViewsPlain)
#include "tst_views_plain.moc"
