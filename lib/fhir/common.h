#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace bb::fhir {

// One coding of a CodeableConcept: the system it comes from, its code, and the text to show.
struct Coding
{
    QString system;
    QString code;
    QString display;

    bool isEmpty() const { return code.isEmpty() && display.isEmpty(); }
};

// A FHIR Period of dates; either end may be missing.
struct DateRange
{
    QDate start;
    QDate end;

    bool isEmpty() const { return !start.isValid() && !end.isValid(); }
};

} // namespace bb::fhir
