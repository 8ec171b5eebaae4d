#include "core/languages.h"
#include "fhir/parser.h"
#include "models/cell.h"
#include "pdftools.h"
#include "report/pdfreport.h"
#include "report/viewreports.h"
#include "report/visitsummary.h"
#include "sandbox/syntheticdata.h"

#include <QGuiApplication>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace bb;

namespace {

// One demo user as the app would read it from the built-in sandbox.
struct DemoRecord
{
    fhir::Patient patient;
    QList<fhir::Coverage> coverages;
    QList<fhir::Claim> claims;
};

DemoRecord demoRecord(sandbox::SyntheticData &data, int user)
{
    DemoRecord r;
    const sandbox::Beneficiary bene = data.population().at(user);
    const fhir::Document p = fhir::parseDocument(data.patientJson(bene));
    if (!p.patients.isEmpty())
        r.patient = p.patients.first();
    for (const QByteArray &c : data.coverageJson(bene))
        r.coverages << fhir::parseDocument(c).coverages;
    const auto list = data.claims(bene);
    for (const auto &stub : list->claims)
        r.claims << fhir::parseDocument(data.eobJson(bene, stub)).claims;
    return r;
}

QDate dayOf(const fhir::Claim &c)
{
    return c.serviceEnd().isValid() ? c.serviceEnd() : c.serviceStart();
}

} // namespace

// The summary for a doctor visit, read back from its PDF for demo users, its counts checked
// against sums made here another way.
class TestReportVisitSummary : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void countsMatchIndependentSums_data()
    {
        QTest::addColumn<int>("user");
        QTest::newRow("BBUser00000") << 0;
        QTest::newRow("BBUser00001") << 1;
        QTest::newRow("BBUser10000") << 10000;
        QTest::newRow("BBUser00374") << 374; // 2,919 claims, mostly prescriptions
    }

    void countsMatchIndependentSums()
    {
        QFETCH(int, user);
        sandbox::SyntheticData data(1);
        const DemoRecord r = demoRecord(data, user);
        QVERIFY(!r.claims.isEmpty());
        const QDate today = QDate::currentDate();
        const report::VisitSummary s = report::summarizeForVisit(r.claims, r.coverages, today);

        // Sums made claim by claim, without the summary's grouping.
        const QDate since24 = today.addMonths(-24);
        const QDate since12 = today.addMonths(-12);
        qint64 diagnosisMentions = 0, fills = 0, stays = 0, providerClaims = 0;
        QSet<QString> codes, drugs;
        for (const fhir::Claim &c : r.claims) {
            const QDate day = dayOf(c);
            if (!day.isValid() || day > today || day < since24)
                continue;
            QSet<QString> ofClaim;
            for (const fhir::Diagnosis &d : c.diagnoses) {
                if (!d.code.isEmpty())
                    ofClaim.insert(d.code);
            }
            diagnosisMentions += ofClaim.size();
            codes.unite(ofClaim);
            if (c.type == fhir::ClaimType::Pde) {
                if (day >= since12 && c.fill) {
                    ++fills;
                    drugs.insert(
                        c.fill->drug.code.isEmpty() ? c.fill->drug.display : c.fill->drug.code);
                }
                continue;
            }
            if (!c.providerId.isEmpty() || !c.providerDisplayName().isEmpty())
                ++providerClaims;
            if (c.type == fhir::ClaimType::Inpatient || c.type == fhir::ClaimType::Snf)
                ++stays;
        }
        qint64 summedMentions = 0, summedFills = 0, summedProviderClaims = 0;
        for (const auto &d : s.diagnoses)
            summedMentions += d.claims;
        for (const auto &p : s.prescriptions)
            summedFills += p.fills;
        for (const auto &p : s.providers)
            summedProviderClaims += p.claims;
        QCOMPARE(s.diagnoses.size(), codes.size());
        QCOMPARE(summedMentions, diagnosisMentions);
        QCOMPARE(s.prescriptions.size(), drugs.size());
        QCOMPARE(summedFills, fills);
        QCOMPARE(summedProviderClaims, providerClaims);
        QCOMPARE(qint64(s.stays.size()), stays);

        // The PDF says the same.
        const report::ReportContext context = report::reportContext(&r.patient, false);
        const QString path = m_dir.filePath(u"summary-%1.pdf"_s.arg(user));
        QString error;
        QCOMPARE(report::writePdfFile(
                     report::visitSummaryReport(&r.patient, s, context), path, {}, {}, &error),
            report::RenderResult::Done);
        const QString text = pdftools::text(path);
        QVERIFY2(!text.isEmpty(), "pdftotext read nothing");
        const QString flat = text.simplified();
        QVERIFY(flat.contains(u"Summary for a Doctor Visit"_s));
        QVERIFY(flat.contains(u"It is not a medical record"_s));
        QVERIFY(flat.contains(u"Medicare claims"_s) || flat.contains(u"claims Medicare"_s));
        QVERIFY(!context.medicareNumber.isEmpty());
        QVERIFY(flat.contains(context.medicareNumber.right(4)));
        QVERIFY(!flat.contains(r.patient.currentMbi())); // masked
        if (!r.patient.displayName().isEmpty())
            QVERIFY(flat.contains(r.patient.displayName()));
        // Every diagnosis row: its code with its count and last date on the same line.
        const QStringList lines = text.split(u'\n');
        for (const auto &d : s.diagnoses) {
            const auto line = std::find_if(lines.begin(), lines.end(), [&](const QString &l) {
                return l.contains(d.code) && l.contains(models::formatDate(d.last));
            });
            QVERIFY2(line != lines.end(), qPrintable(d.code));
            QVERIFY2(line->contains(QString::number(d.claims)), qPrintable(*line));
        }
        for (const auto &p : s.prescriptions)
            QVERIFY2(text.contains(models::formatDate(p.lastFill)), qPrintable(p.drug));
        // One to three pages for the demo's typical users.
        const int pages = pdftools::pageCount(path);
        qInfo("%s: %d pages, %lld diagnoses, %lld drugs, %lld providers, %lld stays",
            QTest::currentDataTag(), pages, qlonglong(s.diagnoses.size()),
            qlonglong(s.prescriptions.size()), qlonglong(s.providers.size()),
            qlonglong(s.stays.size()));
        QVERIFY(pages >= 1);
        if (user != 374) // the typical users; 374 is the sandbox's largest
            QVERIFY2(pages <= 3, qPrintable(QString::number(pages)));
    }

    void inSpanish()
    {
        QVERIFY(useLanguage(*QCoreApplication::instance(), u"es"_s));
        sandbox::SyntheticData data(1);
        const DemoRecord r = demoRecord(data, 1);
        const report::VisitSummary s =
            report::summarizeForVisit(r.claims, r.coverages, QDate::currentDate());
        const QString path = m_dir.filePath(u"summary-es.pdf"_s);
        QCOMPARE(report::writePdfFile(report::visitSummaryReport(
                                          &r.patient, s, report::reportContext(&r.patient, false)),
                     path),
            report::RenderResult::Done);
        const QString flat = pdftools::text(path).simplified();
        QVERIFY2(flat.contains(u"Resumen para una visita al médico"_s), qPrintable(flat.left(300)));
        QVERIFY(flat.contains(u"No es un historial médico"_s));
        useLanguage(*QCoreApplication::instance(), u"en"_s);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
};

QTEST_MAIN(TestReportVisitSummary)
#include "tst_report_visitsummary.moc"
