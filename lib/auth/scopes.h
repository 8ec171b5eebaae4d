#pragma once

#include <QString>
#include <QStringList>

// Blue Button v2 scope strings, exactly as the server spells them (docs/api-notes.md, Scopes).
namespace bb::auth::scopes {

// Read and search of each resource type, in the SMART v2 `.rs` style.
QString patientRead();
QString coverageRead();
QString explanationOfBenefitRead();
// Gates /v2/connect/userinfo.
QString profile();

// What we ask for unless the user changes it: all v2 read scopes plus `profile`. The
// consent screen may still drop Patient and profile (the "Personal Information" box).
QStringList defaults();

// Every scope a v2 server advertises or accepts (.read, .r, .s and .rs of the three resource
// types, openid, profile, launch/patient). Anything else is refused at the authorize step.
QStringList known();

// Whether `scope` is well formed for the `scope` parameter: not empty, no whitespace or
// control characters, only printable ASCII (RFC 6749 §3.3 scope-token).
bool isWellFormed(const QString &scope);

} // namespace bb::auth::scopes
