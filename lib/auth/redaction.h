#pragma once

#include <QString>
#include <QStringList>

// Log redaction: nothing secret may reach a log, whoever wrote the message (our code, Qt's
// own categories such as qt.networkauth, or a third-party library). See docs/security.md.
namespace bb::auth {

// What a masked value is replaced with.
QString redactionMarker();

// Masks OAuth secrets wherever they appear in `message`:
//  - values of the parameters access_token, refresh_token, id_token, code, code_verifier,
//    client_secret, password and token, in URL queries and form bodies (`code=…&`), in
//    percent-encoded URLs nested in a query, in JSON (`"access_token": "…"`), in Qt's debug
//    output of maps and pairs (`("code", QVariant(QString, "…"))`), and as `key: value`;
//  - credentials of Authorization / Proxy-Authorization headers (`Bearer …`, `Basic …`) and
//    any `Bearer <token>`;
//  - every value registered with registerSecret(), even on its own.
// `state` and `code_challenge` are left alone: they are public by design and help debugging.
QString redact(const QString &message);

// The same without the runtime registry; `knownSecrets` are masked as exact strings.
QString redact(const QString &message, const QStringList &knownSecrets);

// Registers a secret value so that redact() masks it wherever it appears, bare or
// percent-encoded. Values shorter than MinRegisteredSecretLength are ignored: masking every
// occurrence of a short string would shred ordinary messages and protect nothing.
// Thread-safe; called by SecretStore for every secret it reads or writes.
inline constexpr int MinRegisteredSecretLength = 8;
void registerSecret(const QString &value);
void unregisterSecret(const QString &value);
void clearRegisteredSecrets();

// Installs a Qt message handler that redacts every message and then passes it on to the
// handler that was installed before (Qt's default one if none). Installing twice is a no-op.
// Call it first thing in main(), before anything can log.
void installRedactingMessageHandler();

// Restores the handler that was active before installRedactingMessageHandler(), if ours is
// still the active one. For tests.
void removeRedactingMessageHandler();

} // namespace bb::auth
