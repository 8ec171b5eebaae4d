#include "auth/autherror.h"

#include <QCoreApplication>

namespace bb::auth {

AuthError AuthError::make(Kind kind, const QString &serverText, int httpStatus)
{
    AuthError error;
    error.kind = kind;
    error.message = describe(kind);
    error.serverText = serverText;
    error.httpStatus = httpStatus;
    return error;
}

QString AuthError::describe(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Cancelled:
        return QCoreApplication::translate("bb::auth::AuthError", "The sign-in was cancelled.");
    case Kind::AccessDenied:
        return QCoreApplication::translate("bb::auth::AuthError",
            "You chose not to share your Medicare data. Nothing was downloaded. You can "
            "sign in again at any time.");
    case Kind::BeneficiaryNotFound:
        return QCoreApplication::translate("bb::auth::AuthError",
            "Medicare has no claims data for this account. Check that you signed in with "
            "the Medicare.gov account of the person whose data you want to see.");
    case Kind::StateMismatch:
        return QCoreApplication::translate("bb::auth::AuthError",
            "The answer from the login page did not belong to this sign-in, so it was "
            "ignored for your safety. Please sign in again.");
    case Kind::InvalidClient:
        return QCoreApplication::translate("bb::auth::AuthError",
            "Blue Button did not accept the client ID or client secret. Check them in the "
            "settings.");
    case Kind::CodeRejected:
        return QCoreApplication::translate("bb::auth::AuthError",
            "Blue Button did not accept the sign-in (it may have taken too long). Please "
            "sign in again.");
    case Kind::ReconnectNeeded:
        return QCoreApplication::translate("bb::auth::AuthError",
            "Your permission to read your Medicare data has ended or was withdrawn. Sign "
            "in again to reconnect.");
    case Kind::Network:
        return QCoreApplication::translate("bb::auth::AuthError",
            "Blue Button could not be reached. Check your internet connection and try "
            "again.");
    case Kind::Server:
        return QCoreApplication::translate(
            "bb::auth::AuthError", "Blue Button answered with an error. Please try again later.");
    case Kind::BrowserFailed:
        return QCoreApplication::translate(
            "bb::auth::AuthError", "The Medicare login page could not be shown.");
    case Kind::AuthorizationFailed:
        return QCoreApplication::translate(
            "bb::auth::AuthError", "The Medicare login did not complete.");
    case Kind::Misconfigured:
        return QCoreApplication::translate("bb::auth::AuthError",
            "The connection settings are incomplete: a client ID and a client secret (or "
            "a token proxy) are needed.");
    }
    return {};
}

} // namespace bb::auth
