#pragma once

#include <QString>

// Proof Key for Code Exchange (RFC 7636, method S256) and the OAuth `state` value.
// Blue Button refuses an authorization request without both (docs/api-notes.md, PKCE and state).
namespace bb::auth::pkce {

// RFC 7636 §4.1 bounds on the code verifier length, enforced by Blue Button too.
inline constexpr int MinVerifierLength = 43;
inline constexpr int MaxVerifierLength = 128;
inline constexpr int DefaultVerifierLength = 64;

// Blue Button wants at least 16 characters; we use twice that for ~190 bits of entropy.
inline constexpr int MinStateLength = 16;
inline constexpr int DefaultStateLength = 32;

// A random verifier of unreserved characters ([A-Za-z0-9-._~]) from the system CSPRNG.
// `length` is clamped to [MinVerifierLength, MaxVerifierLength].
QString generateCodeVerifier(int length = DefaultVerifierLength);

// BASE64URL-ENCODE(SHA256(ASCII(verifier))) without padding: the S256 challenge.
QString codeChallenge(const QString &verifier);

// The challenge method that goes with codeChallenge(); Blue Button accepts no other.
QString challengeMethod();

// A random `state` of letters and digits from the system CSPRNG; `length` is raised to at
// least MinStateLength.
QString generateState(int length = DefaultStateLength);

// Compares two strings in time that depends only on their lengths, so a callback's `state`
// cannot be guessed character by character from response timing.
bool constantTimeEquals(const QString &a, const QString &b);

// A verifier with its challenge, generated together for one authorization attempt.
struct Pair
{
    QString verifier;
    QString challenge;

    static Pair generate(int verifierLength = DefaultVerifierLength);
};

} // namespace bb::auth::pkce
