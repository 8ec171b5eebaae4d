#include "sandbox/population.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxwalker.h"
#include "sandbox/syntheticdata.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace bb::sandbox::walker;
using namespace bb::sandbox;

namespace {

QJsonArray codings(const QJsonObject &o, const QString &key)
{
    return o.value(key).toObject().value(u"coding"_s).toArray();
}

qint64 cents(const QJsonValue &amount)
{
    return qint64(std::llround(amount.toObject().value(u"value"_s).toDouble() * 100));
}

QString variableOf(const QJsonObject &adjudication)
{
    return codings(adjudication, u"category"_s)
        .last()
        .toObject()
        .value(u"code"_s)
        .toString()
        .section(u'/', -1);
}

} // namespace

// The synthetic data: deterministic, shaped like the BFD fixtures, plausible, fast.
class TestSandboxData : public QObject
{
    Q_OBJECT

    QList<QJsonObject> allEobs(SyntheticData &data, int userIndex)
    {
        const Beneficiary b = data.population().at(userIndex);
        QList<QJsonObject> out;
        const auto list = data.claims(b);
        for (const ClaimStub &c : list->claims)
            out << QJsonDocument::fromJson(data.eobJson(b, c)).object();
        return out;
    }

private Q_SLOTS:
    void specialUsers()
    {
        const Population pop(1);
        QCOMPARE(pop.at(0).username, u"BBUser00000"_s);
        QCOMPARE(pop.at(0).password, u"PW00000!"_s);
        QCOMPARE(pop.at(0).patientId, u"-10000010254618"_s);
        QCOMPARE(pop.at(0).mbi, u"1S00EU7JH19"_s);
        QCOMPARE(pop.at(1).patientId, u"-10000010254647"_s);
        QCOMPARE(pop.at(1).mbi, u"1S00EU7JH47"_s);
        QCOMPARE(pop.at(0).totalClaims(), 130);
        QCOMPARE(pop.at(1).totalClaims(), 43);
        QCOMPARE(pop.at(2).totalClaims(), 3);
        QCOMPARE(pop.at(3).totalClaims(), 0);
        QVERIFY(pop.at(4).declinesDemographics);
        QVERIFY(pop.at(5).grantExpiresAtOnce);
        QVERIFY(!pop.at(6).hasRecord);
        QCOMPARE(pop.at(7).familyName, u"Núñez-Ibáñez"_s);
        QCOMPARE(pop.at(374).totalClaims(), 2919);
        QCOMPARE(pop.at(374).claims[std::size_t(ClaimType::Pde)], 2502);
        QCOMPARE(pop.at(10001).totalClaims(), 10000);
        for (int t = 0; t < kClaimTypeCount; ++t)
            QVERIFY(pop.at(10000).claims[std::size_t(t)] > 0);
        QCOMPARE(pop.byUsername(u"bbuser00374"_s)->index, 374);
        QVERIFY(!pop.byUsername(u"BBUser99999"_s));
        QCOMPARE(pop.byPatientId(pop.at(1234).patientId)->index, 1234);
        QVERIFY(!pop.byPatientId(pop.at(6).patientId)); // no beneficiary record
    }

    void populationLooksLikeTheRealSandbox()
    {
        const Population pop(1);
        QList<int> totals;
        int zero = 0;
        int nonAscii = 0;
        QSet<QString> ids;
        for (int i = 0; i < 10000; ++i) {
            const Beneficiary b = pop.at(i);
            totals << b.totalClaims();
            zero += b.totalClaims() == 0;
            const QString name = b.givenName + b.familyName;
            nonAscii += name.toLatin1() != name.toUtf8();
            ids.insert(b.patientId);
        }
        std::sort(totals.begin(), totals.end());
        const int median = totals.at(5000);
        QVERIFY2(median >= 30 && median <= 60, qPrintable(QString::number(median)));
        QVERIFY2(zero > 900 && zero < 1700, qPrintable(QString::number(zero)));
        QVERIFY(nonAscii > 100);
        QCOMPARE(ids.size(), 10000);
    }

