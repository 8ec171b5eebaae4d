#pragma once

#include "auth/memorysecretstore.h"
#include "fhir/rawresource.h"
#include "store/snapshot.h"

#include <QByteArray>
#include <QDateTime>
#include <QRandomGenerator>
#include <QTimeZone>
#include <QTimer>

namespace storetest {

// A keychain in memory that says it persists, as the OS keychain does.
class PersistentMemoryStore : public bb::auth::MemorySecretStore
{
    Q_OBJECT

public:
    bool isPersistent() const override { return true; }
};

// A keychain that is there but, while `locked`, answers every read "unavailable", as a locked
// keyring does when it cannot prompt.
class LockableStore : public PersistentMemoryStore
{
    Q_OBJECT

public:
    bool locked = false;

protected:
    void doRead(const bb::auth::SecretId &id, Callback done) override
    {
        if (!locked) {
            PersistentMemoryStore::doRead(id, std::move(done));
            return;
        }
        QTimer::singleShot(0, this, [done = std::move(done)] {
            done(Result {Status::Unavailable, {}, QStringLiteral("locked")});
        });
    }
};

inline bb::fhir::RawResource resource(const QString &type, const QString &id, QByteArray json)
{
    bb::fhir::RawResource r;
    r.resourceType = type;
    r.id = id;
    // An offset other than UTC: the round trip must keep how the server wrote the time.
    r.lastUpdated =
        QDateTime(QDate(2024, 3, 9), QTime(14, 17, 7, 293), Qt::OffsetFromUTC, -4 * 3600);
    r.fullUrl = QStringLiteral("https://sandbox.bluebutton.cms.gov/v2/fhir/") + type + u'/' + id;
    r.json = std::move(json);
    return r;
}

// Resources whose JSON does not compress, `bytes` in all: the sealed payload then spans
// several 64 KiB chunks.
inline bb::store::Snapshot incompressibleSnapshot(qsizetype bytes)
{
    bb::store::Snapshot snapshot;
    snapshot.savedAt = QDateTime(QDate(2025, 1, 2), QTime(3, 4, 5), Qt::UTC);
    QRandomGenerator random(42);
    for (int i = 0; bytes > 0; ++i) {
        QByteArray json(std::min<qsizetype>(bytes, 50000), Qt::Uninitialized);
        for (char &c : json)
            c = char(random.bounded(256));
        bytes -= json.size();
        snapshot.resources << resource(
            QStringLiteral("ExplanationOfBenefit"), QString::number(i), json);
    }
    return snapshot;
}

} // namespace storetest
