#pragma once

namespace bb::cli {

// Exit codes of `bbviewer export` (docs/export.md). Scripts depend on them: never renumber.
enum class ExitCode {
    Ok = 0,
    BadUsage = 2, // the command line does not make sense, or asks for what is not available
    BadInput = 3, // an input file is missing, unreadable, not JSON or not FHIR
    WriteFailed = 4, // the output could not be written
    ServerFailed = 5, // no sign-in to use, the server refused it, or the fetch failed
    // The output was written, but the --input files hold no claims for an export of claims:
    // a script that expects claims learns that the file has only its header.
    NoClaims = 6,
};

} // namespace bb::cli
