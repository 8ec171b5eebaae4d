#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxwalker.h"
#include "sandbox/syntheticdata.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSet>
#include <QTest>
#include <QUrlQuery>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;
using namespace bb::sandbox::walker;
using namespace bb::sandbox;

namespace {

const QDateTime kOrigin(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC);
constexpr qint64 kDay = 86400;

// One signed-in beneficiary on a sandbox whose clock stands at kOrigin.
struct Rig
{
    explicit Rig(quint64 seed = 5, const QString &user = u"BBUser00000"_s)
        : server(seed)
    {
        server.clock().freeze(kOrigin);
        FaultSettings faults;
        faults.accessTokenLifetimeSeconds = 200 * 86400; // the clock moves by days here
        server.setFaults(faults);
        if (!server.listen())
            return;
        client = std::make_unique<Client>(server.baseUrl());
        FlowOptions options;
        options.user = user;
        const QJsonObject t = login(*client, options);
        auth = bearer(t.value(u"access_token"_s).toString());
        patient = t.value(u"patient"_s).toString();
    }

    Reply get(const QString &path) { return client->get(path, auth); }

    // The body with the server's own address taken out, to compare two servers.
    QByteArray bytes(const QString &path)
    {
        QByteArray body = client->get(path, auth + Headers {{"Accept-Encoding", "identity"}}).body;
        body.replace(server.baseUrl().toString().toUtf8(), "BASE");
        return body;
    }

    SandboxServer server;
    std::unique_ptr<Client> client;
    Headers auth;
    QString patient;
};

QString link(const QJsonObject &bundle, const QString &relation)
{
    const QJsonArray links = bundle.value(u"link"_s).toArray();
    for (const QJsonValue &l : links) {
        if (l.toObject().value(u"relation"_s).toString() == relation)
            return l.toObject().value(u"url"_s).toString();
    }
    return {};
}

// id -> resource of every entry, following `next`.
QHash<QString, QJsonObject> walk(Rig &rig, const QString &firstPath, int *total = nullptr)
{
    QHash<QString, QJsonObject> out;
    QString next = firstPath;
    bool first = true;
    for (int n = 0; !next.isEmpty() && n < 500; ++n) {
        const Reply r = rig.get(next);
        if (r.status != 200)
            break;
        const QJsonObject b = r.json();
        if (first && total)
            *total = b.value(u"total"_s).toInt(-1);
        first = false;
        const QJsonArray entries = b.value(u"entry"_s).toArray();
        for (const QJsonValue &e : entries) {
            const QJsonObject resource = e.toObject().value(u"resource"_s).toObject();
            out.insert(resource.value(u"id"_s).toString(), resource);
        }
        next = link(b, u"next"_s);
    }
    return out;
}

QDateTime lastUpdatedOf(const QJsonObject &resource)
{
    return QDateTime::fromString(
        resource.value(u"meta"_s).toObject().value(u"lastUpdated"_s).toString(), Qt::ISODateWithMs);
}

QString stamp(const QDateTime &t)
{
    // "+" must be escaped in a query.
    return QString::fromLatin1(QUrl::toPercentEncoding(t.toString(Qt::ISODateWithMs)));
}

QStringList sortedKeys(const QHash<QString, QJsonObject> &h)
{
    QStringList keys = h.keys();
    keys.sort();
    return keys;
}

} // namespace

