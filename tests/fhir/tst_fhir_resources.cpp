#include "api/apierror.h"
#include "api/tokenresponse.h"
#include "fhir/parser.h"
#include "testdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace bb::fhir;
using bb::api::ApiError;
using bb::api::TokenResponse;

class TestFhirResources : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void patientFromSandbox()
    {
        BB_READ_FIXTURE(json, u"bb2-openapi-examples/v2_patient_read.json"_s);
        const Document doc = parseDocument(json);
        QVERIFY(doc.ok());
        QCOMPARE(doc.patients.size(), 1);
        const Patient &p = doc.patients.first();
        QCOMPARE(p.id, u"-10000010254647"_s);
        QCOMPARE(p.displayName(), u"Johnie961 C Ratke343"_s);
        QCOMPARE(p.gender, u"male"_s);
        QCOMPARE(p.birthDate, QDate(1990, 8, 14));
        QCOMPARE(p.state, u"01"_s); // an SSA state code, kept as given
        QCOMPARE(p.postalCode, u"35756"_s);
        QCOMPARE(p.currentMbi(), u"1S00EU7JH47"_s);
        QCOMPARE(p.race, u"Black"_s);
        QCOMPARE(p.referenceYear, 2025);
        QVERIFY(!p.deceased);
        QVERIFY(p.dualStatus.startsWith(u"QMB"_s));
    }

    void patientWithHistoricMbis()
    {
        BB_READ_FIXTURE(json, u"bfd-v2-normalized/patientRead.json"_s);
        const Document doc = parseDocument(json);
        QVERIFY(doc.ok());
        const Patient &p = doc.patients.first();
        int historic = 0, current = 0;
        for (const PatientIdentifier &id : p.identifiers) {
            if (id.kind == PatientIdentifier::Kind::Mbi)
                (id.current ? current : historic) += 1;
        }
        QCOMPARE(current, 1);
        QVERIFY(historic >= 1);
        QVERIFY(!p.currentMbi().isEmpty());
    }

    // Real v2 Patients can list one identifier twice: it is shown once.
    void patientIdentifierListedTwiceCountsOnce()
    {
        BB_READ_FIXTURE(json, u"bfd-v2-normalized/patientRead.json"_s);
        const Document once = parseDocument(json);
        QVERIFY(once.ok());
        const qsizetype distinct = once.patients.first().identifiers.size();
        QVERIFY(distinct >= 2);

        QJsonObject patient = QJsonDocument::fromJson(json).object();
        QJsonArray identifiers = patient.value(u"identifier"_s).toArray();
        const QJsonArray original = identifiers;
        for (const QJsonValue &id : original)
            identifiers.append(id); // every identifier twice
        patient.insert(u"identifier"_s, identifiers);
        const Document twice = parseDocument(QJsonDocument(patient).toJson());
        QVERIFY(twice.ok());
        const QList<PatientIdentifier> &ids = twice.patients.first().identifiers;
        QCOMPARE(ids.size(), distinct);
        for (qsizetype i = 0; i < ids.size(); ++i) {
            QCOMPARE(ids.at(i).value, once.patients.first().identifiers.at(i).value);
            QCOMPARE(ids.at(i).current, once.patients.first().identifiers.at(i).current);
        }
    }

    void patientBundles()
    {
        for (const QString &file : {u"bfd-v2-normalized/patientSearchById.json"_s,
                 u"bfd-v2-normalized/patientByIdentifier.json"_s,
                 u"bb2-openapi-examples/v2_patient_search_bundle.json"_s}) {
            BB_READ_FIXTURE(json, file);
            const Document doc = parseDocument(json, file);
            QVERIFY2(doc.ok(), qPrintable(file));
            QCOMPARE(doc.patients.size(), 1);
        }
    }

    void coverageParts()
    {
        BB_READ_FIXTURE(json, u"bfd-v2-normalized/coverageSearchByPatientId.json"_s);
        const Document doc = parseDocument(json);
        QVERIFY(doc.ok());
        QCOMPARE(doc.coverages.size(), 4);
        QCOMPARE(doc.coverages.at(0).part, Coverage::Part::A);
        QCOMPARE(doc.coverages.at(1).part, Coverage::Part::B);
        QCOMPARE(doc.coverages.at(2).part, Coverage::Part::C);
        QCOMPARE(doc.coverages.at(3).part, Coverage::Part::D);
        const Coverage &a = doc.coverages.at(0);
        QCOMPARE(a.plan, u"Part A"_s);
        QCOMPARE(a.group, u"Medicare"_s);
        QVERIFY(!a.entitlementReason.isEmpty());
        QVERIFY(!a.medicareStatus.isEmpty());
        QVERIFY(a.referenceYear > 1900);
        const Coverage &c = doc.coverages.at(2);
        QVERIFY(!c.contractId.isEmpty());
        const Coverage &d = doc.coverages.at(3);
        QVERIFY(!d.contractId.isEmpty());
        bool yearQualified = false;
        for (const CoverageDetail &detail : d.details)
            yearQualified |= detail.variable == u"ptdcntrct01/2018-1"_s;
        QVERIFY(yearQualified);
    }

    void coverageFromSandbox()
    {
        BB_READ_FIXTURE(json, u"bb2-openapi-examples/v2_coverage_search_bundle.json"_s);
        const Document doc = parseDocument(json);
        QVERIFY(doc.ok());
        QCOMPARE(doc.coverages.size(), 4);
        const Coverage &a = doc.coverages.first();
        QCOMPARE(a.id, u"part-a--10000010254647"_s);
        QCOMPARE(a.status, u"active"_s);
        QCOMPARE(a.subscriberId, u"1S00EU7JH47"_s);
        QCOMPARE(a.beneficiary, u"Patient/-10000010254647"_s);
        QCOMPARE(a.payor, u"Centers for Medicare and Medicaid Services"_s);
        QCOMPARE(a.relationship, u"Self"_s);
    }

    void tokenResponses()
    {
        BB_READ_FIXTURE(codeJson, u"constructed/token_response_authorization_code.json"_s);
        BB_READ_FIXTURE(declinedJson, u"constructed/token_response_demographics_declined.json"_s);
        BB_READ_FIXTURE(refreshedJson, u"constructed/token_response_refresh_token.json"_s);
        const auto code = TokenResponse::parse(codeJson);
        QVERIFY(code);
        QCOMPARE(code->accessToken, u"oQlduHNr09GKCU506GOgp8OarrAy2q"_s);
        QCOMPARE(code->refreshToken, u"wDimPGoA8vwXP51kie71vpsy9l17HN"_s);
        QCOMPARE(code->expiresIn, 3600.0);
        QCOMPARE(code->patient, u"-10000010254647"_s);
        QVERIFY(code->scopes.contains(u"patient/ExplanationOfBenefit.rs"_s));
        QCOMPARE(
            code->accessGrantExpiration, QDateTime(QDate(2027, 9, 5), QTime(19, 17, 53), Qt::UTC));

        const auto declined = TokenResponse::parse(declinedJson);
        QVERIFY(declined);
        QVERIFY(!declined->scopes.contains(u"profile"_s));
        QVERIFY(!declined->patient.isEmpty());

        const auto refreshed = TokenResponse::parse(refreshedJson);
        QVERIFY(refreshed);
        QVERIFY(refreshed->refreshToken != code->refreshToken);
    }

    void tokenResponseVariants()
    {
        const auto spaced = TokenResponse::parse(
            R"({"access_token":"a","expires_in":16768.523842,"access_grant_expiration":"2025-09-05 19:17:53Z"})");
        QVERIFY(spaced);
        QCOMPARE(spaced->expiresIn, 16768.523842);
        QCOMPARE(spaced->accessGrantExpiration,
            QDateTime(QDate(2025, 9, 5), QTime(19, 17, 53), Qt::UTC));
        const auto research = TokenResponse::parse(
            R"({"access_token":"a","expires_in":3600,"access_grant_expiration":""})");
        QVERIFY(research);
        QVERIFY(!research->accessGrantExpiration.isValid());
        QString error;
        QVERIFY(!TokenResponse::parse(R"({"error":"invalid_grant"})", &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!TokenResponse::parse("<html>", &error));
    }

    void errorBodies_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("shape");
        QTest::addColumn<QString>("error");
        QTest::addColumn<QString>("messageStart");
        QTest::newRow("invalid_grant")
            << u"token_error_invalid_grant.json"_s << int(ApiError::Shape::OAuth)
            << u"invalid_grant"_s << QString();
        QTest::newRow("invalid_client")
            << u"token_error_invalid_client.json"_s << int(ApiError::Shape::OAuth)
            << u"invalid_client"_s << QString();
        QTest::newRow("grant expired")
            << u"token_error_dag_expired_401.json"_s << int(ApiError::Shape::OAuth)
            << u"invalid_grant"_s << u"User access has timed out"_s;
        QTest::newRow("grant revoked")
            << u"token_error_dag_not_found_403.json"_s << int(ApiError::Shape::OAuth)
            << u"invalid_grant"_s << u"User access cannot be found"_s;
        QTest::newRow("refresh not found")
            << u"token_error_refresh_token_not_found_400.json"_s << int(ApiError::Shape::OAuth)
            << u"invalid_request"_s << u"Refresh token not found"_s;
        QTest::newRow("authorize params")
            << u"authorize_error_missing_params_400.json"_s << int(ApiError::Shape::StatusMessage)
            << QString() << u"Missing Required Parameter(s)"_s;
        QTest::newRow("fhir 401") << u"fhir_error_401_no_or_expired_token.json"_s
                                  << int(ApiError::Shape::Detail) << QString()
                                  << u"Authentication credentials"_s;
        QTest::newRow("fhir 403") << u"fhir_error_403_scope_missing.json"_s
                                  << int(ApiError::Shape::Detail) << QString()
                                  << u"You do not have permission"_s;
        QTest::newRow("fhir 404") << u"fhir_error_404_not_found.json"_s
                                  << int(ApiError::Shape::Detail) << QString() << u"Not found."_s;
        QTest::newRow("fhir 429") << u"fhir_error_429_throttled.json"_s
                                  << int(ApiError::Shape::Detail) << QString()
                                  << u"Request was throttled"_s;
        QTest::newRow("startIndex")
            << u"fhir_error_400_upstream_startindex.json"_s << int(ApiError::Shape::Detail)
            << QString() << u"An error occurred contacting the upstream server"_s;
    }

    void errorBodies()
    {
        QFETCH(QString, file);
        QFETCH(int, shape);
        QFETCH(QString, error);
        QFETCH(QString, messageStart);
        BB_READ_FIXTURE(json, u"constructed/"_s + file);
        const ApiError e = ApiError::parse(json);
        QCOMPARE(int(e.shape), shape);
        QCOMPARE(e.error, error);
        QVERIFY2(e.message.startsWith(messageStart), qPrintable(e.message));
        QVERIFY(!e.text().isEmpty());
    }

    void operationOutcome()
    {
        const ApiError e = ApiError::parse(
            R"j({"resourceType":"OperationOutcome","issue":[{"severity":"error","code":"processing","diagnostics":"Value for startIndex (60) must be less than than result size (52)"}]})j");
        QCOMPARE(e.shape, ApiError::Shape::OperationOutcome);
        QCOMPARE(e.error, u"processing"_s);
        QVERIFY(e.message.contains(u"startIndex"_s));
        QCOMPARE(ApiError::parse("<html>bad gateway</html>").shape, ApiError::Shape::None);
    }
};

QTEST_APPLESS_MAIN(TestFhirResources)
#include "tst_fhir_resources.moc"
