#pragma once

#include "fhir/claim.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

class QWidget;

// Shared by the tst_views_* tests: fixtures, a pinned "today" and screenshots.
namespace viewstest {

// The day every view test counts date presets and the last twelve months from.
inline QDate today()
{
    return QDate(2024, 6, 15);
}

// The bytes of a file in tests/data; a missing one fails the running test (callers stop when
// QTest::currentTestFailed() says so) and gives empty bytes.
QByteArray readFixture(const QString &relative);
// One ExplanationOfBenefit read of BFD, e.g. "eobReadCarrier.json", parsed by bb::fhir.
bb::fhir::Claim fixtureClaim(const QString &file);
// The eight single-claim reads, one per claim type.
QStringList claimFixtureFiles();
// Saves widget->grab() as <build>/views-screenshots/<name>.png; returns the path.
QString saveScreenshot(QWidget *widget, const QString &name);

} // namespace viewstest
