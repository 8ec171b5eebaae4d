#pragma once

#include <QByteArrayView>
#include <QString>

namespace bb::api {

// An error body from Blue Button. v2 FHIR calls answer {"detail": "..."}; the OAuth endpoints
// use three shapes ({"error"}, {"status_code","error","error_description"} and
// {"status_code","message"}); a FHIR OperationOutcome is accepted too.
struct ApiError
{
    enum class Shape : quint8 {
        None, // no recognisable error body (empty, HTML, other JSON)
        Detail, // {"detail": "..."}
        OAuth, // {"error": "...", "error_description"?: "..."}
        StatusMessage, // {"status_code": N, "message": "..."}
        OperationOutcome, // issue[].diagnostics / details.text
    };

    Shape shape = Shape::None;
    int statusCode = 0; // "status_code" in the body, when present
    QString error; // OAuth error code: "invalid_grant", "invalid_client", ...
    QString message; // the human-readable part: detail, error_description, message, ...

    static ApiError parse(QByteArrayView body);

    // The best single line to show or log: message, else the error code.
    QString text() const { return message.isEmpty() ? error : message; }
};

} // namespace bb::api
