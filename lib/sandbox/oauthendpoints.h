#pragma once

#include "sandbox/httpmessage.h"
#include "sandbox/oauthstore.h"
#include "sandbox/population.h"

#include <functional>
#include <optional>
#include <variant>

namespace bb::sandbox {

class SyntheticData;

// The result of checking a request's Bearer token, as BB2's DRF authentication and
// permission classes do before any FHIR view runs.
struct BearerAccess
{
    QString token;
    AccessToken access;
    Beneficiary bene;
};

// /v2/o/* (authorize, token, revoke), the mock Medicare login, /v2/connect/* (userinfo and
// discovery) and the SMART configuration: docs/api-notes.md, Sign-in and Discovery.
class OAuthEndpoints
{
public:
    OAuthEndpoints(OAuthStore &store, SyntheticData &data, const SandboxClock &clock,
        std::function<int()> tokenLifetime, std::function<QUrl()> baseUrl);

    // nullopt when the path is not one of these endpoints.
    std::optional<HttpResponse> handle(const HttpRequest &request);

    std::variant<HttpResponse, BearerAccess> authenticateBearer(const HttpRequest &request);

private:
    HttpResponse authorize(const HttpRequest &request);
    HttpResponse loginPage(const HttpRequest &request);
    HttpResponse loginSubmit(const HttpRequest &request);
    HttpResponse consentPage(const HttpRequest &request, const QString &approvalId);
    HttpResponse consentSubmit(const HttpRequest &request, const QString &approvalId);
    HttpResponse token(const HttpRequest &request);
    HttpResponse authorizationCodeGrant(const HttpRequest &request, const ClientApp &app);
    HttpResponse refreshTokenGrant(const HttpRequest &request, const ClientApp &app);
    HttpResponse revokeToken(const HttpRequest &request);
    HttpResponse revokeGrant(const HttpRequest &request);
    HttpResponse expireUser(const HttpRequest &request, const QString &patientId);
    HttpResponse userinfo(const HttpRequest &request);
    HttpResponse openidConfiguration() const;
    HttpResponse smartConfiguration() const;

    const ClientApp *clientFromRequest(const HttpRequest &request) const;
    HttpResponse tokenResponse(
        const ClientApp &app, const Beneficiary &bene, const QStringList &scopes);
    QUrl redirectWith(
        const QString &redirectUri, const QList<QPair<QString, QString>> &items) const;

    OAuthStore &m_store;
    SyntheticData &m_data;
    const SandboxClock &m_clock;
    std::function<int()> m_tokenLifetime;
    std::function<QUrl()> m_baseUrl;
};

QStringList defaultScopes();
QStringList supportedScopes();

} // namespace bb::sandbox
