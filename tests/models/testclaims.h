#pragma once

#include "fhir/claim.h"
#include "testdata.h"

#include <QList>
#include <QStringList>

// Claims for the model tests: the recorded sandbox run (52 claims over 6 pages) plus one
// read of each claim type from BFD, parsed by bb::fhir. A missing data file fails the running
// test (bb::testdata::readOrFail) and leaves its claims out: callers stop when
// QTest::currentTestFailed() says so.
QList<QList<bb::fhir::Claim>> fixturePages();
// The data files fixturePages() reads, for BB_REQUIRE_FIXTURES in initTestCase: without them the
// whole test fails there, before any test function indexes claims that are not there.
QStringList fixtureFiles();
QList<bb::fhir::Claim> fixtureClaims();
// `count` claims cloned from the fixtures with fresh ids, service dates spread over about
// six years before `today`, and amounts varied per claim. Deterministic.
QList<bb::fhir::Claim> generatedClaims(int count, const QDate &today);
