#pragma once

#include "fhir/common.h"

#include <QList>

namespace bb::fhir {

// One extension of a Coverage resource that is worth showing: a CMS variable with its
// coded value ("orec" -> "1: Disability insurance benefits (DIB)").
struct CoverageDetail
{
    QString variable; // short CMS name: "orec", "ptdcntrct01", "ptdcntrct01/2018-1", ...
    QString code;
    QString display;
};

struct Coverage
{
    enum class Part : quint8 { Unknown, A, B, C, D };

    QString id; // "part-a--10000010254647"
    Part part = Part::Unknown;
    QString plan; // class[plan].value: "Part A"
    QString group; // class[group].value: "Medicare"
    QString status; // "active", "cancelled"
    DateRange period;
    QString subscriberId; // the MBI
    QString beneficiary; // "Patient/<id>"
    QString relationship;
    QString payor;
    int referenceYear = 0;
    QString medicareStatus; // ms_cd display
    QString entitlementReason; // orec display (original reason)
    QString currentEntitlementReason; // crec display
    QString esrd; // esrd_ind display
    QString terminationCode; // a_trm_cd / b_trm_cd display
    QString dualStatus; // latest dual_NN display
    QString contractId; // latest ptc_cntrct_id_NN / ptdcntrctNN
    QString planBenefitPackage; // latest ptc_pbp_id_NN / ptdpbpidNN
    QList<CoverageDetail> details; // every coded extension, in document order
    QDateTime lastUpdated;

    static Part partFromId(QStringView id);
};

} // namespace bb::fhir
