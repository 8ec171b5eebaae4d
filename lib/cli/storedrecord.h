#pragma once

#include "account/localrecord.h"
#include "export/inputfiles.h"
#include "store/storeerror.h"

#include <QString>

namespace bb::account {
class RecordStore;
}

namespace bb::cli {

// Where the app keeps people's records between runs (AppLocalDataLocation + "/store", named
// by bb::initApplicationInfo()), so that the command and the app share them.
// $BBVIEWER_DATA_DIR, when set, takes the place of AppLocalDataLocation.
QString defaultStoreDirectory();

struct StoreLoad
{
    account::LocalRecord record;
    store::StoreError error;
};

// The store's asynchronous load() and save(), waited for in a local event loop.
StoreLoad loadRecord(account::RecordStore &store);
store::StoreError saveRecord(account::RecordStore &store, const account::LocalRecord &record);

// A record as the export reads it: exactly what --input gives for the same resources, with
// the JSON as received when `keepRaw`.
exporting::LoadedInput recordInput(const account::LocalRecord &record, bool keepRaw);

// "Data as of <date>" for a record read without asking the server.
QString dataAsOfText(const account::LocalRecord &record);

} // namespace bb::cli