    void sameSeedSameBytes()
    {
        SandboxServer a(42);
        SandboxServer b(42);
        SandboxServer c(43);
        QVERIFY(a.listen());
        QVERIFY(b.listen());
        QVERIFY(c.listen());
        auto page = [](SandboxServer &s, const QString &path) {
            Client client(s.baseUrl());
            const QJsonObject t = login(client);
            QByteArray body = client
                                  .get(path,
                                      bearer(t.value(u"access_token"_s).toString())
                                          + Headers {{"Accept-Encoding", "identity"}})
                                  .body;
            // Only the host differs between two servers.
            body.replace(s.baseUrl().toString().toUtf8(), "BASE");
            return body;
        };
        for (const QString &path :
            {u"/v2/fhir/ExplanationOfBenefit/?_count=50&startIndex=50"_s, u"/v2/fhir/Patient/"_s,
                u"/v2/fhir/Coverage/"_s, u"/v2/fhir/ExplanationOfBenefit/?type=pde"_s}) {
            const QByteArray x = page(a, path);
            QVERIFY(x.size() > 500);
            QCOMPARE(page(b, path), x);
        }
        const QByteArray x = page(a, u"/v2/fhir/ExplanationOfBenefit/?_count=50"_s);
        QVERIFY(page(c, u"/v2/fhir/ExplanationOfBenefit/?_count=50"_s) != x);
    }

