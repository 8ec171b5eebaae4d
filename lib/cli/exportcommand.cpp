#include "cli/exportcommand.h"

#include "account/recordstore.h"
#include "auth/fallbacksecretstore.h"
#include "cli/exitcode.h"
#include "cli/exportoptions.h"
#include "cli/logging.h"
#include "cli/outputwriter.h"
#include "cli/recordfetch.h"
#include "cli/serverconnection.h"
#include "cli/serverfetch.h"
#include "cli/storedrecord.h"
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
    int readKeptRecord(const ExportOptions &options, bool keepRaw, ExportData *data);
    std::unique_ptr<account::RecordStore> openRecordStore(
        const ServerConnection &connection, const QString &patientId) const;
    bool keychainReachable(const ServerConnection &connection);
    QString storeDirectory() const;
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
        const int code = options.offline ? readKeptRecord(options, writer->needsRawJson(), &data)
                                         : fetchFromServer(options, writer->needsRawJson(), &data);
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

    // Files that hold no claim at all (a Patient, a Coverage, an empty search) give a claims
    // export with nothing in it: still written, but said, and told apart by the exit code.
    const bool noClaims =
        !options.fromServer() && options.needsClaims() && data.input.claims.isEmpty();
    if (options.toStandardOutput()) {
        writeToStandardOutput(bytes);
    } else if (!exporting::writeFileAtomically(options.output, bytes, &error)) {
        return fail(ExitCode::WriteFailed, tr("%1: cannot write (%2)").arg(options.output, error));
    }
    if (noClaims)
        return fail(ExitCode::NoClaims,
            tr("Warning: the input holds no claims, so the export has none (exit code 6)."));
    return int(ExitCode::Ok);
}

QString ExportCommand::storeDirectory() const
{
    return m_context.storeDirectory.isEmpty() ? defaultStoreDirectory() : m_context.storeDirectory;
}

bool ExportCommand::keychainReachable(const ServerConnection &connection)
{
    auth::SecretStore *secrets = connection.secretStore();
    auto *fallback = qobject_cast<auth::FallbackSecretStore *>(secrets);
    if (!fallback || fallback->isMemoryOnly())
        return secrets && secrets->isPersistent();
    // Ask once before the store does: a keychain that fails on its first read would
    // otherwise look like a key that went missing.
    QEventLoop loop;
    bool done = false;
    bool available = false;
    fallback->probe(&loop, [&](bool ok) {
        available = ok;
        done = true;
        loop.quit();
    });
    if (!done)
        loop.exec();
    return available;
}

std::unique_ptr<account::RecordStore> ExportCommand::openRecordStore(
    const ServerConnection &connection, const QString &patientId) const
{
    const QString environment = connection.storeEnvironmentId();
    if (environment.isEmpty() || patientId.isEmpty())
        return {};
    return std::make_unique<account::RecordStore>(
        storeDirectory(), environment, patientId, connection.secretStore());
}

int ExportCommand::fetchFromServer(const ExportOptions &options, bool keepRaw, ExportData *data)
{
    // Declared in the order they may be torn down: the fetches use the connection's account
    // service, and everything uses the network manager.
    QNetworkAccessManager nam;
    ServerConnection connection(options, m_context, &nam);
    QString message;
    int code = int(ExitCode::Ok);
    {
        QEventLoop loop;
        QObject::connect(
            &connection, &ServerConnection::failed, &loop, [&](const QString &text, int exitCode) {
                message = text;
                code = exitCode;
                loop.quit();
            });
        QObject::connect(&connection, &ServerConnection::ready, &loop, &QEventLoop::quit);
        QTimer::singleShot(0, &connection, &ServerConnection::start);
        loop.exec();
    }
    if (code != int(ExitCode::Ok))
        return fail(code, message);

    // The record the app keeps for this person, as the app keeps it: what the app fetched is
    // not fetched again, and what is fetched here the app shows next time.
    std::unique_ptr<account::RecordStore> store =
        openRecordStore(connection, connection.account()->patientId());
    account::LocalRecord kept;
    if (store && !keychainReachable(connection)) {
        m_err << tr("The system keychain is not available here, so nothing is kept on this "
                    "computer: every export downloads everything again.")
              << Qt::endl;
        store.reset();
    } else if (store) {
        StoreLoad loaded = loadRecord(*store);
        using Kind = store::StoreError::Kind;
        switch (loaded.error.kind) {
        case Kind::None:
            kept = std::move(loaded.record);
            break;
        case Kind::NoFile:
            break;
        case Kind::NoKeychain:
            m_err << tr("The system keychain is not available here, so nothing is kept on this "
                        "computer: every export downloads everything again.")
                  << Qt::endl;
            store.reset();
            break;
        case Kind::KeyMissing:
        case Kind::Damaged:
        case Kind::Io:
            m_err << loaded.error.message << Qt::endl;
            break;
        }
    }

    const QString refused = connection.refusedMessage();
    QTextStream *progress = showProgress() ? &m_err : nullptr;
    if (!store) {
        ServerFetch fetch(connection.account(), options, keepRaw, refused, progress);
        QEventLoop loop;
        QObject::connect(&fetch, &ServerFetch::finished, &loop, &QEventLoop::quit);
        fetch.start();
        loop.exec();
        if (!fetch.ok())
            return fail(ExitCode::ServerFailed, fetch.error());
        // From here on exactly what --input does with files.
        data->input = fetch.take();
        data->patientNotShared = fetch.patientNotShared();
    } else {
        RecordFetch fetch(connection.account(), std::move(kept), refused, progress);
        QEventLoop loop;
        QObject::connect(&fetch, &RecordFetch::finished, &loop, &QEventLoop::quit);
        fetch.start();
        loop.exec();
        if (!fetch.ok())
            return fail(ExitCode::ServerFailed, fetch.error());
        const account::LocalRecord record = fetch.takeRecord();
        qCInfo(lcCli) << (fetch.wasIncremental() ? "Fetched changes only" : "Fetched everything");
        // A disk that refuses does not stop the export: the data is here.
        if (const store::StoreError error = saveRecord(*store, record); !error.ok())
            m_err << error.message << Qt::endl;
        data->input = recordInput(record, keepRaw);
        data->patientNotShared = fetch.patientNotShared();
    }
    qCInfo(lcCli) << "Read" << data->input.claims.size() << "claims,"
                  << data->input.coverages.size() << "coverages," << data->input.patients.size()
                  << "patients";
    return int(ExitCode::Ok);
}

