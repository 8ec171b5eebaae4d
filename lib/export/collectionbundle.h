#pragma once

#include "fhir/rawresources.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace bb::exporting {

// A FHIR collection Bundle of resources exactly as they were received: each entry's resource
// is spliced in byte for byte, never re-serialised. Entries carry `fullUrl` when the resource
// has one. There is no `total` (FHIR bdl-1 allows it on search and history bundles only), no
// `entry` when there are no resources (FHIR JSON has no empty arrays), and no timestamp, so
// the same data always gives the same bytes. One entry per line, in the order given.
QByteArray collectionBundle(const QList<fhir::RawResource> &resources);

// collectionBundle() written atomically (writeFileAtomically): a failed write leaves nothing.
// False with the system's reason in `*error` (when given).
bool writeCollectionBundle(
    const QString &path, const QList<fhir::RawResource> &resources, QString *error = nullptr);

} // namespace bb::exporting