// Data that change as sandbox time passes (docs/sandbox.md, Data changes) and `_lastUpdated`.
class TestSandboxChanges : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void historyEndsShortlyBeforeTheSandboxStarts()
    {
        SandboxClock clock;
        clock.freeze(kOrigin);
        SyntheticData data(1, &clock);
        const Beneficiary b = data.population().at(0);
        const auto list = data.claims(b);
        QCOMPARE(int(list->claims.size()), 130);
        qint64 newestUpdate = 0;
        qint64 newestEnd = 0;
        for (const ClaimStub &c : list->claims) {
            newestUpdate = std::max(newestUpdate, c.lastUpdatedMs);
            newestEnd = std::max(newestEnd, c.endDay);
        }
        const qint64 now = clock.nowMSecs();
        QVERIFY(newestUpdate < now);
        QVERIFY2(newestUpdate > now - 30 * kDay * 1000,
            qPrintable(QDateTime::fromMSecsSinceEpoch(newestUpdate, Qt::UTC).toString()));
        const QDate today = kOrigin.date();
        QVERIFY2(newestEnd > today.addDays(-60).toJulianDay() && newestEnd < today.toJulianDay(),
            qPrintable(QDate::fromJulianDay(newestEnd).toString(Qt::ISODate)));
        // The app's "last 12 months" view has something to show.
        const auto recent = std::count_if(list->claims.begin(), list->claims.end(),
            [&](const ClaimStub &c) { return c.endDay >= today.addYears(-1).toJulianDay(); });
        QVERIFY(recent >= 5);

        // Every EOB date moved along: nothing after today, `created` in the week before.
        const QJsonObject eob =
            QJsonDocument::fromJson(data.eobJson(b, list->claims.front())).object();
        const QDateTime created =
            QDateTime::fromString(eob.value(u"created"_s).toString(), Qt::ISODate);
        QVERIFY(created.isValid());
        QVERIFY(created < kOrigin && created > kOrigin.addDays(-8));

        // A running clock: the history ends near the real today as well.
        SyntheticData running(1);
        qint64 runningNewest = 0;
        for (const ClaimStub &c : running.claims(b)->claims)
            runningNewest = std::max(runningNewest, c.lastUpdatedMs);
        const qint64 realNow = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(runningNewest < realNow && runningNewest > realNow - 30 * kDay * 1000);
    }

    void frozenClockGivesTheSameBytes()
    {
        Rig a(3);
        Rig b(3);
        QVERIFY(a.client && b.client);
        const QString path = u"/v2/fhir/ExplanationOfBenefit/?_count=50"_s;
        QCOMPARE(b.bytes(path), a.bytes(path));
        QCOMPARE(b.bytes(u"/v2/fhir/Patient/"_s), a.bytes(u"/v2/fhir/Patient/"_s));
        QCOMPARE(b.bytes(u"/v2/fhir/Coverage/"_s), a.bytes(u"/v2/fhir/Coverage/"_s));
        // Without data changes the data stand still while the clock moves.
        const QByteArray before = a.bytes(path);
        a.server.clock().advance(10 * kDay);
        QCOMPARE(a.bytes(path), before);
    }

    void churnIsDeterministicWhateverWasAskedBefore()
    {
        const DataChanges churn {9, 2.0, 1.0, 0.3, 0.5};
        const QStringList paths = {u"/v2/fhir/ExplanationOfBenefit/?_count=50"_s,
            u"/v2/fhir/ExplanationOfBenefit/?_count=50&startIndex=50"_s,
            u"/v2/fhir/ExplanationOfBenefit/?_count=50&startIndex=100"_s,
            u"/v2/fhir/ExplanationOfBenefit/?type=pde&_count=20"_s,
            u"/v2/fhir/ExplanationOfBenefit/?_lastUpdated=gt"_s + stamp(kOrigin),
            u"/v2/fhir/Patient/"_s, u"/v2/fhir/Coverage/"_s};

        Rig a;
        Rig b;
        QVERIFY(a.client && b.client);
        a.server.setDataChanges(churn);
        b.server.setDataChanges(churn);

        // a: straight to day 10. b: asks along the way, in another order.
        a.server.clock().advance(10 * kDay);
        for (qsizetype i = paths.size() - 1; i >= 0; --i)
            b.bytes(paths.at(i));
        b.server.clock().advance(4 * kDay);
        for (qsizetype i = 0; i < paths.size(); i += 2)
            b.bytes(paths.at(i));
        b.server.clock().advance(6 * kDay);

        QList<QByteArray> fromA;
        for (const QString &p : paths)
            fromA << a.bytes(p);
        for (qsizetype i = paths.size() - 1; i >= 0; --i)
            QCOMPARE(b.bytes(paths.at(i)), fromA.at(i));

        // Something did change in those ten days, and a different seed changes other things.
        QVERIFY(a.get(paths.at(4)).json().value(u"total"_s).toInt() > 5);
        Rig c;
        QVERIFY(c.client);
        c.server.setDataChanges({10, 2.0, 1.0, 0.3, 0.5});
        c.server.clock().advance(10 * kDay);
        QVERIFY(c.bytes(paths.at(4)) != fromA.at(4));
        // New settings are served at once, not from the page cache.
        a.server.setDataChanges({10, 2.0, 1.0, 0.3, 0.5});
        QCOMPARE(a.bytes(paths.at(4)), c.bytes(paths.at(4)));
    }

    void dailyChangesShowUpThroughLastUpdated()
    {
        Rig rig;
        QVERIFY(rig.client);
        rig.server.setDataChanges({21, 2.0, 1.0, 0.5, 0.0});
        int totalBefore = 0;
        const auto before = walk(rig, u"/v2/fhir/ExplanationOfBenefit/?_count=50"_s, &totalBefore);
        QCOMPARE(before.size(), 130);
        QCOMPARE(totalBefore, 130);

        rig.server.clock().advance(7 * kDay);
        int totalAfter = 0;
        const auto after = walk(rig, u"/v2/fhir/ExplanationOfBenefit/?_count=50"_s, &totalAfter);
        QCOMPARE(totalAfter, int(after.size()));

        QSet<QString> added, updated, removed;
        for (auto it = after.constBegin(); it != after.constEnd(); ++it) {
            if (!before.contains(it.key()))
                added.insert(it.key());
            else if (lastUpdatedOf(it.value()) != lastUpdatedOf(before.value(it.key())))
                updated.insert(it.key());
            else
                QCOMPARE(it.value(), before.value(it.key())); // untouched claims stay as they were
        }
        for (auto it = before.constBegin(); it != before.constEnd(); ++it) {
            if (!after.contains(it.key()))
                removed.insert(it.key());
        }
        QVERIFY2(added.size() >= 7, qPrintable(QString::number(added.size())));
        QVERIFY(!updated.isEmpty());
        QVERIFY(!removed.isEmpty());
        QCOMPARE(totalAfter, 130 + int(added.size()) - int(removed.size()));

        // New claims: appeared after the origin, serviced shortly before they appeared.
        const QDateTime now = rig.server.clock().now();
        for (const QString &id : std::as_const(added)) {
            const QJsonObject e = after.value(id);
            const QDateTime updatedAt = lastUpdatedOf(e);
            QVERIFY(updatedAt > kOrigin && updatedAt <= now);
            const QDate end = QDate::fromString(
                e.value(u"billablePeriod"_s).toObject().value(u"end"_s).toString(), Qt::ISODate);
            QVERIFY2(end < updatedAt.date() && end > updatedAt.date().addDays(-20), qPrintable(id));
        }
        // Updated claims: same id, a newer lastUpdated and something a reader sees changed.
        for (const QString &id : std::as_const(updated)) {
            QVERIFY(lastUpdatedOf(after.value(id)) > kOrigin);
            QVERIFY(after.value(id).value(u"item"_s) != before.value(id).value(u"item"_s));
        }

        // gt<origin> finds exactly what was added or updated; removed claims are gone from
        // searches and reads.
        int changedTotal = 0;
        const auto changed = walk(rig,
            u"/v2/fhir/ExplanationOfBenefit/?_count=50&_lastUpdated=gt"_s + stamp(kOrigin),
            &changedTotal);
        QStringList expected = (added + updated).values();
        expected.sort();
        QCOMPARE(sortedKeys(changed), expected);
        QCOMPARE(changedTotal, int(expected.size()));
        for (const QString &id : std::as_const(removed))
            QCOMPARE(rig.get(u"/v2/fhir/ExplanationOfBenefit/"_s + id).status, 404);

        // A later cut-off sees only the later changes.
        const QDateTime mid = kOrigin.addDays(4);
        QStringList later;
        for (auto it = changed.constBegin(); it != changed.constEnd(); ++it) {
            if (lastUpdatedOf(it.value()) > mid)
                later << it.key();
        }
        later.sort();
        QVERIFY(!later.isEmpty() && later.size() < expected.size());
        QCOMPARE(sortedKeys(walk(rig,
                     u"/v2/fhir/ExplanationOfBenefit/?_count=50&_lastUpdated=gt"_s + stamp(mid))),
            later);
    }

    void scriptedChangesForTests()
    {
        Rig rig;
        QVERIFY(rig.client);
        const int totalBefore =
            rig.get(u"/v2/fhir/ExplanationOfBenefit/"_s).json().value(u"total"_s).toInt();
        rig.server.clock().advance(3600);
        const QDateTime cut = rig.server.clock().now();
        rig.server.clock().advance(60);
        const AppliedChanges applied = rig.server.changeClaims(
            rig.patient, {.added = 3, .updated = 2, .removed = 1, .seed = 4});
        QCOMPARE(applied.added.size(), 3);
        QCOMPARE(applied.updated.size(), 2);
        QCOMPARE(applied.removed.size(), 1);
        QVERIFY(rig.server.changeClaims(u"-1"_s, {.added = 1}).added.isEmpty());

        const QJsonObject all = rig.get(u"/v2/fhir/ExplanationOfBenefit/"_s).json();
        QCOMPARE(all.value(u"total"_s).toInt(), totalBefore + 3 - 1);
        const auto changed =
            walk(rig, u"/v2/fhir/ExplanationOfBenefit/?_count=50&_lastUpdated=gt"_s + stamp(cut));
        QStringList expected = applied.added + applied.updated;
        expected.sort();
        QCOMPARE(sortedKeys(changed), expected);
        for (const QJsonObject &e : changed)
            QCOMPARE(lastUpdatedOf(e), rig.server.clock().now());
        const Reply gone = rig.get(u"/v2/fhir/ExplanationOfBenefit/"_s + applied.removed.first());
        QCOMPARE(gone.status, 404);
        QCOMPARE(rig.get(u"/v2/fhir/ExplanationOfBenefit/"_s + applied.added.first()).status, 200);

        // A second step of the script: only its own changes are newer than the first.
        rig.server.clock().advance(60);
        const QDateTime second = rig.server.clock().now().addMSecs(-1);
        const AppliedChanges again =
            rig.server.changeClaims(rig.patient, {.updated = 1, .seed = 4});
        QCOMPARE(again.updated.size(), 1);
        QCOMPARE(sortedKeys(walk(
                     rig, u"/v2/fhir/ExplanationOfBenefit/?_lastUpdated=gt"_s + stamp(second))),
            again.updated);

        // The same script on another server gives the same answers.
        Rig other;
        QVERIFY(other.client);
        other.server.clock().advance(3660);
        QCOMPARE(
            other.server
                .changeClaims(other.patient, {.added = 3, .updated = 2, .removed = 1, .seed = 4})
                .added,
            applied.added);
    }

    void lastUpdatedOperators()
    {
        Rig rig;
        QVERIFY(rig.client);
        const auto all = walk(rig, u"/v2/fhir/ExplanationOfBenefit/?_count=50"_s);
        QList<QDateTime> stamps;
        for (const QJsonObject &e : all)
            stamps << lastUpdatedOf(e);
        std::sort(stamps.begin(), stamps.end());
        const QDateTime pivot = stamps.at(stamps.size() / 2);
        auto count = [&](auto pred) {
            return int(std::count_if(stamps.begin(), stamps.end(), pred));
        };
        auto total = [&](const QString &query) {
            const Reply r = rig.get(u"/v2/fhir/ExplanationOfBenefit/?"_s + query);
            return r.status == 200 ? r.json().value(u"total"_s).toInt() : -r.status;
        };
        const QString at = stamp(pivot);
        QCOMPARE(total(u"_lastUpdated=gt"_s + at), count([&](auto t) { return t > pivot; }));
        QCOMPARE(total(u"_lastUpdated=ge"_s + at), count([&](auto t) { return t >= pivot; }));
        QCOMPARE(total(u"_lastUpdated=lt"_s + at), count([&](auto t) { return t < pivot; }));
        QCOMPARE(total(u"_lastUpdated=le"_s + at), count([&](auto t) { return t <= pivot; }));
        QVERIFY(total(u"_lastUpdated=ge"_s + at) > total(u"_lastUpdated=gt"_s + at));

        // Repeated parameters are ANDed.
        const QDateTime low = stamps.first().addDays(200);
        QCOMPARE(total(u"_lastUpdated=ge"_s + stamp(low) + u"&_lastUpdated=lt"_s + at),
            count([&](auto t) { return t >= low && t < pivot; }));
        QCOMPARE(total(u"_lastUpdated=gt"_s + at + u"&_lastUpdated=lt"_s + at), 0);

        // The paging links carry the filters.
        const QJsonObject page =
            rig.get(u"/v2/fhir/ExplanationOfBenefit/?_count=5&_lastUpdated=le"_s + at).json();
        const QUrlQuery next(QUrl(link(page, u"next"_s)).query());
        QCOMPARE(next.allQueryItemValues(u"_lastUpdated"_s, QUrl::FullyDecoded),
            QStringList {u"le"_s + pivot.toString(Qt::ISODateWithMs)});
        QVERIFY(
            QUrl(link(page, u"self"_s)).query(QUrl::FullyDecoded).contains(u"_lastUpdated=le"_s));

        // Anything but lt, le, gt and ge is refused, on every resource.
        const QByteArray invalid = R"j({"detail":"the _lastUpdated operator is not valid"})j";
        for (const QString &resource : {u"ExplanationOfBenefit"_s, u"Patient"_s, u"Coverage"_s}) {
            for (const QString &value : {u"eq2026-01-01"_s, u"2026-01-01"_s, u"ge"_s}) {
                const Reply r = rig.get(u"/v2/fhir/"_s + resource + u"/?_lastUpdated="_s + value);
                QCOMPARE(r.status, 400);
                QCOMPARE(r.body, invalid);
            }
        }
    }

    void patientAndCoverageHonourLastUpdated()
    {
        Rig rig;
        QVERIFY(rig.client);
        const QString since = u"_lastUpdated=gt"_s + stamp(kOrigin);
        auto total = [&](const QString &path) {
            return rig.get(path).json().value(u"total"_s).toInt(-1);
        };
        QCOMPARE(total(u"/v2/fhir/Patient/"_s), 1);
        QCOMPARE(total(u"/v2/fhir/Coverage/"_s), 4);
        QCOMPARE(total(u"/v2/fhir/Patient/?"_s + since), 0);
        QCOMPARE(total(u"/v2/fhir/Coverage/?"_s + since), 0);
        QCOMPARE(total(u"/v2/fhir/Coverage/?_lastUpdated=lt"_s + stamp(kOrigin)), 4);

        const QJsonObject patientBefore = rig.get(u"/v2/fhir/Patient/"_s + rig.patient).json();
        rig.server.clock().advance(kDay);
        QVERIFY(rig.server.updateDemographics(rig.patient, Demographics::Patient));
        QVERIFY(rig.server.updateDemographics(rig.patient, Demographics::Coverage));
        QVERIFY(!rig.server.updateDemographics(u"-1"_s, Demographics::Patient));

        const QJsonObject patients = rig.get(u"/v2/fhir/Patient/?"_s + since).json();
        QCOMPARE(patients.value(u"total"_s).toInt(), 1);
        const QJsonObject patient =
            patients.value(u"entry"_s).toArray().at(0).toObject().value(u"resource"_s).toObject();
        QCOMPARE(lastUpdatedOf(patient), rig.server.clock().now());
        QVERIFY(patient.value(u"address"_s) != patientBefore.value(u"address"_s));
        QCOMPARE(patient.value(u"name"_s), patientBefore.value(u"name"_s));
        QCOMPARE(lastUpdatedOf(patients), rig.server.clock().now()); // Bundle.meta

        const QJsonObject coverages = rig.get(u"/v2/fhir/Coverage/?"_s + since).json();
        QCOMPARE(coverages.value(u"total"_s).toInt(), 1);
        QCOMPARE(coverages.value(u"entry"_s).toArray().size(), 1);
        QCOMPARE(total(u"/v2/fhir/Coverage/"_s), 4);
        QCOMPARE(total(u"/v2/fhir/Coverage/?_lastUpdated=le"_s + stamp(kOrigin)), 3);
        QVERIFY(!link(coverages, u"self"_s).isEmpty());
        QVERIFY(QUrl(link(coverages, u"self"_s))
                    .query(QUrl::FullyDecoded)
                    .contains(u"_lastUpdated=gt"_s));

        // Daily demographic changes, like the claims', come from the seed and the day.
        Rig daily;
        QVERIFY(daily.client);
        daily.server.setDataChanges({3, 0.0, 0.0, 0.0, 1.0});
        daily.server.clock().advance(20 * kDay);
        const int patientChanged =
            daily.get(u"/v2/fhir/Patient/?"_s + since).json().value(u"total"_s).toInt();
        const int coverageChanged =
            daily.get(u"/v2/fhir/Coverage/?"_s + since).json().value(u"total"_s).toInt();
        QCOMPARE(patientChanged, 1);
        QVERIFY2(coverageChanged >= 2, qPrintable(QString::number(coverageChanged)));
        QCOMPARE(daily.get(u"/v2/fhir/ExplanationOfBenefit/?"_s + since)
                     .json()
                     .value(u"total"_s)
                     .toInt(),
            0);
    }

    // bbsandbox --churn --frozen-at --advance-days answers what the C++ knobs give.
    void commandLine()
    {
        QProcess p;
        p.start(QStringLiteral(BB_SANDBOX_EXE),
            {u"--port"_s, u"0"_s, u"--churn"_s, u"7:2:1:0.2"_s, u"--frozen-at"_s,
                u"2026-12-01T12:00:00Z"_s, u"--advance-days"_s, u"3"_s});
        QVERIFY(p.waitForStarted());
        QString out;
        QTRY_VERIFY_WITH_TIMEOUT(
            (out += QString::fromUtf8(p.readAllStandardOutput())).count(u'\n') >= 4, 10000);
        const QUrl base(out.section(u'\n', 0, 0).mid(9));
        Client client(base);
        const Headers auth = bearer(login(client).value(u"access_token"_s).toString())
            + Headers {{"Accept-Encoding", "identity"}};
        const QString path =
            u"/v2/fhir/ExplanationOfBenefit/?_lastUpdated=gt2026-12-01T12:00:00Z"_s;
        QByteArray fromExe = client.get(path, auth).body;
        fromExe.replace(base.toString().toUtf8(), "BASE");
        p.terminate();
        QVERIFY(p.waitForFinished(5000));

        Rig rig(1);
        QVERIFY(rig.client);
        DataChanges churn = DataChanges::withDefaults(7);
        churn.claimsAddedPerDay = 2;
        churn.claimsUpdatedPerDay = 1;
        churn.claimsRemovedPerDay = 0.2;
        rig.server.setDataChanges(churn);
        rig.server.clock().advance(3 * kDay);
        QVERIFY(QJsonDocument::fromJson(fromExe).object().value(u"total"_s).toInt() > 3);
        QCOMPARE(fromExe, rig.bytes(path));

        QProcess help;
        help.start(QStringLiteral(BB_SANDBOX_EXE), {u"--help"_s});
        QVERIFY(help.waitForFinished(10000));
        const QByteArray text = help.readAllStandardOutput();
        for (const char *flag : {"--churn", "--frozen-at", "--advance-days"})
            QVERIFY2(text.contains(flag), flag);
        for (const QStringList &args :
            {QStringList {u"--churn"_s, u"7:x"_s}, QStringList {u"--churn"_s, u"7:1:1"_s},
                QStringList {u"--frozen-at"_s, u"soon"_s}}) {
            QProcess bad;
            bad.start(QStringLiteral(BB_SANDBOX_EXE), args);
            QVERIFY(bad.waitForFinished(10000));
            QCOMPARE(bad.exitCode(), 2);
            QVERIFY(bad.readAllStandardError().contains(args.first().toUtf8()));
        }
    }
};

QTEST_GUILESS_MAIN(TestSandboxChanges)
#include "tst_sandbox_changes.moc"
