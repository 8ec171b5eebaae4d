#include "cli/exportcommand.h"

#include "cli/exitcode.h"
#include "cli/exportoptions.h"
#include "cli/logging.h"
#include "cli/outputwriter.h"
#include "cli/serverconnection.h"
#include "cli/serverfetch.h"
#include "export/atomicfile.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFileDevice>
#include <QNetworkAccessManager>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace bb::cli {

class ExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(bb::cli::ExportCommand)

public:
    ExportCommand(QTextStream &out, QTextStream &err, const CommandContext &context)
        : m_out(out)
        , m_err(err)
        , m_context(context)
    {
    }

    int run(const QStringList &arguments);

private:
    int fail(ExitCode code, const QString &message)
    {
        m_err << message << Qt::endl;
        return int(code);
    }
    int fail(int code, const QString &message)
    {
        m_err << message << Qt::endl;
        return code;
    }
    int fetchFromServer(const ExportOptions &options, bool keepRaw, ExportData *data);
    bool showProgress() const;
    void writeToStandardOutput(const QByteArray &bytes);

    QTextStream &m_out;
    QTextStream &m_err;
    CommandContext m_context;
};

bool ExportCommand::showProgress() const
{
    switch (m_context.progress) {
    case CommandContext::Progress::Always:
        return true;
    case CommandContext::Progress::Never:
        return false;
    case CommandContext::Progress::Auto:
        break;
    }
    // A person watching a terminal wants to see a long fetch move; a script's log does not
    // need a line per second.
    return isatty(fileno(stderr)) == 1;
}

int ExportCommand::run(const QStringList &arguments)
{
    const ParsedArguments parsed = parseExportArguments(arguments);
    switch (parsed.status) {
    case ParsedArguments::Status::Help:
        m_out << parsed.text;
        m_out.flush();
        return int(ExitCode::Ok);
    case ParsedArguments::Status::UsageError:
        return fail(ExitCode::BadUsage, parsed.text);
    case ParsedArguments::Status::Ok:
        break;
    }
    const ExportOptions &options = parsed.options;

    // Before anything is read or fetched: a format this build cannot write stops here.
    const std::unique_ptr<OutputWriter> writer = makeOutputWriter(options.format);
    if (!writer)
        return fail(ExitCode::BadUsage,
            tr("--format %1 is not available in this version of bbviewer; use csv or json.")
                .arg(formatKey(options.format)));

    ExportData data;
    if (options.fromServer()) {
        const int code = fetchFromServer(options, writer->needsRawJson(), &data);
        if (code != int(ExitCode::Ok))
            return code;
    } else {
        exporting::InputLoader loader(writer->needsRawJson());
        if (!loader.addPaths(options.inputs))
            return fail(ExitCode::BadInput, loader.error());
        data.input = loader.take();
    }

    QByteArray bytes;
    QString error;
    if (!writer->render(options, data, &bytes, &error))
        return fail(ExitCode::BadInput, error);

    if (options.toStandardOutput()) {
        writeToStandardOutput(bytes);
        return int(ExitCode::Ok);
    }
    if (!exporting::writeFileAtomically(options.output, bytes, &error))
        return fail(ExitCode::WriteFailed, tr("%1: cannot write (%2)").arg(options.output, error));
    return int(ExitCode::Ok);
}

int ExportCommand::fetchFromServer(const ExportOptions &options, bool keepRaw, ExportData *data)
{
    // Declared in the order they may be torn down: the fetch uses the connection's account
    // service, and everything uses the network manager.
    QNetworkAccessManager nam;
    QEventLoop loop;
    ServerConnection connection(options, m_context, &nam);
    std::unique_ptr<ServerFetch> fetch;
    QString message;
    int code = int(ExitCode::Ok);

    QObject::connect(
        &connection, &ServerConnection::failed, &loop, [&](const QString &text, int exitCode) {
            message = text;
            code = exitCode;
            loop.quit();
        });
    QObject::connect(&connection, &ServerConnection::ready, &loop, [&] {
        fetch = std::make_unique<ServerFetch>(connection.account(), options, keepRaw,
            connection.refusedMessage(), showProgress() ? &m_err : nullptr);
        QObject::connect(fetch.get(), &ServerFetch::finished, &loop, &QEventLoop::quit);
        fetch->start();
    });
    QTimer::singleShot(0, &connection, &ServerConnection::start);
    loop.exec();

    if (code != int(ExitCode::Ok))
        return fail(code, message);
    if (!fetch || !fetch->ok())
        return fail(ExitCode::ServerFailed, fetch ? fetch->error() : message);

    // From here on exactly what --input does with files.
    data->input = fetch->take();
    data->patientNotShared = fetch->patientNotShared();
    qCInfo(lcCli) << "Read" << data->input.claims.size() << "claims,"
                  << data->input.coverages.size() << "coverages," << data->input.patients.size()
                  << "patients";
    return int(ExitCode::Ok);
}

void ExportCommand::writeToStandardOutput(const QByteArray &bytes)
{
    m_out.flush();
    QIODevice *device = m_out.device();
    if (!device) {
        // A stream over a string (tests): text is all it can hold.
        m_out << QString::fromUtf8(bytes);
        m_out.flush();
        return;
    }
    device->write(bytes);
    if (auto *file = qobject_cast<QFileDevice *>(device))
        file->flush();
}

int runExportCommand(
    const QStringList &arguments, QTextStream &out, QTextStream &err, const CommandContext &context)
{
    return ExportCommand(out, err, context).run(arguments);
}

} // namespace bb::cli
