#pragma once

#include "fhir/claimtype.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

namespace bb::net {

// Filters of an ExplanationOfBenefit search (docs/api-notes.md, Search parameters).
// Empty = every claim.
struct ClaimQuery
{
    QList<fhir::ClaimType> types; // `type=carrier,pde` (OR-ed by the server)
    QDate serviceFrom; // `service-date=ge...`
    QDate serviceTo; // `service-date=le...`
    QDateTime updatedAfter; // `_lastUpdated=gt...`: incremental sync since the last one

    // The query items, in a stable order (before `_count`).
    QList<QPair<QString, QString>> queryItems() const;
};

} // namespace bb::net
