#pragma once

#include "fhir/claim.h"
#include "fhir/coverage.h"
#include "fhir/patient.h"
#include "report/reportcontext.h"

namespace bb::report {

// What a person takes to a doctor: who, coverage now, the diagnoses of the last 24 months,
// the prescriptions of the last 12, the providers seen and the hospital and skilled nursing
// stays, all from Medicare claims. Counted here, in plain data, so the PDF and its tests read
// the same numbers.
struct VisitSummary
{
    struct Diagnosis
    {
        QString code;
        QString meaning; // as Medicare sent it; empty when it sent none
        int claims = 0; // how many claims list it
        QDate last;
    };
    struct Prescription
    {
        QString drug; // name and strength, as Medicare sent them; else the NDC
        QString ndc;
        QDate lastFill;
        std::optional<int> daysSupply; // of the last fill
        QString prescriber; // name, else NPI, of the last fill
        int fills = 0;
    };
    struct Provider
    {
        QString name; // else empty
        QString npi;
        QString specialty; // when a claim gives one
        QDate lastVisit;
        int claims = 0;
    };
    struct Stay
    {
        fhir::ClaimType type = fhir::ClaimType::Inpatient;
        QString place;
        QDate from;
        QDate to;
        QString diagnosis; // the principal one: "code meaning"
    };

    QDate today;
    QDate diagnosesSince; // today minus 24 months
    QDate prescriptionsSince; // today minus 12 months
    QStringList coverageNow; // "Part A (hospital)", "Part D (drugs): S1234-001"
    QList<Diagnosis> diagnoses; // most often seen first
    QList<Prescription> prescriptions; // latest fill first
    QList<Provider> providers; // latest visit first
    QList<Stay> stays; // latest first
};

// Counts the claims as of `today` (a claim counts by its last day of service).
VisitSummary summarizeForVisit(
    const QList<fhir::Claim> &claims, const QList<fhir::Coverage> &coverages, const QDate &today);

// The report of File > Summary for a Doctor Visit and `bbviewer export --what summary`.
ReportDocument visitSummaryReport(
    const fhir::Patient *patient, const VisitSummary &summary, const ReportContext &context);

} // namespace bb::report
