#pragma once

#include "cli/exportcommand.h"
#include "testdata.h"

#include <QFile>
#include <QString>
#include <QStringList>
#include <QTextStream>

// `bbviewer export` run in this process, with what it printed.
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

inline CliRun runExport(const QStringList &arguments, const bb::cli::CommandContext &context = {})
{
    CliRun r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    r.exitCode = bb::cli::runExportCommand(
        QStringList {QStringLiteral("bbviewer"), QStringLiteral("export")} + arguments, out, err,
        context);
    out.flush();
    err.flush();
    return r;
}

inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Where a file or folder of tests/data is (tests check it exists: BB_REQUIRE_FIXTURES).
inline QString cliFixture(const QString &relative)
{
    return bb::testdata::path(relative);
}
