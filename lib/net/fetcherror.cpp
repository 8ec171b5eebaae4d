#include "net/fetcherror.h"

#include <QCoreApplication>
#include <QMetaEnum>

using namespace Qt::StringLiterals;

namespace bb::net {

QString FetchError::caption(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Network:
        return QCoreApplication::translate(
            "bb::net::FetchError", "Could not reach Blue Button. Check your internet connection.");
    case Kind::Timeout:
        return QCoreApplication::translate(
            "bb::net::FetchError", "Blue Button took too long to answer.");
    case Kind::Tls:
        return QCoreApplication::translate(
            "bb::net::FetchError", "The secure connection to Blue Button could not be verified.");
    case Kind::Unauthorized:
        return QCoreApplication::translate(
            "bb::net::FetchError", "Blue Button did not accept the sign-in.");
    case Kind::ReconnectNeeded:
        return QCoreApplication::translate("bb::net::FetchError",
            "Your Medicare connection has ended. Log in again to reconnect.");
    case Kind::Forbidden:
        return QCoreApplication::translate(
            "bb::net::FetchError", "Blue Button does not allow this app to see this data.");
    case Kind::NotShared:
        return QCoreApplication::translate(
            "bb::net::FetchError", "You chose not to share your personal information.");
    case Kind::NotFound:
        return QCoreApplication::translate(
            "bb::net::FetchError", "Blue Button has no such record.");
    case Kind::RateLimited:
        return QCoreApplication::translate("bb::net::FetchError",
            "Blue Button is receiving too many requests. Try again in a minute.");
    case Kind::Server:
        return QCoreApplication::translate(
            "bb::net::FetchError", "Blue Button had a problem. Try again later.");
    case Kind::BadData:
        return QCoreApplication::translate(
            "bb::net::FetchError", "Blue Button sent an answer that could not be read.");
    case Kind::TooLarge:
        return QCoreApplication::translate("bb::net::FetchError",
            "Blue Button sent an answer far larger than expected, so it was not read.");
    case Kind::TooMany:
        return QCoreApplication::translate("bb::net::FetchError",
            "Blue Button reported more records than this app can load, so none were loaded.");
    case Kind::Cancelled:
        return QCoreApplication::translate("bb::net::FetchError", "Cancelled.");
    }
    return {};
}

QString FetchError::toString() const
{
    QString out = QString::fromLatin1(QMetaEnum::fromType<Kind>().valueToKey(int(kind)));
    if (httpStatus)
        out += u" (HTTP %1)"_s.arg(httpStatus);
    if (!serverMessage.isEmpty())
        out += u": "_s + serverMessage;
    if (!detail.isEmpty())
        out += u" ["_s + detail + u']';
    if (!url.isEmpty())
        out += u" <"_s + url.toDisplayString() + u'>';
    return out;
}

} // namespace bb::net
