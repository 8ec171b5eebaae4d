#pragma once

#include "api/tokenresponse.h"
#include "auth/autherror.h"
#include "auth/environment.h"

#include <QOAuth2AuthorizationCodeFlow>
#include <QOAuthOobReplyHandler>
#include <QUrl>

// The QtNetworkAuth 6.4 pieces of the authorization code leg, with the gaps of that version
// covered (docs/toolchain.md, QtNetworkAuth 6.4). Used by AuthorizationFlow only; one of each per
// sign-in attempt, so a failed attempt can never leave a flow stuck in a status that refuses the
// next one.
namespace bb::auth::detail {

// The flow, with a way back to a clean status after a failed token request: 6.4 stays in
// TemporaryCredentialsReceived (code) or RefreshingToken (refresh) when the request fails.
class CodeFlow : public QOAuth2AuthorizationCodeFlow
{
    Q_OBJECT

public:
    using QOAuth2AuthorizationCodeFlow::QOAuth2AuthorizationCodeFlow;

    void recover() { setStatus(Status::NotAuthenticated); }
};

// What the flow needs to add or remove in each request. Qt 6.4 has no PKCE, always sends
// `scope` (even empty), and sends `client_secret=` even when there is none.
struct CodeFlowParameters
{
    QString codeChallenge;
    QString codeVerifier;
    QString language; // `lang` of the consent screens; empty: not sent
    QString clientId;
    QString clientSecret; // empty through a token proxy
    QString loginHint; // OpenID Connect `login_hint`: the user name to fill in; empty: not sent
};

// Rewrites the parameters of one stage in place (the flow's modify-parameters hook).
// Values of the token request are percent-encoded here: 6.4 puts them into a QUrlQuery
// that keeps '+' as is, which a form decoder would turn into a space.
void applyParameters(QAbstractOAuth::Stage stage, QMultiMap<QString, QVariant> *parameters,
    const CodeFlowParameters &values);

// Turns the token endpoint's answer into one typed signal. Qt 6.4's reply handler only logs
// an HTTP error and emits nothing, which would leave the sign-in waiting forever.
class CodeFlowReplyHandler : public QOAuthOobReplyHandler
{
    Q_OBJECT

public:
    CodeFlowReplyHandler(const QUrl &redirectUri, QObject *parent = nullptr);

    // The redirect URI, identical in the authorize request and the token request.
    QString callback() const override;

    void networkReplyFinished(QNetworkReply *reply) override;

Q_SIGNALS:
    void tokenResponseReceived(const bb::api::TokenResponse &tokens);
    void tokenRequestFailed(const bb::auth::AuthError &error);

private:
    QUrl m_redirectUri;
};

} // namespace bb::auth::detail
