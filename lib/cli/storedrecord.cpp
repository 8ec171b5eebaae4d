#include "cli/storedrecord.h"

#include "account/recordstore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QLocale>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace bb::cli {

// The texts about a kept record, in one translation context.
class StoredRecord
{
    Q_DECLARE_TR_FUNCTIONS(bb::cli::StoredRecord)

public:
    static QString asOf(const account::LocalRecord &record)
    {
        const QString when = record.state.lastSync.isValid()
            ? QLocale().toString(record.state.lastSync.toLocalTime(), QLocale::LongFormat)
            : tr("an unknown date");
        if (record.state.complete)
            return tr("Data as of %1.").arg(when);
        return tr("Data as of %1; that download did not finish, so some claims may be missing.")
            .arg(when);
    }
};

QString defaultStoreDirectory()
{
    return account::RecordStore::defaultDirectory();
}

StoreLoad loadRecord(account::RecordStore &store)
{
    StoreLoad result;
    bool done = false;
    QEventLoop loop;
    QObject::connect(&store, &account::RecordStore::loaded, &loop,
        [&](const account::LocalRecord &record, const store::StoreError &error) {
            result.record = record;
            result.error = error;
            done = true;
            loop.quit();
        });
    store.load();
    if (!done) // the store may answer at once (no keychain)
        loop.exec();
    return result;
}

store::StoreError saveRecord(account::RecordStore &store, const account::LocalRecord &record)
{
    store::StoreError result;
    bool done = false;
    QEventLoop loop;
    QObject::connect(
        &store, &account::RecordStore::saved, &loop, [&](const store::StoreError &error) {
            result = error;
            done = true;
            loop.quit();
        });
    store.save(record);
    if (!done)
        loop.exec();
    return result;
}

exporting::LoadedInput recordInput(const account::LocalRecord &record, bool keepRaw)
{
    exporting::InputLoader loader(keepRaw);
    loader.addResources(record.typed.patients, record.typed.coverages, record.typed.claims,
        keepRaw ? record.raw.resources() : QList<fhir::RawResource> {});
    return loader.take();
}

QString dataAsOfText(const account::LocalRecord &record)
{
    return StoredRecord::asOf(record);
}

} // namespace bb::cli
