#include "sandbox/population.h"

#include "sandbox/codetables.h"
#include "sandbox/prng.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace bb::sandbox {

namespace {

// Row 0 and 1 of the 2023-03-03 data set behind the real sandbox accounts are
// -10000010254618 and -10000010254647; the step of 29 reproduces both.
constexpr qint64 kFirstBeneId = 10000010254618LL;
constexpr qint64 kBeneIdStep = 29;

struct Special
{
    int index;
    ClaimCounts claims; // carrier, dme, hha, hospice, inpatient, outpatient, pde, snf
    const char *note;
};

const Special kSpecials[] = {
    {0, {40, 8, 3, 1, 6, 30, 38, 4}, "130 claims of all 8 types (the demo default)"},
    {1, {14, 2, 0, 0, 2, 10, 15, 0},
        "43 claims, the real sandbox median; the id and MBI of the API docs' examples"},
    {2, {2, 0, 0, 0, 0, 0, 1, 0}, "a few claims (3)"},
    {3, {0, 0, 0, 0, 0, 0, 0, 0}, "no claims at all"},
    {4, {6, 1, 0, 0, 1, 5, 12, 0},
        "declines Personal Information: the consent box starts unticked"},
    {5, {4, 0, 0, 0, 0, 3, 5, 0}, "the 13-month grant is already expired once issued (401 on use)"},
    {6, {0, 0, 0, 0, 0, 0, 0, 0}, "no beneficiary record: the login ends in error=not_found"},
    {7, {8, 1, 0, 0, 1, 4, 6, 0}, "non-ASCII name (María José Núñez-Ibáñez)"},
    {374, {50, 0, 0, 0, 367, 0, 2502, 0},
        "2,919 claims, the heaviest real sandbox user (mostly Part D)"},
    {10000, {60, 12, 6, 2, 14, 40, 50, 6}, "190 claims, every claim type and field variety"},
    {10001, {1500, 250, 60, 40, 300, 800, 7000, 50}, "10,000 claims, the benchmark stress user"},
};

const Special *special(int index)
{
    for (const Special &s : kSpecials) {
        if (s.index == index)
            return &s;
    }
    return nullptr;
}

QString makeMbi(int index, Prng &prng)
{
    // The first rows of the real data set, so the docs' examples line up.
    static const char *known[] = {"1S00EU7JH19", "1S00EU7JH47", "1S00EU7JH53"};
    if (index < 3)
        return QString::fromLatin1(known[index]);
    // MBI layout: C A AN N A AN N A A N N (no S, L, O, I, B, Z among the letters).
    static const char letters[] = "ACDEFGHJKMNPQRTUVWXY";
    static const char digits[] = "0123456789";
    auto letter = [&] { return QChar::fromLatin1(letters[prng.below(20)]); };
    auto digit = [&] { return QChar::fromLatin1(digits[prng.below(10)]); };
    auto alnum = [&] { return prng.chance(0.5) ? letter() : digit(); };
    QString mbi;
    mbi += QChar::fromLatin1(digits[1 + prng.below(9)]);
    mbi += letter();
    mbi += alnum();
    mbi += digit();
    mbi += letter();
    mbi += alnum();
    mbi += digit();
    mbi += letter();
    mbi += letter();
    mbi += digit();
    mbi += digit();
    return mbi;
}

ClaimCounts drawCounts(Prng &prng)
{
    ClaimCounts c {};
    if (prng.chance(0.127))
        return c;
    // Log-normal around 55 with a long tail, capped like the real 99th percentile region.
    const double u1 = std::max(prng.unit(), 1e-12);
    const double u2 = prng.unit();
    const double normal = std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
    const int total =
        std::clamp(int(std::lround(std::exp(std::log(50.0) + 1.05 * normal))), 1, 1500);
    const bool partD = prng.chance(0.74);
    // Weights per type; Part D dominates for those enrolled, as in the real data.
    std::array<double, kClaimTypeCount> w = {0.24, 0.07, 0.01, 0.01, 0.07, 0.17, 0.0, 0.02};
    if (partD)
        w[6] = 0.55;
    double sum = 0;
    for (double x : w)
        sum += x;
    int assigned = 0;
    for (int t = 0; t < kClaimTypeCount; ++t) {
        c[std::size_t(t)] =
            int(std::floor(total * w[std::size_t(t)] / sum * (0.7 + 0.6 * prng.unit())));
        assigned += c[std::size_t(t)];
    }
    c[0] += std::max(0, total - assigned); // the remainder goes to carrier (the most common type)
    return c;
}

} // namespace

