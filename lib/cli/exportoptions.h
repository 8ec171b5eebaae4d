#pragma once

#include "models/claimfilter.h"

#include <QString>
#include <QStringList>

namespace bb::cli {

// What `bbviewer export --what` writes.
// Summary: the one-to-three-page summary for a doctor visit (PDF only).
enum class ExportWhat { Claims, ClaimLines, Drugs, Coverage, Patient, Summary };
// `--format`.
enum class ExportFormat { Csv, Json, Pdf, Html };

// A `bbviewer export` command line, checked: every combination that reaches the code
// below it makes sense (docs/export.md).
struct ExportOptions
{
    QStringList inputs; // --input, or empty when reading from a server
    // --env: "local", "sandbox", "production", or a server's base URL; empty with --input.
    QString environment;
    QString accessTokenFile; // --access-token-file
    QString patientId; // --patient: whose stored sign-in / whose data the token is for
    QString demoUser; // --demo-user, only with --env local
    bool offline = false; // --offline: the record kept on this computer, no request at all
    ExportWhat what = ExportWhat::Claims;
    ExportFormat format = ExportFormat::Csv;
    models::ClaimFilter filter; // --type, --since, --until
    QString output; // a path, or "-" for standard output
    bool byteOrderMark = false;
    bool labels = false; // --labels: CSV headers and claim types in the screen's words

    bool fromServer() const { return !environment.isEmpty(); }
    bool toStandardOutput() const;
    // Whether the export reads claims (and so the filters apply).
    bool needsClaims() const;
};

struct ParsedArguments
{
    enum class Status { Ok, Help, UsageError };
    Status status = Status::UsageError;
    ExportOptions options;
    QString text; // the help text, or a one-line usage error
};

// Parses `arguments` (program name, "export", options). Never prints.
ParsedArguments parseExportArguments(const QStringList &arguments);

// Whether the command line asks for --format pdf: PDFs need fonts, so the caller creates a
// QGuiApplication (on the offscreen platform: still no display) instead of a
// QCoreApplication. Looks only for the option; parseExportArguments() checks the rest.
bool asksForPdf(int argc, char **argv);

// The spelling of a format on the command line: "csv", "json", "pdf".
QString formatKey(ExportFormat format);

} // namespace bb::cli