int ExportCommand::readKeptRecord(const ExportOptions &options, bool keepRaw, ExportData *data)
{
    // No sign-in, no token refresh, no request: the network manager only completes the
    // account service that knows the app's environments and who signed in.
    QNetworkAccessManager nam;
    ServerConnection connection(options, m_context, &nam);
    QString error;
    if (!connection.resolveOffline(&error))
        return fail(ExitCode::BadUsage, error);
    const QString name = connection.environmentName();
    if (connection.storeEnvironmentId().isEmpty())
        return fail(ExitCode::BadUsage,
            tr("--offline reads what is kept for the app's own servers; nothing from %1 is "
               "kept on this computer.")
                .arg(name));
    const QString patientId = connection.storedPatientId();
    if (patientId.isEmpty())
        return fail(ExitCode::BadInput,
            tr("Nothing from %1 is kept on this computer: nobody is signed in there with the "
               "app. Export once without --offline, or pass --patient.")
                .arg(name));
    if (!keychainReachable(connection))
        return fail(ExitCode::BadInput,
            tr("The system keychain is not available here, so the data kept on this computer "
               "cannot be read."));
    std::unique_ptr<account::RecordStore> store = openRecordStore(connection, patientId);
    const StoreLoad loaded = loadRecord(*store);
    using Kind = store::StoreError::Kind;
    const QString movedTo = loaded.error.movedTo.isEmpty()
        ? tr("it could not be moved")
        : tr("moved aside to %1").arg(loaded.error.movedTo);
    switch (loaded.error.kind) {
    case Kind::None:
        break;
    case Kind::NoFile:
        return fail(ExitCode::BadInput,
            tr("No data from %1 is kept on this computer yet: export once without --offline, "
               "or open it in the app.")
                .arg(name));
    case Kind::NoKeychain:
        return fail(ExitCode::BadInput,
            tr("The system keychain is not available here, so the data kept on this computer "
               "cannot be read."));
    case Kind::KeyMissing:
        return fail(ExitCode::BadInput,
            tr("The data kept for %1 cannot be opened: its key is no longer in the system "
               "keychain (%2). Export without --offline to download it again.")
                .arg(name, movedTo));
    case Kind::Damaged:
        return fail(ExitCode::BadInput,
            tr("The data kept for %1 is damaged or incomplete (%2). Export without --offline "
               "to download it again.")
                .arg(name, movedTo));
    case Kind::Io:
        return fail(ExitCode::BadInput, loaded.error.message);
    }
    if (loaded.record.isEmpty())
        return fail(ExitCode::BadInput,
            tr("No data from %1 is kept on this computer yet: export once without --offline, "
               "or open it in the app.")
                .arg(name));

    m_err << dataAsOfText(loaded.record) << Qt::endl;
    data->input = recordInput(loaded.record, keepRaw);
    // The record says whether the person chose not to share personal information.
    data->patientNotShared = loaded.record.state.patientNotShared;
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
