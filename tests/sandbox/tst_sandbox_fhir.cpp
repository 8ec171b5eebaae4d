#include "sandbox/fhirsearch.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxwalker.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSet>
#include <QTest>
#include <QUrlQuery>

#include <algorithm>
#include <limits>
#include <memory>

using namespace Qt::StringLiterals;
using namespace bb::sandbox::walker;
using bb::sandbox::SandboxServer;

// The FHIR API of docs/api-notes.md (FHIR calls): errors, search parameters and BFD's paging.
class TestSandboxFhir : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<Client> m_client;
    Headers m_auth;
    QString m_patient;

    Reply get(const QString &path) { return m_client->get(path, m_auth); }

    static QStringList ids(const QJsonObject &bundle)
    {
        QStringList out;
        const QJsonArray entries = bundle.value(u"entry"_s).toArray();
        for (const QJsonValue &e : entries)
            out << e.toObject().value(u"resource"_s).toObject().value(u"id"_s).toString();
        return out;
    }

    static QString link(const QJsonObject &bundle, const QString &relation)
    {
        const QJsonArray links = bundle.value(u"link"_s).toArray();
        for (const QJsonValue &l : links) {
            if (l.toObject().value(u"relation"_s).toString() == relation)
                return l.toObject().value(u"url"_s).toString();
        }
        return {};
    }

    // Every EOB of the user, by following `next` from the first page.
    QList<QJsonObject> walk(const QString &firstPath, int *pages = nullptr)
    {
        QList<QJsonObject> out;
        QString next = firstPath;
        int n = 0;
        while (!next.isEmpty() && n < 2000) {
            const Reply r = get(next);
            if (r.status != 200)
                break;
            const QJsonObject b = r.json();
            const QJsonArray entries = b.value(u"entry"_s).toArray();
            for (const QJsonValue &e : entries)
                out << e.toObject().value(u"resource"_s).toObject();
            next = link(b, u"next"_s);
            ++n;
        }
        if (pages)
            *pages = n;
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<SandboxServer>(11);
        QVERIFY(m_server->listen());
        m_client = std::make_unique<Client>(m_server->baseUrl());
        const QJsonObject t = login(*m_client);
        m_auth = bearer(t.value(u"access_token"_s).toString());
        m_patient = t.value(u"patient"_s).toString();
        QCOMPARE(m_patient, u"-10000010254618"_s);
    }

    void authErrors()
    {
        Reply r = m_client->get(u"/v2/fhir/ExplanationOfBenefit/"_s);
        QCOMPARE(r.status, 401);
        QCOMPARE(
            r.body, QByteArray(R"j({"detail":"Authentication credentials were not provided."})j"));
        QCOMPARE(r.header("www-authenticate"), QByteArray("Bearer realm=\"api\""));
        r = m_client->get(u"/v2/fhir/ExplanationOfBenefit/"_s, bearer(u"bogus"_s));
        QCOMPARE(r.status, 401);
        QVERIFY(r.header("www-authenticate").contains("error=\"invalid_token\""));
        Headers lower = m_auth;
        lower[0].second.replace("Bearer ", "bearer ");
        QCOMPARE(m_client->get(u"/v2/fhir/Coverage/"_s, lower).status, 200);
        r = get(u"/v2/fhir/ExplanationOfBenefit/?access_token=abc"_s);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json().value(u"detail"_s).toString(),
            u"Using the access token in the query parameters is not supported. Use the Authorization header instead"_s);
    }

    void foreignAndUnknownIds()
    {
        const QByteArray forbidden =
            R"j({"detail":"You do not have permission to perform this action."})j";
        const QByteArray notFound = R"j({"detail":"Not found."})j";
        Reply r = get(u"/v2/fhir/ExplanationOfBenefit/?patient=-10000010254647"_s);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.body, forbidden);
        QCOMPARE(get(u"/v2/fhir/ExplanationOfBenefit/?patient="_s + m_patient).status, 200);
        QCOMPARE(get(u"/v2/fhir/Coverage/?beneficiary=Patient/-10000010254647"_s).status, 403);
        QCOMPARE(get(u"/v2/fhir/Coverage/?beneficiary=Patient/"_s + m_patient).status, 200);
        r = get(u"/v2/fhir/Patient/-10000010254647"_s);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.body, notFound);
        QCOMPARE(get(u"/v2/fhir/Patient/?_id=-10000010254647"_s).status, 404);
        QCOMPARE(get(u"/v2/fhir/ExplanationOfBenefit/carrier--1"_s).body, notFound);
        QCOMPARE(get(u"/v2/fhir/Coverage/part-a--10000010254647"_s).status, 404);
        QCOMPARE(get(u"/v2/fhir/Claim/"_s).status, 404);
    }

    void readsMatchSearchEntries()
    {
        const QJsonObject bundle = get(u"/v2/fhir/ExplanationOfBenefit/?_count=5"_s).json();
        const QJsonObject first =
            bundle.value(u"entry"_s).toArray().at(0).toObject().value(u"resource"_s).toObject();
        const Reply r = get(u"/v2/fhir/ExplanationOfBenefit/"_s + first.value(u"id"_s).toString());
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json(), first);
        QCOMPARE(r.header("content-type"), QByteArray("application/fhir+json"));
        const Reply json = m_client->get(
            u"/v2/fhir/Patient/"_s + m_patient, m_auth + Headers {{"Accept", "application/json"}});
        QCOMPARE(json.header("content-type"), QByteArray("application/json"));
        const QJsonObject patient = json.json();
        QCOMPARE(patient.value(u"id"_s).toString(), m_patient);
        const QJsonObject searched = get(u"/v2/fhir/Patient/"_s).json();
        QCOMPARE(searched.value(u"total"_s).toInt(), 1);
        QCOMPARE(
            searched.value(u"entry"_s).toArray().at(0).toObject().value(u"resource"_s).toObject(),
            patient);
        QCOMPARE(get(u"/v2/fhir/Coverage/part-d-"_s + m_patient).json().value(u"id"_s).toString(),
            u"part-d-"_s + m_patient);
    }

    void pagingLinksAndTotals_data()
    {
        QTest::addColumn<int>("count");
        QTest::newRow("default") << 0;
        QTest::newRow("1") << 1;
        QTest::newRow("7") << 7;
        QTest::newRow("13") << 13;
        QTest::newRow("50") << 50;
    }

    void pagingLinksAndTotals()
    {
        QFETCH(int, count);
        const int pageSize = count == 0 ? 10 : count;
        const QString first = count == 0 ? u"/v2/fhir/ExplanationOfBenefit/"_s
                                         : u"/v2/fhir/ExplanationOfBenefit/?_count=%1"_s.arg(count);
        const QJsonObject page0 = get(first).json();
        const int total = page0.value(u"total"_s).toInt();
        QCOMPARE(total, 130);
        QCOMPARE(page0.value(u"resourceType"_s).toString(), u"Bundle"_s);
        QCOMPARE(page0.value(u"type"_s).toString(), u"searchset"_s);
        QCOMPARE(ids(page0).size(), std::min(pageSize, total));
        const QString base = m_server->baseUrl().toString();
        const QString format = u"_format=application%2Fjson%2Bfhir"_s;
        const QString size = QString::number(pageSize);
        QCOMPARE(link(page0, u"first"_s),
            base + u"/v2/fhir/ExplanationOfBenefit?"_s + format + u"&startIndex=0&_count="_s + size
                + u"&patient="_s + m_patient);
        QCOMPARE(link(page0, u"last"_s),
            base + u"/v2/fhir/ExplanationOfBenefit?"_s + format + u"&startIndex="_s
                + QString::number((total - 1) / pageSize * pageSize) + u"&_count="_s + size
                + u"&patient="_s + m_patient);
        QCOMPARE(link(page0, u"self"_s),
            base + u"/v2/fhir/ExplanationOfBenefit/?_count="_s + size + u'&' + format
                + u"&patient="_s + m_patient + u"&startIndex=0"_s);
        QVERIFY(link(page0, u"previous"_s).isEmpty());
        QVERIFY(!link(page0, u"next"_s).isEmpty());
        QVERIFY(!page0.value(u"entry"_s).toArray().at(0).toObject().contains(u"fullUrl"_s));

        int pages = 0;
        const QList<QJsonObject> all = walk(first, &pages);
        QCOMPARE(pages, (total + pageSize - 1) / pageSize);
        QCOMPARE(all.size(), total);
        QSet<QString> unique;
        QStringList keys;
        for (const QJsonObject &eob : all) {
            const QString id = eob.value(u"id"_s).toString();
            unique.insert(id);
            const QString type = id.section(u'-', 0, 0);
            const QString claimId = id.mid(type.size() + 1);
            keys << claimId + u' ' + type;
        }
        QCOMPARE(unique.size(), total);
        QStringList sorted = keys;
        std::sort(sorted.begin(), sorted.end(),
            [](const QString &a, const QString &b) { return a.toLatin1() < b.toLatin1(); });
        QCOMPARE(keys, sorted); // claim id string, then type: not by date

        // The last page has previous but no next.
        const QJsonObject lastPage = m_client->get(link(page0, u"last"_s), m_auth).json();
        QVERIFY(link(lastPage, u"next"_s).isEmpty());
        QVERIFY(!link(lastPage, u"previous"_s).isEmpty());
    }

    // The largest startIndex an int holds: no next page past it (the sum once wrapped round
    // to a negative start, found by fuzz_sandbox_search), and no answer but the usual 400.
    void largestStartIndexDoesNotWrap()
    {
        bb::sandbox::SearchParams p;
        p.startIndex = std::numeric_limits<int>::max();
        p.count = 10;
        const bb::sandbox::PageLinks links = bb::sandbox::pageLinks(m_server->baseUrl(),
            bb::sandbox::SearchResource::ExplanationOfBenefit, p, u"patient"_s, m_patient, 1000,
            false);
        QVERIFY2(links.next.isEmpty(), qPrintable(links.next));
        QVERIFY(!links.previous.contains(u"startIndex=-"_s));
        QCOMPARE(
            get(u"/v2/fhir/ExplanationOfBenefit/?startIndex=2147483647&_count=10"_s).status, 400);
    }

    void startIndexBeyondTotal()
    {
        const Reply r = get(u"/v2/fhir/ExplanationOfBenefit/?startIndex=130"_s);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.body,
            QByteArray(
                R"j({"detail":"An error occurred contacting the upstream server:Value for startIndex (130) must be less than than result size (130)"})j"));
        QCOMPARE(get(u"/v2/fhir/ExplanationOfBenefit/?startIndex=129"_s).status, 200);
        QCOMPARE(get(u"/v2/fhir/Coverage/?startIndex=4"_s).status, 400);
    }

    void countValidation()
    {
        QCOMPARE(get(u"/v2/fhir/ExplanationOfBenefit/?_count=50"_s).status, 200);
        Reply r = get(u"/v2/fhir/ExplanationOfBenefit/?_count=51"_s);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json().value(u"detail"_s).toString(), u"value must be at most 50"_s);
        r = get(u"/v2/fhir/ExplanationOfBenefit/?_count=0"_s);
        QCOMPARE(r.status, 400);
        QCOMPARE(get(u"/v2/fhir/ExplanationOfBenefit/?_count=ten"_s).status, 400);
        QCOMPARE(get(u"/v2/fhir/ExplanationOfBenefit/?startIndex=-1"_s).status, 400);
        QCOMPARE(get(u"/v2/fhir/ExplanationOfBenefit/?count=3"_s)
                     .json()
                     .value(u"entry"_s)
                     .toArray()
                     .size(),
            3);
    }

    void typeFilter()
    {
        const QJsonObject pde = get(u"/v2/fhir/ExplanationOfBenefit/?type=pde&_count=50"_s).json();
        QCOMPARE(pde.value(u"total"_s).toInt(), 38);
        for (const QString &id : ids(pde))
            QVERIFY(id.startsWith(u"pde-"_s));
        QVERIFY(link(pde, u"first"_s).contains(u"&type=pde"_s));
        QCOMPARE(get(u"/v2/fhir/ExplanationOfBenefit/?type=PDE,Carrier"_s)
                     .json()
                     .value(u"total"_s)
                     .toInt(),
            78);
        QCOMPARE(
            get(u"/v2/fhir/ExplanationOfBenefit/?type=https://bluebutton.cms.gov/resources/codesystem/eob-type|snf,hha"_s)
                .json()
                .value(u"total"_s)
                .toInt(),
            7);
        const Reply bad = get(u"/v2/fhir/ExplanationOfBenefit/?type=claim"_s);
        QCOMPARE(bad.status, 400);
        QCOMPARE(bad.body, QByteArray(R"j({"detail":"the type parameter value is not valid"})j"));
    }

    void dateFilters()
    {
        const QList<QJsonObject> all = walk(u"/v2/fhir/ExplanationOfBenefit/?_count=50"_s);
        // The history ends near the sandbox's today, so the cut-offs come from the data: a
        // third of the way in, two thirds of the way in, and the middle update.
        QList<QDate> starts;
        QList<QDate> ends;
        QList<QDateTime> updates;
        for (const QJsonObject &e : all) {
            const QJsonObject period = e.value(u"billablePeriod"_s).toObject();
            starts << QDate::fromString(period.value(u"start"_s).toString(), Qt::ISODate);
            ends << QDate::fromString(period.value(u"end"_s).toString(), Qt::ISODate);
            const QDateTime updated = QDateTime::fromString(
                e.value(u"meta"_s).toObject().value(u"lastUpdated"_s).toString(),
                Qt::ISODateWithMs);
            QVERIFY(updated.isValid());
            updates << updated;
        }
        QVERIFY(all.size() > 30);
        QList<QDate> sortedStarts = starts;
        std::sort(sortedStarts.begin(), sortedStarts.end());
        const QDate early = sortedStarts.at(sortedStarts.size() / 3);
        const QDate late = sortedStarts.at(sortedStarts.size() * 2 / 3);
        QList<QDateTime> sortedUpdates = updates;
        std::sort(sortedUpdates.begin(), sortedUpdates.end());
        const QDateTime cut = sortedUpdates.at(sortedUpdates.size() / 2).toUTC();
        int sinceLate = 0;
        int beforeEarly = 0;
        int updatedAfter = 0;
        for (qsizetype i = 0; i < all.size(); ++i) {
            sinceLate += ends.at(i) >= late;
            beforeEarly += starts.at(i) < early;
            updatedAfter += updates.at(i) > cut;
        }
        QVERIFY(sinceLate > 0 && beforeEarly > 0 && updatedAfter > 0);
        QVERIFY(updatedAfter < all.size());
        const QString lateText = late.toString(Qt::ISODate);
        const QString earlyText = early.toString(Qt::ISODate);
        QCOMPARE(get(u"/v2/fhir/ExplanationOfBenefit/?service-date=ge"_s + lateText)
                     .json()
                     .value(u"total"_s)
                     .toInt(),
            sinceLate);
        QCOMPARE(get(u"/v2/fhir/ExplanationOfBenefit/?service-date=lt"_s + earlyText)
                     .json()
                     .value(u"total"_s)
                     .toInt(),
            beforeEarly);
        QCOMPARE(get(u"/v2/fhir/ExplanationOfBenefit/?service-date=ge"_s + lateText
                     + u"&service-date=lt"_s + earlyText)
                     .json()
                     .value(u"total"_s)
                     .toInt(),
            0);
        QCOMPARE(get(u"/v2/fhir/ExplanationOfBenefit/?_lastUpdated=gt"_s
                     + cut.toString(u"yyyy-MM-ddTHH:mm:ss.zzz"_s) + u"%2B00:00"_s)
                     .json()
                     .value(u"total"_s)
                     .toInt(),
            updatedAfter);
        const Reply empty = get(u"/v2/fhir/ExplanationOfBenefit/?_lastUpdated=gt2100-01-01"_s);
        QCOMPARE(empty.json().value(u"total"_s).toInt(), 0);
        QVERIFY(!empty.json().contains(u"entry"_s));
        Reply bad = get(u"/v2/fhir/ExplanationOfBenefit/?_lastUpdated=2023-01-01"_s);
        QCOMPARE(bad.status, 400);
        QCOMPARE(bad.body, QByteArray(R"j({"detail":"the _lastUpdated operator is not valid"})j"));
        bad = get(u"/v2/fhir/ExplanationOfBenefit/?service-date=eq2023-01-01"_s);
        QCOMPARE(
            bad.json().value(u"detail"_s).toString(), u"the service-date operator is not valid"_s);
    }

    void unknownParametersAreDropped()
    {
        const QJsonObject plain = get(u"/v2/fhir/ExplanationOfBenefit/?_count=5"_s).json();
        const QJsonObject extra = get(
            u"/v2/fhir/ExplanationOfBenefit/?_count=5&excludeSAMHSA=true&_elements=id&_format=xml&includeTaxNumbers=true"_s)
                                      .json();
        QCOMPARE(ids(extra), ids(plain));
        QCOMPARE(link(extra, u"first"_s), link(plain, u"first"_s));
    }

    void coverageSearch()
    {
        const QJsonObject b = get(u"/v2/fhir/Coverage/"_s).json();
        QCOMPARE(b.value(u"total"_s).toInt(), 4);
        QCOMPARE(ids(b),
            QStringList({u"part-a-"_s + m_patient, u"part-b-"_s + m_patient,
                u"part-c-"_s + m_patient, u"part-d-"_s + m_patient}));
        QVERIFY(link(b, u"first"_s).endsWith(u"&beneficiary=Patient%2F"_s + m_patient));
        const QJsonObject paged = get(u"/v2/fhir/Coverage/?_count=3&startIndex=3"_s).json();
        QCOMPARE(ids(paged).size(), 1);
        QVERIFY(!link(paged, u"previous"_s).isEmpty());
    }

    void patientSearchByIdentifier()
    {
        const QJsonObject p = get(u"/v2/fhir/Patient/"_s + m_patient).json();
        QString mbi;
        const QJsonArray identifiers = p.value(u"identifier"_s).toArray();
        for (const QJsonValue &i : identifiers) {
            if (i.toObject().value(u"system"_s).toString() == u"http://hl7.org/fhir/sid/us-mbi"_s)
                mbi = i.toObject().value(u"value"_s).toString();
        }
        QCOMPARE(mbi, u"1S00EU7JH19"_s);
        QCOMPARE(get(u"/v2/fhir/Patient/?identifier=http://hl7.org/fhir/sid/us-mbi|"_s + mbi)
                     .json()
                     .value(u"total"_s)
                     .toInt(),
            1);
        QCOMPARE(get(u"/v2/fhir/Patient/?identifier=http://hl7.org/fhir/sid/us-mbi|1S00EU7JH47"_s)
                     .json()
                     .value(u"total"_s)
                     .toInt(),
            0);
    }

    void gzipAboveOneKilobyte()
    {
        const Reply big = m_client->get(u"/v2/fhir/ExplanationOfBenefit/?_count=10"_s,
            m_auth + Headers {{"Accept-Encoding", "gzip"}});
        QCOMPARE(big.status, 200);
        QCOMPARE(big.header("content-encoding"), QByteArray("gzip"));
        QVERIFY(big.body.startsWith("\x1f\x8b"));
        const Reply plain = m_client->get(u"/v2/fhir/ExplanationOfBenefit/?_count=10"_s,
            m_auth + Headers {{"Accept-Encoding", "identity"}});
        QVERIFY(plain.header("content-encoding").isEmpty());
        QVERIFY(plain.body.size() > big.body.size() * 3);
        // QNAM asks for gzip by itself and inflates: the same bytes, fresh and from the caches.
        const Reply inflated = m_client->get(u"/v2/fhir/ExplanationOfBenefit/?_count=10"_s, m_auth);
        const Reply again = m_client->get(u"/v2/fhir/ExplanationOfBenefit/?_count=10"_s, m_auth);
        QCOMPARE(inflated.body, plain.body);
        QCOMPARE(again.body, plain.body);
        const Reply small = m_client->get(
            u"/v2/fhir/Patient/?_id=-1"_s, m_auth + Headers {{"Accept-Encoding", "gzip"}});
        QVERIFY(small.body.size() < 1024);
        QVERIFY(small.header("content-encoding").isEmpty());
    }

    void rateLimitHeadersAndPerTokenLimit()
    {
        Reply r = get(u"/v2/fhir/Coverage/"_s);
        QCOMPARE(r.header("x-ratelimit-limit"), QByteArray("100000"));
        QVERIFY(!r.header("x-ratelimit-remaining").isEmpty());
        QVERIFY(!r.header("x-ratelimit-reset").isEmpty());
        QCOMPARE(m_client->get(u"/v2/connect/.well-known/openid-configuration"_s)
                     .header("x-ratelimit-limit"),
            QByteArray("None"));

        bb::sandbox::FaultSettings f;
        f.rateLimitPerSecond = 3;
        m_server->setFaults(f);
        m_server->clock().freeze(QDateTime::currentDateTimeUtc());
        m_server->clock().advance(1); // a fresh one-second window
        for (int i = 0; i < 3; ++i)
            QCOMPARE(get(u"/v2/fhir/Coverage/"_s).status, 200);
        r = get(u"/v2/fhir/Coverage/"_s);
        QCOMPARE(r.status, 429);
        QCOMPARE(r.header("retry-after"), QByteArray("1"));
        QCOMPARE(r.body,
            QByteArray(R"j({"detail":"Request was throttled. Expected available in 1 second."})j"));
        m_server->clock().advance(1);
        QCOMPARE(get(u"/v2/fhir/Coverage/"_s).status, 200);
        m_server->clock().reset();
        m_server->setFaults({});
    }
};

QTEST_GUILESS_MAIN(TestSandboxFhir)
#include "tst_sandbox_fhir.moc"
