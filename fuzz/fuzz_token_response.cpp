#include "api/apierror.h"
#include "api/tokenresponse.h"
#include "api/userinfo.h"

#include <QByteArrayView>

#include <cstdlib>

// The sign-in server's bodies: the token response, its error shapes, and userinfo. Each
// parser takes whatever arrives and either reads it or says it cannot.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const std::optional<bb::api::TokenResponse> token =
        bb::api::TokenResponse::parse(bytes, &error);
    // Exactly one of the two: a token with an access token, or a reason.
    if (token ? token->accessToken.isEmpty() : error.isEmpty())
        std::abort();
    (void)bb::api::ApiError::parse(bytes).text();
    const std::optional<bb::api::UserInfo> info = bb::api::UserInfo::parse(bytes);
    if (info && info->subject.isEmpty() && info->patient.isEmpty())
        std::abort();
    return 0;
}
