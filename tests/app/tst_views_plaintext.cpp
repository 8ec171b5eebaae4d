// Server text is shown as written, never as markup: a patient name, a provider, a coverage
// field or a code system holding "<h1>" or "<img src=file:///…>" must not render as a heading
// or load a file. Every label that shows it is plain text, and tool tips are escaped.
#include "../models/testclaims.h"
#include "banner.h"
#include "fhir/parser.h"
#include "models/claimlistmodel.h"
#include "models/coveragemodels.h"
#include "models/patientmodel.h"
#include "views/claimdetailview.h"
#include "views/coveragepage.h"
#include "views/overviewview.h"
#include "views/patientpage.h"
#include "viewstesthelpers.h"

#include <QLabel>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace bb;

namespace {

const QString kHeading = u"<h1>X</h1>"_s;
const QString kImage = u"<img src=file:///etc/passwd>"_s;

// Every label under `root` that shows one of the markup strings: each must be plain text, so
// that what is drawn is the text itself. Returns how many there were.
int checkLabels(QWidget *root)
{
    int found = 0;
    const auto labels = root->findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        if (!label->text().contains(kHeading) && !label->text().contains(kImage))
            continue;
        ++found;
        if (label->textFormat() != Qt::PlainText) {
            qWarning() << "rich text label" << label->objectName() << label->text();
            return -1;
        }
    }
    return found;
}

fhir::Patient markupPatient()
{
    const QByteArray json = viewstest::readFixture(u"bfd-v2-normalized/patientRead.json"_s);
    const fhir::Document doc = fhir::parseDocument(json);
    fhir::Patient p = doc.patients.value(0);
    fhir::HumanName name;
    name.given = {kHeading};
    name.family = kImage;
    p.names = {name};
    for (fhir::PatientIdentifier &id : p.identifiers)
        id.system = kImage; // shown as the identifier's tool tip
    return p;
}

} // namespace

class TestViewsPlainText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void patientPage()
    {
        models::PatientModel model;
        model.setPatient(markupPatient());
        views::PatientPage page(&model);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *heading = page.findChild<QLabel *>(u"patientHeading"_s);
        QVERIFY(heading);
        QCOMPARE(heading->textFormat(), Qt::PlainText);
        QVERIFY(heading->text().contains(kHeading));
        QVERIFY(heading->text().contains(kImage));
        QCOMPARE(checkLabels(&page), 1);
    }

    void overview()
    {
        models::ClaimListModel list;
        models::PatientModel patient;
        patient.setPatient(markupPatient());
        views::OverviewView view(&list, &patient);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *label = view.findChild<QLabel *>(u"overviewPatient"_s);
        QVERIFY(label);
        QTRY_VERIFY(label->text().contains(kHeading));
        QCOMPARE(label->textFormat(), Qt::PlainText);
        QVERIFY(checkLabels(&view) >= 1);
    }

    void claimDetail()
    {
        fhir::Claim claim = viewstest::fixtureClaim(u"eobReadCarrier.json"_s);
        QVERIFY(!claim.id.isEmpty());
        claim.providerName = kHeading;
        claim.facilityName = kImage;
        claim.status = kImage;
        for (fhir::CareTeamMember &m : claim.careTeam)
            m.name = kHeading;
        for (fhir::Diagnosis &d : claim.diagnoses)
            d.display = kImage;
        models::ClaimListModel list;
        list.appendClaims({claim});
        views::ClaimDetailView view(&list);
        view.resize(1000, 900);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.showClaim(claim.id));
        QVERIFY(checkLabels(&view) >= 1);
    }

    void coverageCards()
    {
        const QByteArray json =
            viewstest::readFixture(u"bfd-v2-normalized/coverageSearchByPatientId.json"_s);
        fhir::Document doc = fhir::parseDocument(json);
        QVERIFY(!doc.coverages.isEmpty());
        for (fhir::Coverage &c : doc.coverages) {
            c.plan = kHeading;
            c.status = kImage;
            c.medicareStatus = kImage;
            c.entitlementReason = kHeading;
        }
        models::CoverageModel model;
        model.setCoverages(doc.coverages);
        views::CoveragePage page(&model);
        page.resize(1000, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(checkLabels(&page) >= 1);
    }

    void bannerMessage()
    {
        Banner banner;
        banner.setProblem(
            {u"The server said: "_s + kHeading + kImage, account::SyncProblem::Action::Retry});
        QCOMPARE(checkLabels(&banner), 1);
    }

    // Tool tips render what looks like markup: the server's text in them is escaped.
    void toolTipsAreEscaped()
    {
        models::PatientModel model;
        model.setPatient(markupPatient());
        int tips = 0;
        for (int r = 0; r < model.rowCount(); ++r) {
            for (int c = 0; c < model.columnCount(); ++c) {
                const QString tip = model.index(r, c).data(Qt::ToolTipRole).toString();
                if (tip.isEmpty() || !tip.contains(u"passwd"_s))
                    continue;
                ++tips;
                QVERIFY2(!tip.contains(u"<img"_s), qPrintable(tip));
                QVERIFY2(tip.contains(u"&lt;img src=file:///etc/passwd&gt;"_s), qPrintable(tip));
            }
        }
        QVERIFY(tips > 0);
    }
};

QTEST_MAIN(TestViewsPlainText)
#include "tst_views_plaintext.moc"
