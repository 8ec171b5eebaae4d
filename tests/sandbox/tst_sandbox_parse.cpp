#include "fhir/parser.h"
#include "sandbox/sandboxwalker.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace bb::sandbox::walker;
using bb::sandbox::SandboxServer;

// Every kind of response the sandbox generates goes through bbviewer's FHIR reader, so the
// synthetic data can never drift into shapes the app cannot read.
class TestSandboxParse : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<Client> m_client;

    bb::fhir::Document fetch(const Headers &auth, const QString &pathOrUrl)
    {
        const Reply r = m_client->get(pathOrUrl, auth);
        if (r.status != 200)
            qWarning() << pathOrUrl << r.status << r.body.left(200);
        return bb::fhir::parseDocument(r.body, pathOrUrl);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<SandboxServer>(7);
        QVERIFY(m_server->listen());
        m_client = std::make_unique<Client>(m_server->baseUrl());
    }

    void everyResponseParses_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<int>("types");
        QTest::newRow("demo, all 8 types") << u"BBUser00000"_s << 8;
        QTest::newRow("median") << u"BBUser00001"_s << 0;
        QTest::newRow("no claims") << u"BBUser00003"_s << 0;
        QTest::newRow("non-ASCII name") << u"BBUser00007"_s << 0;
        QTest::newRow("every type") << u"BBUser10000"_s << 8;
    }

    void everyResponseParses()
    {
        QFETCH(QString, user);
        QFETCH(int, types);
        FlowOptions options;
        options.user = user;
        const QJsonObject token = login(*m_client, options);
        const QString patientId = token.value(u"patient"_s).toString();
        QVERIFY(!patientId.isEmpty());
        const Headers auth = bearer(token.value(u"access_token"_s).toString());

        const bb::fhir::Document patient = fetch(auth, u"/v2/fhir/Patient/"_s + patientId);
        QVERIFY2(patient.ok(), qPrintable(patient.errors.value(0).toString()));
        QCOMPARE(patient.patients.size(), 1);
        QCOMPARE(patient.patients.first().id, patientId);
        QVERIFY(!patient.patients.first().displayName().isEmpty());
        QVERIFY(!patient.patients.first().currentMbi().isEmpty());

        const bb::fhir::Document coverage = fetch(auth, u"/v2/fhir/Coverage/"_s);
        QVERIFY2(coverage.ok(), qPrintable(coverage.errors.value(0).toString()));
        QCOMPARE(coverage.coverages.size(), 4);
        for (const bb::fhir::Coverage &c : coverage.coverages)
            QVERIFY(c.part != bb::fhir::Coverage::Part::Unknown);

        // Every page of claims: each parses completely, and together they are the total.
        QString next = u"/v2/fhir/ExplanationOfBenefit/?_count=50"_s;
        QSet<QString> ids;
        QSet<int> seenTypes;
        qint64 total = -1;
        while (!next.isEmpty()) {
            const bb::fhir::Document page = fetch(auth, next);
            QVERIFY2(page.ok(), qPrintable(page.errors.value(0).toString()));
            QVERIFY(page.total);
            total = *page.total;
            QCOMPARE(page.claims.size(), page.entryCount);
            for (const bb::fhir::Claim &c : page.claims) {
                QVERIFY2(c.type != bb::fhir::ClaimType::Unknown, qPrintable(c.id));
                QVERIFY(c.billablePeriod.start.isValid());
                QVERIFY2(c.amounts.billed || c.amounts.medicarePaid, qPrintable(c.id));
                if (c.type == bb::fhir::ClaimType::Pde) {
                    QVERIFY(c.fill);
                    QVERIFY(!c.fill->drug.display.isEmpty());
                } else {
                    QVERIFY2(c.principalDiagnosis(), qPrintable(c.id));
                }
                ids.insert(c.id);
                seenTypes.insert(int(c.type));
            }
            next = page.links.next.toString();
        }
        QCOMPARE(qint64(ids.size()), total);
        if (types > 0)
            QCOMPARE(seenTypes.size(), types);

        // A single read parses to the same claim as its search entry.
        if (!ids.isEmpty()) {
            const QString id = *ids.constBegin();
            const bb::fhir::Document one = fetch(auth, u"/v2/fhir/ExplanationOfBenefit/"_s + id);
            QVERIFY(one.ok());
            QCOMPARE(one.claims.size(), 1);
            QCOMPARE(one.claims.first().id, id);
        }
    }
};

QTEST_GUILESS_MAIN(TestSandboxParse)
#include "tst_sandbox_parse.moc"
