#pragma once

#include "account/localrecord.h"
#include "account/syncproblem.h"
#include "fhir/capabilitystatement.h"

#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace bb::account {

// Everything Help → Diagnostics shows, gathered by the window and written out here, so the
// text a person copies into a support request is built (and tested) in one place.
struct DiagnosticsInfo
{
    QString version;
    QString buildDate;
    QString qtVersion;
    QString system;
    QString language;

    QString environment; // display name
    QUrl apiBase;
    QString connection; // "Connected", "Not connected", … (translated)

    // The server's /v2/fhir/metadata, or why it is missing (translated).
    std::optional<fhir::CapabilityStatement> capability;
    QString capabilityProblem;

    QStringList lastSync; // lastSyncSummary()
    QString keychain; // translated

    QStringList log; // already redacted as logged; masked once more here

    // Values that identify the person (patient id, name): masked wherever they appear. Tokens
    // and secrets the app knows of are masked too (auth::redact()'s registry).
    QStringList privateValues;
};

// The last sync in a few lines: when, complete or not, full or incremental, claims kept
// against the server's count, and the problem it ended with.
QStringList lastSyncSummary(
    const RecordState &state, int claimsShown, bool incremental, const SyncProblem &problem);

// The report as plain text, the same shown and copied. Nothing secret: every line goes
// through the redaction the log uses, and `privateValues` are masked.
QString diagnosticsText(const DiagnosticsInfo &info);

} // namespace bb::account
