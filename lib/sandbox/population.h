#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <array>
#include <optional>

namespace bb::sandbox {

// In the order of their eob-type code names, which is also BFD's tie-break order.
enum class ClaimType : quint8 { Carrier, Dme, Hha, Hospice, Inpatient, Outpatient, Pde, Snf };
inline constexpr int kClaimTypeCount = 8;

QString claimTypeName(ClaimType type); // "carrier", ... (the id prefix and type= value)
std::optional<ClaimType> claimTypeFromName(const QString &name); // case-insensitive

using ClaimCounts = std::array<int, kClaimTypeCount>;

struct Beneficiary
{
    int index = -1; // NNNNN of BBUserNNNNN
    QString username;
    QString password;
    bool hasRecord = true; // false: Medicare login works but BFD has no beneficiary
    bool declinesDemographics = false; // the consent page starts with the box unticked
    bool grantExpiresAtOnce = false; // the 13-month grant is already over when issued
    QString note; // what this account is for (docs/sandbox.md)

    QString patientId; // v2 FHIR id, negative like the real synthetic ids
    QString mbi;
    QString givenName;
    QString middleInitial;
    QString familyName;
    QString gender; // "male" | "female"
    QDate birthDate;
    QString stateCode;
    QString postalCode;
    QString email;
    QDateTime dateJoined; // the BB2 account creation time (userinfo "iat")
    ClaimCounts claims {};
    int totalClaims() const;
};

// The synthetic beneficiaries BBUser00000..BBUser10001. A handful are fixed special cases
// (docs/sandbox.md lists them); the others draw their claim counts from a distribution shaped
// like the real sandbox data set (12.7% with none, median about 43, a long tail).
class Population
{
public:
    explicit Population(quint64 seed);

    static constexpr int kSize = 10002;

    Beneficiary at(int index) const;
    std::optional<Beneficiary> byUsername(const QString &username) const;
    std::optional<Beneficiary> byPatientId(const QString &patientId) const;

private:
    quint64 m_seed;
};

} // namespace bb::sandbox
