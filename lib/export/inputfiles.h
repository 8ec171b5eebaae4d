#pragma once

#include "fhir/bundle.h"
#include "fhir/rawresources.h"

#include <QHash>
#include <QStringList>

namespace bb::exporting {

// Everything read from saved files or fetched pages, one copy per resource.
struct LoadedInput
{
    QList<fhir::Patient> patients; // one per id, in the order first seen
    QList<fhir::Coverage> coverages; // one per id, in the order first seen
    QList<fhir::Claim> claims; // one per id, newest first
    // Only when asked for: each resource's JSON as received, one per resourceType/id, the
    // same copy that won in the typed lists above.
    QList<fhir::RawResource> raw;
    int fileCount = 0; // documents read (or fetches added)
    QString error; // the first problem, one line; empty when all input was read
};

// Gathers documents one at a time (files, or pages from a server) and de-duplicates them the
// same way whatever their source: a later copy of a resource replaces an earlier one only
// when its meta.lastUpdated is newer. Any malformed or non-FHIR document is an error: an
// export must not quietly leave out data the user asked for.
class InputLoader
{
public:
    // `keepRaw`: also keep every resource's exact JSON (for the JSON export).
    explicit InputLoader(bool keepRaw = false);

    // Reads JSON files, and every *.json file inside folders (recursively, in name order).
    // False on the first problem (see error()).
    bool addPaths(const QStringList &paths);
    // One JSON document; `origin` (a path or URL) names it in error messages. Typed and raw
    // resources come from one reading (fhir::ReadOptions::keepRaw).
    bool addDocument(QByteArrayView json, const QString &origin);
    // Resources read already (a fetch from a server), de-duplicated like a document's; `raw`
    // is only kept with keepRaw. Counts as one document.
    void addResources(QList<fhir::Patient> patients, QList<fhir::Coverage> coverages,
        QList<fhir::Claim> claims, QList<fhir::RawResource> raw);

    QString error() const { return m_in.error; }
    // The result, claims sorted newest first. The loader is empty afterwards.
    LoadedInput take();

private:
    bool fail(const QString &error);

    bool m_keepRaw;
    LoadedInput m_in;
    QHash<QString, qsizetype> m_patientIndex;
    QHash<QString, qsizetype> m_coverageIndex;
    QHash<QString, qsizetype> m_rawIndex; // "<resourceType>/<id>"
};

// Convenience: an InputLoader over `paths`.
LoadedInput loadInputs(const QStringList &paths, bool keepRaw = false);

} // namespace bb::exporting