    void allEightClaimTypesAreShapedLikeTheFixtures()
    {
        // The history ends in the week before the clock's origin: the data set's 2023-07-20
        // extraction moves by 175 weeks, to 2026-11-26.
        SandboxClock clock;
        clock.freeze(QDateTime(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC));
        SyntheticData data(1, &clock);
        QCOMPARE(data.historyShiftDays(), 175 * 7);
        const QList<QJsonObject> eobs = allEobs(data, 0);
        QCOMPARE(eobs.size(), 130);
        const QHash<QString, QString> profiles = {
            {u"carrier"_s, u"C4BB-ExplanationOfBenefit-Professional-NonClinician"_s},
            {u"dme"_s, u"C4BB-ExplanationOfBenefit-Inpatient-Institutional"_s},
            {u"hha"_s, u"C4BB-ExplanationOfBenefit-Professional-NonClinician"_s},
            {u"hospice"_s, u"C4BB-ExplanationOfBenefit-Inpatient-Institutional"_s},
            {u"inpatient"_s, u"C4BB-ExplanationOfBenefit-Inpatient-Institutional"_s},
            {u"outpatient"_s, u"C4BB-ExplanationOfBenefit-Outpatient-Institutional"_s},
            {u"pde"_s, u"C4BB-ExplanationOfBenefit-Pharmacy"_s},
            {u"snf"_s, u"C4BB-ExplanationOfBenefit-Inpatient-Institutional"_s},
        };
        QSet<QString> seen;
        for (const QJsonObject &e : eobs) {
            const QString id = e.value(u"id"_s).toString();
            const QString type = id.section(u'-', 0, 0);
            seen.insert(type);
            QVERIFY2(id.contains(u"--"_s), qPrintable(id)); // negative synthetic claim ids
            QCOMPARE(e.value(u"resourceType"_s).toString(), u"ExplanationOfBenefit"_s);
            QCOMPARE(e.value(u"status"_s).toString(), u"active"_s);
            QCOMPARE(e.value(u"patient"_s).toObject().value(u"reference"_s).toString(),
                u"Patient/-10000010254618"_s);
            QVERIFY(e.value(u"meta"_s)
                        .toObject()
                        .value(u"profile"_s)
                        .toArray()
                        .at(0)
                        .toString()
                        .endsWith(profiles.value(type)));
            QJsonObject eobType;
            const QJsonArray typeCodings = codings(e, u"type"_s);
            for (const QJsonValue &tc : typeCodings) {
                if (tc.toObject().value(u"system"_s).toString().endsWith(u"/eob-type"_s))
                    eobType = tc.toObject();
            }
            QCOMPARE(eobType.value(u"system"_s).toString(),
                u"https://bluebutton.cms.gov/resources/codesystem/eob-type"_s);
            QCOMPARE(eobType.value(u"code"_s).toString(), type.toUpper());
            QCOMPARE(e.value(u"created"_s).toString(), u"2026-11-26T21:40:41-04:00"_s);
            const QJsonObject period = e.value(u"billablePeriod"_s).toObject();
            QVERIFY(period.value(u"start"_s).toString() <= period.value(u"end"_s).toString());
            // 2015-01-01 moved at least as far as the extraction; a service ends a week or more
            // before its load, the newest load is a week or more before the origin.
            QVERIFY(period.value(u"start"_s).toString() >= u"2018-05-10"_s);
            QVERIFY(period.value(u"end"_s).toString() <= u"2026-11-17"_s);
            const QJsonArray items = e.value(u"item"_s).toArray();
            QVERIFY(!items.isEmpty());
            if (type != u"pde"_s) {
                QCOMPARE(codings(e.value(u"diagnosis"_s).toArray().at(0).toObject(),
                             u"diagnosisCodeableConcept"_s)
                             .at(0)
                             .toObject()
                             .value(u"system"_s)
                             .toString(),
                    u"http://hl7.org/fhir/sid/icd-10-cm"_s);
                qint64 paid = 0;
                qint64 billed = 0;
                for (const QJsonValue &iv : items) {
                    qint64 submitted = -1;
                    qint64 allowed = -1;
                    qint64 linePaid = 0;
                    const QJsonArray adjudications =
                        iv.toObject().value(u"adjudication"_s).toArray();
                    for (const QJsonValue &av : adjudications) {
                        const QJsonObject a = av.toObject();
                        const QString variable = variableOf(a);
                        if (variable == u"line_sbmtd_chrg_amt"_s
                            || variable == u"rev_cntr_tot_chrg_amt"_s)
                            submitted = cents(a.value(u"amount"_s));
                        if (variable == u"line_alowd_chrg_amt"_s)
                            allowed = cents(a.value(u"amount"_s));
                        if (variable == u"line_prvdr_pmt_amt"_s
                            || variable == u"rev_cntr_prvdr_pmt_amt"_s)
                            linePaid = cents(a.value(u"amount"_s));
                    }
                    QVERIFY(submitted > 0);
                    if (allowed >= 0)
                        QVERIFY(allowed <= submitted);
                    QVERIFY(linePaid <= submitted);
                    billed += submitted;
                    paid += linePaid;
                }
                if (type == u"carrier"_s || type == u"dme"_s || type == u"outpatient"_s
                    || type == u"hospice"_s)
                    QCOMPARE(cents(e.value(u"payment"_s).toObject().value(u"amount"_s)), paid);
                const QJsonArray totals = e.value(u"total"_s).toArray();
                for (const QJsonValue &t : totals) {
                    if (codings(t.toObject(), u"category"_s)
                            .at(0)
                            .toObject()
                            .value(u"code"_s)
                            .toString()
                        == u"submitted"_s)
                        QCOMPARE(cents(t.toObject().value(u"amount"_s)), billed);
                }
            } else {
                const QJsonObject product =
                    codings(items.at(0).toObject(), u"productOrService"_s).at(0).toObject();
                QCOMPARE(product.value(u"system"_s).toString(), u"http://hl7.org/fhir/sid/ndc"_s);
                QCOMPARE(product.value(u"code"_s).toString().size(), 11);
                QVERIFY(!product.value(u"display"_s).toString().isEmpty());
                qint64 cost = 0, patientPay = 0, planPaid = 0;
                const QJsonArray adjudications =
                    items.at(0).toObject().value(u"adjudication"_s).toArray();
                for (const QJsonValue &av : adjudications) {
                    const QString variable = variableOf(av.toObject());
                    if (variable == u"tot_rx_cst_amt"_s)
                        cost = cents(av.toObject().value(u"amount"_s));
                    else if (variable == u"ptnt_pay_amt"_s)
                        patientPay = cents(av.toObject().value(u"amount"_s));
                    else if (variable == u"cvrd_d_plan_pd_amt"_s)
                        planPaid = cents(av.toObject().value(u"amount"_s));
                }
                QVERIFY(cost > 0);
                QCOMPARE(patientPay + planPaid, cost);
                QVERIFY(!e.value(u"payment"_s).toObject().contains(u"amount"_s));
            }
        }
        QCOMPARE(seen.size(), 8);
    }

