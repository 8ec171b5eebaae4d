#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

namespace bb::store {

// Why the store could not do what was asked. `message` is for the person, translated and
// free of technical words; `detail` is for logs and never holds a key or stored data.
struct StoreError
{
    Q_DECLARE_TR_FUNCTIONS(bb::store::StoreError)

public:
    enum class Kind {
        None, // no error
        NoFile, // nothing saved yet for this person: a first start, or after remove()
        NoKeychain, // no persistent keychain to hold the key, so nothing is stored
        KeyMissing, // the file is there but its key is not: the file was moved aside
        Damaged, // tampered with, cut short, another person's, or the wrong key: moved aside
        Io, // the disk refused (full, read-only, permissions)
    };

    Kind kind = Kind::None;
    QString message;
    QString detail;
    // Where a file that could not be opened was moved (KeyMissing, Damaged); empty when
    // moving it failed too.
    QString movedTo;

    bool ok() const { return kind == Kind::None; }

    // An error of `kind` with the wording that goes with it.
    static StoreError make(Kind kind, const QString &detail = {});
};

} // namespace bb::store

Q_DECLARE_METATYPE(bb::store::StoreError)
