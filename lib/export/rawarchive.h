#pragma once

#include "fhir/rawresources.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace bb::exporting {

// The resources of a sync exactly as the server sent them, for the claim's Raw FHIR tab and
// File > Export All Data as FHIR JSON. Each resource is kept zlib-compressed (FHIR JSON
// shrinks about eightfold), so keeping the originals costs a fraction of the typed data.
// De-duplicated by resourceType/id with the rule of the claim list (a copy replaces another
// only when its meta.lastUpdated is newer). A value type: build one on a worker thread with
// fromResources(), then merge() it into the app's on the GUI thread.
class RawArchive
{
public:
    // Compresses resources as received (fhir::Document::raw, net::Page::raw).
    static RawArchive fromResources(QList<fhir::RawResource> resources);

    void merge(const RawArchive &other);
    void clear();

    qsizetype size() const { return m_order.size(); }
    bool isEmpty() const { return m_order.isEmpty(); }
    qsizetype compressedBytes() const { return m_compressedBytes; }

    // The resource's JSON as received, or empty when it is not in the archive.
    QByteArray json(const QString &resourceType, const QString &id) const;
    // One resource as kept: its description (json left empty) and its JSON zlib-compressed
    // (qCompress). What the local store writes, so a reopen costs no compression at all.
    struct Compressed
    {
        fhir::RawResource meta;
        QByteArray zlib;
    };
    // In arrival order.
    QList<Compressed> compressedEntries() const;
    // The archive back from compressedEntries(); a copy of a resource replaces another by the
    // rule of merge().
    static RawArchive fromCompressed(QList<Compressed> entries);

    // Everything, decompressed: Patient first, then Coverage, then ExplanationOfBenefit (and
    // any other type), each in arrival order.
    QList<fhir::RawResource> resources() const;

private:
    struct Entry
    {
        fhir::RawResource meta; // json left empty
        QByteArray compressed;
    };
    void add(fhir::RawResource resource);
    static QString key(const QString &resourceType, const QString &id);

    QHash<QString, Entry> m_entries;
    QStringList m_order; // keys in arrival order
    qsizetype m_compressedBytes = 0;
};

} // namespace bb::exporting
