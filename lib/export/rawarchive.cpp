#include "export/rawarchive.h"

#include <algorithm>

namespace bb::exporting {

namespace {

// zlib 6: the archive is written on a worker thread as pages arrive and kept on disk by the
// local store as it is, so its size is the store's size; level 6 makes it about an eighth
// smaller than level 1 for about three times the (worker) time (docs/performance.md).
constexpr int kCompressionLevel = 6;

int typeRank(const QString &resourceType)
{
    if (resourceType == QLatin1StringView("Patient"))
        return 0;
    if (resourceType == QLatin1StringView("Coverage"))
        return 1;
    if (resourceType == QLatin1StringView("ExplanationOfBenefit"))
        return 2;
    return 3;
}

} // namespace

QString RawArchive::key(const QString &resourceType, const QString &id)
{
    return resourceType + u'/' + id;
}

RawArchive RawArchive::fromResources(QList<fhir::RawResource> resources)
{
    RawArchive archive;
    for (fhir::RawResource &resource : resources)
        archive.add(std::move(resource));
    return archive;
}

void RawArchive::add(fhir::RawResource resource)
{
    const QString k = key(resource.resourceType, resource.id);
    const auto it = m_entries.constFind(k);
    if (it != m_entries.cend() && !fhir::replacesCopy(resource, it->meta))
        return;
    Entry entry;
    entry.compressed = qCompress(resource.json, kCompressionLevel);
    resource.json.clear();
    entry.meta = std::move(resource);
    if (it == m_entries.cend())
        m_order << k;
    else
        m_compressedBytes -= it->compressed.size();
    m_compressedBytes += entry.compressed.size();
    m_entries.emplace(k, std::move(entry));
}

void RawArchive::merge(const RawArchive &other)
{
    for (const QString &k : other.m_order) {
        const Entry &incoming = *other.m_entries.constFind(k);
        const auto it = m_entries.constFind(k);
        if (it != m_entries.cend() && !fhir::replacesCopy(incoming.meta, it->meta))
            continue;
        if (it == m_entries.cend())
            m_order << k;
        else
            m_compressedBytes -= it->compressed.size();
        m_compressedBytes += incoming.compressed.size();
        m_entries.insert(k, incoming);
    }
}

QList<RawArchive::Compressed> RawArchive::compressedEntries() const
{
    QList<Compressed> entries;
    entries.reserve(m_order.size());
    for (const QString &k : m_order) {
        const Entry &entry = *m_entries.constFind(k);
        entries.append({entry.meta, entry.compressed});
    }
    return entries;
}

RawArchive RawArchive::fromCompressed(QList<Compressed> entries)
{
    RawArchive archive;
    archive.m_entries.reserve(entries.size());
    for (Compressed &c : entries) {
        const QString k = key(c.meta.resourceType, c.meta.id);
        const auto it = archive.m_entries.constFind(k);
        if (it != archive.m_entries.cend() && !fhir::replacesCopy(c.meta, it->meta))
            continue;
        if (it == archive.m_entries.cend())
            archive.m_order << k;
        else
            archive.m_compressedBytes -= it->compressed.size();
        archive.m_compressedBytes += c.zlib.size();
        c.meta.json.clear();
        archive.m_entries.insert(k, Entry {std::move(c.meta), std::move(c.zlib)});
    }
    return archive;
}

void RawArchive::clear()
{
    m_entries.clear();
    m_order.clear();
    m_compressedBytes = 0;
}

QByteArray RawArchive::json(const QString &resourceType, const QString &id) const
{
    const auto it = m_entries.constFind(key(resourceType, id));
    return it == m_entries.cend() ? QByteArray() : qUncompress(it->compressed);
}

QList<fhir::RawResource> RawArchive::resources() const
{
    QList<const Entry *> entries;
    entries.reserve(m_order.size());
    for (const QString &k : m_order)
        entries << &*m_entries.constFind(k);
    std::stable_sort(entries.begin(), entries.end(), [](const Entry *a, const Entry *b) {
        return typeRank(a->meta.resourceType) < typeRank(b->meta.resourceType);
    });
    QList<fhir::RawResource> result;
    result.reserve(entries.size());
    for (const Entry *entry : entries) {
        fhir::RawResource resource = entry->meta;
        resource.json = qUncompress(entry->compressed);
        result << std::move(resource);
    }
    return result;
}

} // namespace bb::exporting
