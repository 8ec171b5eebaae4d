#pragma once

#include "fhir/claim.h"

#include <QList>

// Claims for the model tests: the recorded sandbox run (52 claims over 6 pages) plus one
// read of each claim type from BFD, parsed by bb::fhir.
QList<QList<bb::fhir::Claim>> fixturePages();
QList<bb::fhir::Claim> fixtureClaims();
// `count` claims cloned from the fixtures with fresh ids, service dates spread over about
// six years before `today`, and amounts varied per claim. Deterministic.
QList<bb::fhir::Claim> generatedClaims(int count, const QDate &today);
