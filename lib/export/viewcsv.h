#pragma once

#include "fhir/claim.h"
#include "fhir/coverage.h"
#include "fhir/patient.h"
#include "models/claimfilter.h"

#include <QList>
#include <QString>

namespace bb::exporting {

// The Drugs, Coverage and Patient tabs as File > Export as CSV writes them with every column
// shown, in the default order: the same models the app shows, written by modelCsv(). Claims
// go into the claim list in the order given (newest first from InputLoader), which decides
// the order of drugs and fills that tie on date.

// DrugsModel over the claims, `filter` applied as the Drugs tab applies its filter bar, sorted
// as the tab opens (last fill, newest first), each drug followed by its fills.
QString drugsCsv(const QList<fhir::Claim> &claims, const models::ClaimFilter &filter = {});
// CoverageModel: one row per Medicare part.
QString coverageCsv(const QList<fhir::Coverage> &coverages);
// PatientModel with `patient` (null: none received), or its "Not shared" rows when the person
// declined to share personal information. The Medicare number is masked, as on screen.
QString patientCsv(const fhir::Patient *patient, bool notShared = false);

} // namespace bb::exporting
