#include "store/storeerror.h"

namespace bb::store {

namespace {

QString messageFor(StoreError::Kind kind)
{
    // The saved copy only saves time: every message says what happens next, so nobody
    // thinks their Medicare data is lost.
    switch (kind) {
    case StoreError::Kind::None:
        return {};
    case StoreError::Kind::NoFile:
        return StoreError::tr("No saved copy of your Medicare data was found on this "
                              "computer. It will be downloaded now.");
    case StoreError::Kind::NoKeychain:
        return StoreError::tr(
            "Your Medicare data cannot be kept on this computer because there is no system "
            "keychain to protect it. It will be downloaded again each time you open the app.");
    case StoreError::Kind::KeyMissing:
        return StoreError::tr(
            "The saved copy of your Medicare data cannot be opened because its key is no "
            "longer in the system keychain. It was set aside, and a full download will start.");
    case StoreError::Kind::Damaged:
        return StoreError::tr(
            "The saved copy of your Medicare data is damaged or incomplete. It was set aside, "
            "and a full download will start.");
    case StoreError::Kind::Io:
        return StoreError::tr(
            "Your Medicare data could not be read from or saved to this computer's disk. The "
            "disk may be full or not writable.");
    }
    return {};
}

} // namespace

StoreError StoreError::make(Kind kind, const QString &detail)
{
    StoreError error;
    error.kind = kind;
    error.message = messageFor(kind);
    error.detail = detail;
    return error;
}

} // namespace bb::store
