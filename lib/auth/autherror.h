#pragma once

#include <QMetaType>
#include <QObject>
#include <QString>

namespace bb::auth {

// Why a sign-in, a token refresh or a sign-out did not work, as a value the UI can act on:
// each kind calls for a different reaction (try again, fix the settings, log in again, or
// nothing at all because the person cancelled).
struct AuthError
{
    Q_GADGET

public:
    enum class Kind {
        None,
        Cancelled, // the person closed the login window or pressed Cancel in the app
        AccessDenied, // "Cancel" on the Medicare consent page (error=access_denied)
        BeneficiaryNotFound, // the Medicare account has no record to share (error=not_found)
        StateMismatch, // the redirect's `state` is not ours: possibly forged, the attempt stops
        InvalidClient, // the client id or secret was refused (invalid_client)
        CodeRejected, // the code exchange was refused (code expired or used, PKCE mismatch)
        ReconnectNeeded, // the grant expired or was revoked: log in again
        Network, // no answer: offline, DNS, TLS, connection reset, timeout
        Server, // the server answered with an error or something unreadable
        BrowserFailed, // the login page could not be shown
        AuthorizationFailed, // any other error on the redirect
        Misconfigured, // the environment is incomplete (no client id, secret or proxy)
    };
    Q_ENUM(Kind)

    Kind kind = Kind::None;
    QString message; // translated, for the user
    QString serverText; // what the server or the browser said, untranslated (may be empty)
    int httpStatus = 0; // 0 when no HTTP answer came

    bool isError() const { return kind != Kind::None; }

    // An error of `kind` with its translated message.
    static AuthError make(Kind kind, const QString &serverText = {}, int httpStatus = 0);
    // The translated message for `kind`.
    static QString describe(Kind kind);
};

} // namespace bb::auth

Q_DECLARE_METATYPE(bb::auth::AuthError)