    void chronicPrescriptionsRepeat()
    {
        SyntheticData data(1);
        const QList<QJsonObject> eobs = allEobs(data, 374);
        QHash<QString, int> fills;
        for (const QJsonObject &e : eobs) {
            if (!e.value(u"id"_s).toString().startsWith(u"pde-"_s))
                continue;
            const QString ndc =
                codings(e.value(u"item"_s).toArray().at(0).toObject(), u"productOrService"_s)
                    .at(0)
                    .toObject()
                    .value(u"code"_s)
                    .toString();
            fills[ndc] += 1;
        }
        int maxFills = 0;
        for (int n : std::as_const(fills))
            maxFills = std::max(maxFills, n);
        QVERIFY2(maxFills >= 50, qPrintable(QString::number(maxFills)));
    }

    void stressUserIsFast()
    {
        SyntheticData data(1);
        const Beneficiary b = data.population().at(10001);
        QElapsedTimer t;
        t.start();
        const auto list = data.claims(b);
        const qint64 listMs = t.elapsed();
        QCOMPARE(int(list->claims.size()), 10000);
        qInfo("10,000-claim list generated in %lld ms", listMs);
        QVERIFY(listMs < 1000);
        t.restart();
        for (int i = 5000; i < 5050; ++i)
            QVERIFY(!data.eobJson(b, list->claims[std::size_t(i)]).isEmpty());
        const qint64 pageMs = t.elapsed();
        qInfo("50 EOBs built in %lld ms", pageMs);
        QVERIFY(pageMs < 1000);
    }

    void warmUp()
    {
        SandboxServer server(1);
        QCOMPARE(server.warmUp(u"BBUser00002"_s), 3);
        QCOMPARE(server.warmUp(u"BBUser00006"_s), -1);
        QCOMPARE(server.warmUp(u"nobody"_s), -1);
        QElapsedTimer t;
        t.start();
        QCOMPARE(server.warmUp(u"BBUser00374"_s), 2919);
        qInfo("warm-up of the 2,919-claim user: %lld ms", t.elapsed());
    }

    void stressUserPagesOverHttp()
    {
        SandboxServer server(1);
        QVERIFY(server.listen());
        Client client(server.baseUrl());
        FlowOptions o;
        o.user = u"BBUser10001"_s;
        QElapsedTimer t;
        const QJsonObject tok = login(client, o);
        const Headers auth =
            bearer(tok.value(u"access_token"_s).toString()) + Headers {{"Accept-Encoding", "gzip"}};
        t.start();
        Reply r = client.get(u"/v2/fhir/ExplanationOfBenefit/?_count=50&startIndex=9950"_s, auth);
        const qint64 cold = r.elapsedMs;
        QCOMPARE(r.status, 200);
        r = client.get(u"/v2/fhir/ExplanationOfBenefit/?_count=50&startIndex=9950"_s, auth);
        const qint64 warm = r.elapsedMs;
        r = client.get(u"/v2/fhir/ExplanationOfBenefit/?_count=50&startIndex=100&type=pde"_s, auth);
        QCOMPARE(r.status, 200);
        qInfo("stress user: first page %lld ms (generation included), repeated page %lld ms, pde "
              "page %lld ms",
            cold, warm, r.elapsedMs);
        QVERIFY(warm < 500);
    }
};

QTEST_GUILESS_MAIN(TestSandboxData)
#include "tst_sandbox_data.moc"
