#pragma once

#include "account/accountservice.h"
#include "cli/exportoptions.h"
#include "cli/progresslines.h"
#include "export/inputfiles.h"

#include <QObject>
#include <QPointer>

class QTextStream;

namespace bb::cli {

// Fetches what an export needs (the Patient, every Coverage, or every claim) with the app's
// own sync (account::Sync): all pages, retries, rate limits, each page read once into typed
// resources and, for the JSON output, their JSON as received. Anything short of everything
// is a failure: an export never writes part of the data as if it were all of it.
class ServerFetch : public QObject
{
    Q_OBJECT

public:
    // `account` is signed in. `progress` (may be null) gets a line now and then during a long
    // claims fetch.
    ServerFetch(account::AccountService *account, const ExportOptions &options, bool keepRaw,
        const QString &refusedMessage, QTextStream *progress, QObject *parent = nullptr);

    void start(); // ends in finished()

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; } // translated, one line
    // What arrived, de-duplicated exactly as saved files are (exporting::InputLoader).
    exporting::LoadedInput take();
    // Patient answered 403: the person did not share personal information.
    bool patientNotShared() const { return m_patientNotShared; }

    // Why `result` is not all of it (translated, one line); empty when it is.
    static QString failureOf(const net::FetchResult &result, const QString &refusedMessage);

Q_SIGNALS:
    void finished();

private:
    void onFinished();

    QPointer<account::AccountService> m_account;
    QPointer<account::Sync> m_sync;
    ExportOptions m_options;
    bool m_keepRaw;
    QString m_refusedMessage;
    ProgressLines m_progress;
    exporting::InputLoader m_loader;
    bool m_patientNotShared = false;
    QString m_error;
};

} // namespace bb::cli
