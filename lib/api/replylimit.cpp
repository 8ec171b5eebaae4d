#include "api/replylimit.h"

#include <QNetworkReply>

namespace bb::api {

namespace {

const char kExceededProperty[] = "bbExceededSizeLimit";

} // namespace

void limitReplySize(QNetworkReply *reply, qint64 maxBytes)
{
    QObject::connect(reply, &QNetworkReply::downloadProgress, reply,
        [reply, maxBytes](qint64 received, qint64 total) {
            if (received <= maxBytes && total <= maxBytes)
                return;
            if (reply->property(kExceededProperty).toBool())
                return;
            reply->setProperty(kExceededProperty, true);
            reply->abort();
        });
}

bool exceededSizeLimit(const QNetworkReply *reply)
{
    return reply && reply->property(kExceededProperty).toBool();
}

} // namespace bb::api
