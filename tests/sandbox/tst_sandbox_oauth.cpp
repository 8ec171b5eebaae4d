#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxthread.h"
#include "sandbox/sandboxwalker.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace bb::sandbox::walker;
using bb::sandbox::SandboxServer;

// The OAuth server of docs/api-notes.md (Sign-in), driven like a browser and a confidential client.
class TestSandboxOAuth : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<Client> m_client;

    QString authorizeQuery(
        const QList<QPair<QString, QString>> &overrides, const QStringList &drop = {})
    {
        FlowOptions o;
        QList<QPair<QString, QString>> params {{u"client_id"_s, o.clientId},
            {u"redirect_uri"_s, o.redirectUri}, {u"response_type"_s, u"code"_s},
            {u"state"_s, o.state}, {u"code_challenge"_s, pkceChallenge(o.verifier)},
            {u"code_challenge_method"_s, u"S256"_s}};
        for (const auto &ov : overrides) {
            bool replaced = false;
            for (auto &p : params) {
                if (p.first == ov.first) {
                    p.second = ov.second;
                    replaced = true;
                }
            }
            if (!replaced)
                params.append(ov);
        }
        params.removeIf([&](const auto &p) { return drop.contains(p.first); });
        return u"/v2/o/authorize/?"_s + QString::fromLatin1(form(params));
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<SandboxServer>(7);
        QVERIFY(m_server->listen());
        m_client = std::make_unique<Client>(m_server->baseUrl());
    }

    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    void listensOnLoopbackOnly()
    {
        QCOMPARE(m_server->baseUrl().host(), u"127.0.0.1"_s);
        QVERIFY(m_server->port() > 0);
        SandboxServer second(7);
        QVERIFY(!second.listen(m_server->port())); // taken
        const QString banner = m_server->banner();
        QVERIFY(banner.startsWith(u"base_url=http://127.0.0.1:"_s));
        QVERIFY(banner.contains(u"\nclient_id="_s + SandboxServer::demoClient().clientId + u'\n'));
        QVERIFY(banner.contains(u"\nclient_secret="_s));
        QVERIFY(banner.contains(u"\nredirect_uri=http://127.0.0.1/callback\n"_s));
    }

    void fullFlowIssuesTokensShapedLikeTheRealServer()
    {
        FlowOptions o;
        const FlowResult flow = authorize(*m_client, o);
        QCOMPARE(flow.last.status, 302);
        QCOMPARE(flow.redirect.toString(QUrl::RemoveQuery), o.redirectUri);
        QCOMPARE(queryValue(flow.redirect, u"state"_s), o.state);
        QVERIFY(!flow.code.isEmpty());

        const Reply token = exchangeCode(*m_client, flow.code, o);
        QCOMPARE(token.status, 200);
        const QJsonObject t = token.json();
        QCOMPARE(t.keys().size(), 7);
        QCOMPARE(t.value(u"token_type"_s).toString(), u"Bearer"_s);
        QCOMPARE(t.value(u"expires_in"_s).toInt(), 3600);
        QCOMPARE(t.value(u"patient"_s).toString(), u"-10000010254618"_s);
        QCOMPARE(t.value(u"scope"_s).toString(),
            u"openid profile launch/patient patient/Patient.rs patient/Coverage.rs patient/ExplanationOfBenefit.rs"_s);
        QCOMPARE(t.value(u"access_token"_s).toString().size(), 30);
        QVERIFY(!t.value(u"refresh_token"_s).toString().isEmpty());
        const QDateTime until =
            QDateTime::fromString(t.value(u"access_grant_expiration"_s).toString(), Qt::ISODate);
        QVERIFY(until.isValid());
        QVERIFY(t.value(u"access_grant_expiration"_s).toString().endsWith(u'Z'));
        QVERIFY(qAbs(until.daysTo(QDateTime::currentDateTimeUtc().addMonths(13))) <= 1);
        // The real server writes the members in this order.
        QVERIFY(token.body.startsWith("{\"access_token\":"));
    }

    void requestedScopesAreCondensed()
    {
        FlowOptions o;
        o.scope =
            u"patient/ExplanationOfBenefit.r patient/ExplanationOfBenefit.s patient/Coverage.read"_s;
        const QJsonObject t = login(*m_client, o);
        QCOMPARE(t.value(u"scope"_s).toString(),
            u"patient/ExplanationOfBenefit.rs patient/Coverage.read"_s);
    }

    void clientCanAuthenticateWithBasicOrForm()
    {
        FlowOptions o;
        FlowResult flow = authorize(*m_client, o);
        QCOMPARE(exchangeCode(*m_client, flow.code, o, ClientAuth::Form).status, 200);
        flow = authorize(*m_client, o);
        const Reply none = exchangeCode(*m_client, flow.code, o, ClientAuth::None);
        QCOMPARE(none.status, 401);
        QCOMPARE(none.body, QByteArray(R"j({"error":"invalid_client"})j"));
        const Reply wrongSecret = m_client->post(u"/v2/o/token/"_s,
            form({{u"grant_type"_s, u"authorization_code"_s}, {u"code"_s, flow.code},
                {u"client_id"_s, SandboxServer::demoClient().clientId},
                {u"client_secret"_s, u"nope"_s}}));
        QCOMPARE(wrongSecret.status, 401);
    }

    void pkceMismatchFails()
    {
        FlowOptions o;
        const FlowResult flow = authorize(*m_client, o);
        FlowOptions wrong = o;
        wrong.verifier = u"another-verifier-0123456789abcdefghijklmnopqrstuvwxyz"_s;
        const Reply r = exchangeCode(*m_client, flow.code, wrong);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json().value(u"error"_s).toString(), u"invalid_grant"_s);
        // The failed attempt used the code up.
        QCOMPARE(exchangeCode(*m_client, flow.code, o).status, 400);
    }

    void pkceVerifierMissingOrTooShort()
    {
        FlowOptions o;
        o.verifier = u"short"_s;
        FlowResult flow = authorize(*m_client, o);
        QCOMPARE(exchangeCode(*m_client, flow.code, o).json().value(u"error"_s).toString(),
            u"invalid_grant"_s);
        FlowOptions noVerifier;
        flow = authorize(*m_client, noVerifier);
        noVerifier.verifier.clear();
        const Reply r = exchangeCode(*m_client, flow.code, noVerifier);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json().value(u"error"_s).toString(), u"invalid_request"_s);
    }

    void authorizeChecksRequiredParameters()
    {
        Reply r = m_client->get(
            authorizeQuery({}, {u"code_challenge"_s, u"code_challenge_method"_s, u"state"_s}));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.body,
            QByteArray(
                R"j({"status_code":400,"message":"Missing Required Parameter(s): code_challenge, code_challenge_method, state"})j"));
        r = m_client->get(authorizeQuery({}, {u"state"_s}));
        QCOMPARE(
            r.json().value(u"message"_s).toString(), u"Missing Required Parameter(s): state"_s);
        r = m_client->get(authorizeQuery({{u"state"_s, u"0123456789abcde"_s}}));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.body,
            QByteArray(
                R"j({"status_code":400,"message":"State parameter should have a minimum of 16 characters"})j"));
        QCOMPARE(m_client->get(authorizeQuery({{u"state"_s, u"0123456789abcdef"_s}})).status, 302);
        r = m_client->get(authorizeQuery({{u"code_challenge_method"_s, u"plain"_s}}));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.body,
            QByteArray(
                R"j({"status_code":400,"error":"invalid_request","error_description":"code_challenge_method must be S256"})j"));
        r = m_client->get(
            authorizeQuery({{u"client_secret"_s, SandboxServer::demoClient().clientSecret}}));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json().value(u"message"_s).toString(),
            u"Illegal query parameter [client_secret] detected"_s);
        r = m_client->get(authorizeQuery({{u"scope"_s, u"patient/AuditEvent.read"_s}}));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json().value(u"message"_s).toString(), u"Invalid scopes."_s);
        r = m_client->get(authorizeQuery({{u"client_id"_s, u"unknown"_s}}));
        QCOMPARE(r.status, 400);
        r = m_client->post(
            u"/v2/o/authorize/"_s, form({{u"client_id"_s, SandboxServer::demoClient().clientId}}));
        QCOMPARE(r.status, 401);
        QCOMPARE(r.json().value(u"message"_s).toString(), u"State required in POST body."_s);
    }

    void redirectUriRules()
    {
        // Registered as http://127.0.0.1/callback: any port, exact path.
        QCOMPARE(
            m_client->get(
                        authorizeQuery({{u"redirect_uri"_s, u"http://127.0.0.1:1234/callback"_s}}))
                .status,
            302);
        QCOMPARE(
            m_client->get(authorizeQuery({{u"redirect_uri"_s, u"http://[::1]:4321/callback"_s}}))
                .status,
            302);
        QCOMPARE(
            m_client->get(authorizeQuery({{u"redirect_uri"_s, u"http://127.0.0.1:1234/other"_s}}))
                .status,
            400);
        // localhost gets no loopback exception: the port must match.
        QCOMPARE(
            m_client->get(
                        authorizeQuery({{u"redirect_uri"_s, u"http://localhost:8080/callback"_s}}))
                .status,
            302);
        QCOMPARE(
            m_client->get(
                        authorizeQuery({{u"redirect_uri"_s, u"http://localhost:8081/callback"_s}}))
                .status,
            400);
        QCOMPARE(
            m_client->get(authorizeQuery({{u"redirect_uri"_s, u"https://127.0.0.1/callback"_s}}))
                .status,
            400);
        QCOMPARE(
            m_client->get(authorizeQuery({{u"redirect_uri"_s, u"com.bbviewer.app://callback"_s}}))
                .status,
            302);

        // The token call needs the identical redirect_uri, port included.
        FlowOptions o;
        const FlowResult flow = authorize(*m_client, o);
        FlowOptions otherPort = o;
        otherPort.redirectUri = u"http://127.0.0.1:1/callback"_s;
        const Reply r = exchangeCode(*m_client, flow.code, otherPort);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json().value(u"error"_s).toString(), u"invalid_request"_s);
    }

    void codeWorksOnceAndExpiresAfterSixtySeconds()
    {
        FlowOptions o;
        FlowResult flow = authorize(*m_client, o);
        QCOMPARE(exchangeCode(*m_client, flow.code, o).status, 200);
        const Reply again = exchangeCode(*m_client, flow.code, o);
        QCOMPARE(again.status, 400);
        QCOMPARE(again.body, QByteArray(R"j({"error":"invalid_grant"})j"));

        flow = authorize(*m_client, o);
        m_server->clock().advance(59);
        QCOMPARE(exchangeCode(*m_client, flow.code, o).status, 200);
        flow = authorize(*m_client, o);
        m_server->clock().advance(61);
        QCOMPARE(exchangeCode(*m_client, flow.code, o).status, 400);
    }

    void refreshTokensRotateAndAreSingleUse()
    {
        const QJsonObject first = login(*m_client);
        const QString rt1 = first.value(u"refresh_token"_s).toString();
        const Reply r1 = refresh(*m_client, rt1);
        QCOMPARE(r1.status, 200);
        const QJsonObject second = r1.json();
        QCOMPARE(second.value(u"patient"_s), first.value(u"patient"_s));
        QCOMPARE(
            second.value(u"access_grant_expiration"_s), first.value(u"access_grant_expiration"_s));
        QVERIFY(second.value(u"refresh_token"_s).toString() != rt1);
        // The old pair is dead: the old access token and a reused refresh token.
        QCOMPARE(
            m_client->get(
                        u"/v2/fhir/Coverage/"_s, bearer(first.value(u"access_token"_s).toString()))
                .status,
            401);
        QCOMPARE(
            m_client
                ->get(u"/v2/fhir/Coverage/"_s, bearer(second.value(u"access_token"_s).toString()))
                .status,
            200);
        const Reply reuse = refresh(*m_client, rt1, ClientAuth::Basic);
        QCOMPARE(reuse.status, 400);
        QCOMPARE(reuse.body, QByteArray(R"j({"error":"invalid_grant"})j"));
        QCOMPARE(refresh(*m_client, second.value(u"refresh_token"_s).toString()).status, 200);
        QCOMPARE(refresh(*m_client, u"no-such-token"_s).status, 400);
    }

    void newAuthorizationRevokesEarlierTokensOfThePair()
    {
        const QJsonObject first = login(*m_client);
        const QJsonObject second = login(*m_client);
        QCOMPARE(
            m_client->get(
                        u"/v2/fhir/Coverage/"_s, bearer(first.value(u"access_token"_s).toString()))
                .status,
            401);
        QCOMPARE(
            m_client
                ->get(u"/v2/fhir/Coverage/"_s, bearer(second.value(u"access_token"_s).toString()))
                .status,
            200);
        const Reply r = refresh(*m_client, first.value(u"refresh_token"_s).toString());
        QCOMPARE(r.status, 400);
        QCOMPARE(r.body,
            QByteArray(
                R"j({"status_code":400,"error":"invalid_request","error_description":"Refresh token not found."})j"));
        // Another user's tokens are unaffected.
        FlowOptions other;
        other.user = u"BBUser00001"_s;
        const QJsonObject third = login(*m_client, other);
        QCOMPARE(
            m_client
                ->get(u"/v2/fhir/Coverage/"_s, bearer(second.value(u"access_token"_s).toString()))
                .status,
            200);
        QCOMPARE(third.value(u"patient"_s).toString(), u"-10000010254647"_s);
    }

    void accessTokenExpiresAfterItsLifetime()
    {
        const QJsonObject t = login(*m_client);
        const Headers auth = bearer(t.value(u"access_token"_s).toString());
        m_server->clock().advance(3599);
        QCOMPARE(m_client->get(u"/v2/fhir/Coverage/"_s, auth).status, 200);
        m_server->clock().advance(2);
        const Reply r = m_client->get(u"/v2/fhir/Coverage/"_s, auth);
        QCOMPARE(r.status, 401);
        QVERIFY(r.header("www-authenticate").contains("invalid_token"));
        QCOMPARE(refresh(*m_client, t.value(u"refresh_token"_s).toString()).status, 200);
    }

    void cancelRedirectsWithAccessDenied()
    {
        FlowOptions o;
        o.allow = false;
        const FlowResult flow = authorize(*m_client, o);
        QCOMPARE(flow.last.status, 302);
        QCOMPARE(queryValue(flow.redirect, u"error"_s), u"access_denied"_s);
        QCOMPARE(queryValue(flow.redirect, u"state"_s), o.state);
        QVERIFY(!hasQueryItem(flow.redirect, u"code"_s));
    }

    void userWithoutBeneficiaryGetsNotFoundWithoutState()
    {
        FlowOptions o;
        o.user = u"BBUser00006"_s;
        const FlowResult flow = authorize(*m_client, o);
        QCOMPARE(flow.last.status, 404);
        const QRegularExpression re(QString::fromUtf8("id=\"not-found-link\" href=\"([^\"]*)\""));
        const auto m = re.match(QString::fromUtf8(flow.last.body));
        QVERIFY(m.hasMatch());
        const QUrl target(m.captured(1).replace(u"&amp;"_s, u"&"_s));
        QCOMPARE(target.toString(QUrl::RemoveQuery), o.redirectUri);
        QCOMPARE(queryValue(target, u"error"_s), u"not_found"_s);
        QVERIFY(!hasQueryItem(target, u"state"_s));
    }

    void wrongPasswordStaysOnTheLoginPage()
    {
        FlowOptions o;
        o.password = u"PW00001!"_s;
        const FlowResult flow = authorize(*m_client, o);
        QCOMPARE(flow.last.status, 200);
        QVERIFY(flow.last.body.contains("id=\"login-error\""));
        QVERIFY(flow.last.body.contains("Your username or password doesn&#x27;t match")
            || flow.last.body.contains("Your username or password doesn't match"));
        o.user = u"NotAUser"_s;
        o.password = u"x"_s;
        QVERIFY(authorize(*m_client, o).last.body.contains("id=\"login-error\""));
    }

    void demographicsOptOutRemovesPatientAndProfile()
    {
        FlowOptions o;
        o.shareDemographics = false;
        const QJsonObject t = login(*m_client, o);
        QCOMPARE(t.value(u"scope"_s).toString(),
            u"openid launch/patient patient/Coverage.rs patient/ExplanationOfBenefit.rs"_s);
        QCOMPARE(t.value(u"patient"_s).toString(), u"-10000010254618"_s);
        const Headers auth = bearer(t.value(u"access_token"_s).toString());
        const QByteArray forbidden =
            R"j({"detail":"You do not have permission to perform this action."})j";
        Reply r = m_client->get(u"/v2/fhir/Patient/-10000010254618"_s, auth);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.body, forbidden);
        r = m_client->get(u"/v2/fhir/Patient/"_s, auth);
        QCOMPARE(r.status, 403);
        r = m_client->get(u"/v2/connect/userinfo"_s, auth);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.body, forbidden);
        QCOMPARE(m_client->get(u"/v2/fhir/Coverage/"_s, auth).status, 200);
        QCOMPARE(m_client->get(u"/v2/fhir/ExplanationOfBenefit/"_s, auth).status, 200);
    }

    void demographicsOnlyRequestDeclinedIsAccessDenied()
    {
        FlowOptions o;
        o.scope = u"profile patient/Patient.read"_s;
        o.shareDemographics = false;
        const FlowResult flow = authorize(*m_client, o);
        QCOMPARE(queryValue(flow.redirect, u"error"_s), u"access_denied"_s);
    }

    void userWhoDeclinesByDefault()
    {
        FlowOptions o;
        o.user = u"BBUser00004"_s; // the consent page starts with the box unticked
        const QJsonObject t = login(*m_client, o);
        QVERIFY(!t.value(u"scope"_s).toString().contains(u"profile"_s));
        QCOMPARE(
            m_client->get(u"/v2/connect/userinfo"_s, bearer(t.value(u"access_token"_s).toString()))
                .status,
            403);
    }

    void userinfoShape()
    {
        const QJsonObject t = login(*m_client);
        const Reply r =
            m_client->get(u"/v2/connect/userinfo"_s, bearer(t.value(u"access_token"_s).toString()));
        QCOMPARE(r.status, 200);
        const QJsonObject u = r.json();
        QCOMPARE(u.value(u"sub"_s).toString(), u"-10000010254618"_s);
        QCOMPARE(u.value(u"patient"_s).toString(), u"-10000010254618"_s);
        QCOMPARE(u.value(u"name"_s).toString(),
            u.value(u"given_name"_s).toString() + u' ' + u.value(u"family_name"_s).toString());
        QVERIFY(u.value(u"iat"_s).toString().startsWith(u"2023-"_s));
        QVERIFY(u.contains(u"email"_s));
        QCOMPARE(m_client->get(u"/v2/connect/userinfo"_s).status, 401);
    }

    void expiredGrantGivesTheTimedOutBodies()
    {
        FlowOptions o;
        o.user = u"BBUser00005"_s;
        const QJsonObject t = login(*m_client, o);
        QVERIFY(!t.isEmpty());
        const Reply fhir = m_client->get(
            u"/v2/fhir/ExplanationOfBenefit/"_s, bearer(t.value(u"access_token"_s).toString()));
        QCOMPARE(fhir.status, 401);
        QCOMPARE(fhir.json().value(u"detail"_s).toString(),
            u"User access has timed out. To refresh Medicare data, end user must re-authenticate and consent to share their data."_s);
        const Reply r = refresh(*m_client, t.value(u"refresh_token"_s).toString());
        QCOMPARE(r.status, 401);
        QCOMPARE(r.body,
            QByteArray(
                R"j({"status_code":401,"error":"invalid_grant","error_description":"User access has timed out. To refresh Medicare data, end user must re-authenticate and consent to share their data."})j"));
    }

    void grantExpiresAfterThirteenMonths()
    {
        const QJsonObject t = login(*m_client);
        m_server->clock().advance(qint64(400) * 24 * 3600); // 13 months and a bit
        const Reply r = refresh(*m_client, t.value(u"refresh_token"_s).toString());
        QCOMPARE(r.status, 401);
        QCOMPARE(r.json().value(u"error"_s).toString(), u"invalid_grant"_s);
    }

    void expireEndpointAndCppHook()
    {
        QJsonObject t = login(*m_client);
        const auto c = SandboxServer::demoClient();
        const Headers basic {
            {"Authorization", "Basic " + (c.clientId + u':' + c.clientSecret).toUtf8().toBase64()}};
        QCOMPARE(
            m_client->post(u"/v2/o/expire_authenticated_user/-10000010254618/"_s, {}, basic).status,
            200);
        QCOMPARE(
            m_client->get(u"/v2/fhir/Coverage/"_s, bearer(t.value(u"access_token"_s).toString()))
                .status,
            401);

        t = login(*m_client);
        m_server->expireGrants(u"-10000010254618"_s);
        QCOMPARE(refresh(*m_client, t.value(u"refresh_token"_s).toString()).status, 401);
    }

    void revokeGrantKillsEveryTokenOfThePair()
    {
        const QJsonObject t = login(*m_client);
        const auto c = SandboxServer::demoClient();
        const Reply r = m_client->post(u"/v2/o/revoke/"_s,
            form({{u"token"_s, t.value(u"access_token"_s).toString()}, {u"client_id"_s, c.clientId},
                {u"client_secret"_s, c.clientSecret}}));
        QCOMPARE(r.status, 200);
        QCOMPARE(
            m_client->get(u"/v2/fhir/Coverage/"_s, bearer(t.value(u"access_token"_s).toString()))
                .status,
            401);
        const Reply rr = refresh(*m_client, t.value(u"refresh_token"_s).toString());
        QCOMPARE(rr.status, 403);
        QCOMPARE(rr.body,
            QByteArray(
                R"j({"status_code":403,"error":"invalid_grant","error_description":"User access cannot be found. To refresh Medicare data, end user must re-authenticate and consent to share their data."})j"));
        // Unknown tokens are a 200 too.
        QCOMPARE(m_client
                     ->post(u"/v2/o/revoke/"_s,
                         form({{u"token"_s, u"nope"_s}, {u"client_id"_s, c.clientId},
                             {u"client_secret"_s, c.clientSecret}}))
                     .status,
            200);
    }

    void revokeTokenRevokesOneToken()
    {
        const QJsonObject t = login(*m_client);
        const auto c = SandboxServer::demoClient();
        const auto other = SandboxServer::otherClient();
        Reply r = m_client->post(u"/v2/o/revoke_token/"_s,
            form({{u"token"_s, t.value(u"access_token"_s).toString()},
                {u"client_id"_s, other.clientId}, {u"client_secret"_s, other.clientSecret}}));
        QCOMPARE(r.status, 403);
        QCOMPARE(r.body,
            QByteArray(
                R"j({"status_code":403,"description":"Application did not have access to the provided token."})j"));
        r = m_client->post(u"/v2/o/revoke_token/"_s,
            form({{u"token"_s, t.value(u"access_token"_s).toString()}, {u"client_id"_s, c.clientId},
                {u"client_secret"_s, c.clientSecret}}));
        QCOMPARE(r.status, 200);
        QCOMPARE(
            m_client->get(u"/v2/fhir/Coverage/"_s, bearer(t.value(u"access_token"_s).toString()))
                .status,
            401);
        QCOMPARE(refresh(*m_client, t.value(u"refresh_token"_s).toString()).status,
            200); // the grant survives
        r = m_client->post(u"/v2/o/revoke_token/"_s,
            form({{u"token"_s, u"unknown"_s}, {u"client_id"_s, c.clientId},
                {u"client_secret"_s, c.clientSecret}}));
        QCOMPARE(r.status, 200);
    }

    void discoveryDocuments()
    {
        const QString root = m_server->baseUrl().toString();
        Reply r = m_client->get(u"/v2/connect/.well-known/openid-configuration"_s);
        QCOMPARE(r.status, 200);
        QJsonObject o = r.json();
        QCOMPARE(o.value(u"issuer"_s).toString(), root);
        QCOMPARE(o.value(u"token_endpoint"_s).toString(), root + u"/v2/o/token"_s);
        QCOMPARE(o.value(u"revocation_endpoint"_s).toString(), root + u"/v2/o/revoke_token"_s);
        QCOMPARE(o.value(u"grant_types_supported"_s).toArray().size(), 2);
        QVERIFY(!o.contains(u"jwks_uri"_s));
        r = m_client->get(u"/v2/fhir/.well-known/smart-configuration"_s);
        o = r.json();
        QCOMPARE(o.value(u"code_challenge_methods_supported"_s).toArray(), QJsonArray {u"S256"_s});
        QCOMPARE(o.value(u"capabilities"_s).toArray().size(), 8);
        QCOMPARE(o.value(u"scopes_supported"_s).toArray().size(), 9);
        r = m_client->get(u"/v2/fhir/metadata"_s);
        QCOMPARE(r.status, 200);
        o = r.json();
        QCOMPARE(o.value(u"resourceType"_s).toString(), u"CapabilityStatement"_s);
        const QJsonArray resources =
            o.value(u"rest"_s).toArray().at(0).toObject().value(u"resource"_s).toArray();
        QCOMPARE(resources.size(), 3);
        QVERIFY(r.body.contains((root + u"/v2/o/token/"_s).toUtf8()));
    }

    void runsOnItsOwnThread()
    {
        bb::sandbox::SandboxThread threaded(7);
        QVERIFY(threaded.start());
        Client client(threaded.baseUrl());
        const QJsonObject t = login(client);
        const Headers auth = bearer(t.value(u"access_token"_s).toString());
        QCOMPARE(client.get(u"/v2/fhir/Coverage/"_s, auth).status, 200);
        threaded.advanceClock(3601);
        QCOMPARE(client.get(u"/v2/fhir/Coverage/"_s, auth).status, 401);
        bb::sandbox::FaultSettings f;
        f.errorRate = 1.0;
        threaded.setFaults(f);
        QCOMPARE(client.get(u"/v2/fhir/metadata"_s).status, 200); // metadata is never faulted
        QCOMPARE(client.get(u"/v2/fhir/Coverage/"_s, auth).status, 500);
        threaded.stop();
    }

    void unknownGrantTypes()
    {
        const auto c = SandboxServer::demoClient();
        const Reply r = m_client->post(u"/v2/o/token"_s,
            form({{u"grant_type"_s, u"client_credentials"_s}, {u"client_id"_s, c.clientId},
                {u"client_secret"_s, c.clientSecret}}));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json().value(u"error"_s).toString(), u"unsupported_grant_type"_s);
        QCOMPARE(m_client->get(u"/v2/o/token/"_s).status, 405);
    }

    void slashLessPostsAreRedirectedLikeDjango()
    {
        const Reply r = m_client->post(u"/v2/o/revoke_token"_s, form({{u"token"_s, u"x"_s}}));
        QCOMPARE(r.status, 301);
        QCOMPARE(r.header("location"), QByteArray("/v2/o/revoke_token/"));
        QCOMPARE(m_client->get(u"/v2/o/authorize?state=x"_s).status, 301);
        // The token endpoint takes both spellings.
        QCOMPARE(
            m_client->post(u"/v2/o/token"_s, form({{u"grant_type"_s, u"refresh_token"_s}})).status,
            401);
    }

    void tokenResponsesAreNotCacheable()
    {
        FlowOptions o;
        const FlowResult flow = authorize(*m_client, o);
        const Reply r = exchangeCode(*m_client, flow.code, o);
        QCOMPARE(r.header("cache-control"), QByteArray("no-store"));
        QCOMPARE(r.header("pragma"), QByteArray("no-cache"));
    }
};

QTEST_GUILESS_MAIN(TestSandboxOAuth)
#include "tst_sandbox_oauth.moc"
