#pragma once

#include "net/fetcherror.h"

#include <QByteArray>
#include <QNetworkReply>

namespace bb::net {

// Turns the end of one HTTP attempt into an error value (kind None for a 2xx). Pure, so the
// retry rules can be tested without a server.
struct AttemptOutcome
{
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    int httpStatus = 0;
    QByteArray body; // the error body, for the server's message
    bool timedOut = false; // our own timer aborted it
    bool personalInformation = false; // a 403 means "not shared"
    QUrl url;
};

FetchError classifyAttempt(const AttemptOutcome &attempt);

} // namespace bb::net
