#include "api/apierror.h"
#include "api/tokenresponse.h"
#include "export/claimscsv.h"
#include "fhir/parser.h"

#include <QByteArrayView>

// Everything that reads bytes from the network or from disk, fed arbitrary bytes. Writing the
// CSV afterwards also exercises every derived value of whatever did parse.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const bb::fhir::Document doc = bb::fhir::parseDocument(bytes, QStringLiteral("fuzz"));
    const QString csv =
        bb::exporting::claimsCsv(doc.claims) + bb::exporting::claimLinesCsv(doc.claims);
    (void)csv;
    (void)bb::api::ApiError::parse(bytes);
    (void)bb::api::TokenResponse::parse(bytes);
    return 0;
}
