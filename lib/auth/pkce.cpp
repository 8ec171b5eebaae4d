#include "auth/pkce.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace bb::auth::pkce {

namespace {

// RFC 3986 §2.3 unreserved characters: the verifier alphabet allowed by RFC 7636 §4.1.
constexpr QLatin1StringView unreserved {
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~"};
// The state travels through a browser and back; letters and digits survive any re-encoding.
constexpr QLatin1StringView alphanumeric {
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"};

QString randomString(QLatin1StringView alphabet, int length)
{
    // QRandomGenerator::system() reads the operating system's CSPRNG (getrandom on Linux);
    // the global() generator is only seeded from it and must not be used for secrets.
    QRandomGenerator *rng = QRandomGenerator::system();
    const auto size = quint32(alphabet.size());
    QString out;
    out.reserve(length);
    for (int i = 0; i < length; ++i)
        out.append(alphabet.at(qsizetype(rng->bounded(size))));
    return out;
}

} // namespace

QString generateCodeVerifier(int length)
{
    return randomString(unreserved, std::clamp(length, MinVerifierLength, MaxVerifierLength));
}

QString codeChallenge(const QString &verifier)
{
    const QByteArray digest =
        QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256);
    return QString::fromLatin1(
        digest.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString challengeMethod()
{
    return u"S256"_s;
}

QString generateState(int length)
{
    return randomString(alphanumeric, std::max(length, MinStateLength));
}

bool constantTimeEquals(const QString &a, const QString &b)
{
    // No early exit: every position of the longer string is visited, and the length
    // difference is folded into the same accumulator.
    const qsizetype n = std::max(a.size(), b.size());
    quint32 diff = a.size() == b.size() ? 0u : 1u;
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t x = i < a.size() ? a.at(i).unicode() : 0;
        const char16_t y = i < b.size() ? b.at(i).unicode() : 0;
        diff |= quint32(x ^ y);
    }
    return diff == 0;
}

Pair Pair::generate(int verifierLength)
{
    Pair pair;
    pair.verifier = generateCodeVerifier(verifierLength);
    pair.challenge = codeChallenge(pair.verifier);
    return pair;
}

} // namespace bb::auth::pkce
