#include "store/atomicwrite.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <cstdio>
#include <unistd.h>

// store_crashwriter <path>: writes new bytes over <path> the way the store does, but stops
// after the fsync of the temporary file and before its rename, printing "ready <temporary>",
// and waits there to be killed.
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 2)
        return 2;
    const QByteArray bytes(256 * 1024, 'n');
    bb::store::AtomicWriteOptions options;
    options.beforeRename = [](const QString &temporary) {
        std::printf("ready %s\n", temporary.toLocal8Bit().constData());
        std::fflush(stdout);
        for (;;)
            ::pause();
    };
    return bb::store::writeFileAtomically(args.at(1), bytes, nullptr, options) ? 0 : 1;
}