QString claimTypeName(ClaimType type)
{
    static const QString names[] = {u"carrier"_s, u"dme"_s, u"hha"_s, u"hospice"_s, u"inpatient"_s,
        u"outpatient"_s, u"pde"_s, u"snf"_s};
    return names[int(type)];
}

std::optional<ClaimType> claimTypeFromName(const QString &name)
{
    const QString lower = name.trimmed().toLower();
    for (int t = 0; t < kClaimTypeCount; ++t) {
        if (claimTypeName(ClaimType(t)) == lower)
            return ClaimType(t);
    }
    return std::nullopt;
}

int Beneficiary::totalClaims() const
{
    int total = 0;
    for (int n : claims)
        total += n;
    return total;
}

Population::Population(quint64 seed)
    : m_seed(seed)
{
}

Beneficiary Population::at(int index) const
{
    Beneficiary b;
    b.index = index;
    b.username = u"BBUser%1"_s.arg(index, 5, 10, QLatin1Char('0'));
    b.password = u"PW%1!"_s.arg(index, 5, 10, QLatin1Char('0'));
    // Identity does not depend on the seed, so the accounts table in the docs always holds.
    Prng who(Prng::mix(0xb0b, quint64(index)));
    b.patientId = QString::number(-(kFirstBeneId + kBeneIdStep * index));
    b.mbi = makeMbi(index, who);
    const bool female = who.chance(0.55);
    b.gender = female ? u"female"_s : u"male"_s;
    b.givenName =
        QString::fromUtf8(female ? who.pick(kGivenNamesFemale) : who.pick(kGivenNamesMale));
    b.familyName = QString::fromUtf8(who.pick(kFamilyNames));
    b.middleInitial = QChar::fromLatin1(char('A' + who.below(26)));
    b.birthDate = QDate(1930, 1, 1).addDays(who.below(365 * 28));
    if (who.chance(0.12)) // under-65 beneficiaries (disability, ESRD)
        b.birthDate = QDate(1960, 1, 1).addDays(who.below(365 * 25));
    const StateCode &st = who.pick(kStates);
    b.stateCode = QString::fromLatin1(st.ssaCode);
    b.postalCode =
        QString::fromLatin1(st.zipPrefix) + u"%1"_s.arg(who.below(1000), 3, 10, QLatin1Char('0'));
    b.email = b.username.toLower() + u"@example.com"_s;
    b.dateJoined =
        QDateTime(QDate(2023, 7, 17), QTime(20, 2, 38, 512), Qt::UTC).addSecs(qint64(index) * 37);

    if (const Special *s = special(index)) {
        b.claims = s->claims;
        b.note = QString::fromUtf8(s->note);
    } else {
        Prng prng(Prng::mix(m_seed, 0xc0117, quint64(index)));
        b.claims = drawCounts(prng);
    }
    switch (index) {
    case 1:
        b.givenName = u"Johnie"_s;
        b.familyName = u"Ratke"_s;
        b.gender = u"male"_s;
        b.birthDate = QDate(1990, 8, 14);
        break;
    case 4:
        b.declinesDemographics = true;
        break;
    case 5:
        b.grantExpiresAtOnce = true;
        break;
    case 6:
        b.hasRecord = false;
        break;
    case 7:
        b.givenName = u"María José"_s;
        b.familyName = u"Núñez-Ibáñez"_s;
        b.gender = u"female"_s;
        break;
    default:
        break;
    }
    return b;
}

std::optional<Beneficiary> Population::byUsername(const QString &username) const
{
    static const QRegularExpression re(
        uR"(^bbuser(\d{5})$)"_s, QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(username.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const int index = m.captured(1).toInt();
    if (index >= kSize)
        return std::nullopt;
    return at(index);
}

std::optional<Beneficiary> Population::byPatientId(const QString &patientId) const
{
    bool ok = false;
    const qint64 id = patientId.toLongLong(&ok);
    if (!ok || id >= 0)
        return std::nullopt;
    const qint64 offset = -id - kFirstBeneId;
    if (offset < 0 || offset % kBeneIdStep != 0)
        return std::nullopt;
    const qint64 index = offset / kBeneIdStep;
    if (index >= kSize)
        return std::nullopt;
    Beneficiary b = at(int(index));
    if (!b.hasRecord || b.patientId != patientId)
        return std::nullopt;
    return b;
}

} // namespace bb::sandbox
