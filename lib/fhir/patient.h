#pragma once

#include "fhir/common.h"

#include <QList>
#include <QStringList>

namespace bb::fhir {

struct PatientIdentifier
{
    enum class Kind : quint8 { Other, BeneficiaryId, Mbi };
    Kind kind = Kind::Other;
    QString system;
    QString value;
    QString typeCode; // "MB", "MC", ...
    bool current = true; // MBIs carry identifier-currency: current or historic
    QDate since; // period.start of a current MBI
};

struct HumanName
{
    QString use; // "usual", ...
    QString family;
    QStringList given;
    QString text;

    QString displayName() const; // "Johnie961 C Ratke343"
};

struct Patient
{
    QString id; // bene_id; a string, negative in synthetic data
    QList<HumanName> names;
    QString gender; // "male", "female", "unknown"
    QString sex; // us-core-sex extension code, when present
    QDate birthDate;
    bool deceased = false;
    QDate deceasedDate;
    QString race; // display of the CMS race code, or US Core race text
    QString ethnicity; // US Core ethnicity text
    QString state; // as given: a USPS code or an SSA numeric code such as "01"
    QString postalCode;
    QList<PatientIdentifier> identifiers;
    int referenceYear = 0; // rfrnc_yr
    QString dualStatus; // display of the latest dual_NN extension
    QDateTime lastUpdated;

    QString displayName() const;
    QString currentMbi() const;
};

} // namespace bb::fhir
